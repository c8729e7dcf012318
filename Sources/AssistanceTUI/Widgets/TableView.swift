import AssistanceCore

/// One column of a `TableView`: its title and how much room it takes.
public struct TableColumn: Hashable, Sendable {
    /// The header text.
    public var title: String
    /// Columns the column always gets (when the table is wide enough).
    public var minimumWidth: Int
    /// Share of the spare width the column takes; 0 keeps it at its minimum.
    public var flex: Int
    /// Left for text, right for numbers.
    public var alignment: TextLayout.Alignment

    /// A column description.
    public init(_ title: String, minimumWidth: Int, flex: Int = 0, alignment: TextLayout.Alignment = .left) {
        self.title = title
        self.minimumWidth = minimumWidth
        self.flex = flex
        self.alignment = alignment
    }
}

/// One row of a `TableView`.
public struct TableRow: Hashable, Sendable {
    /// The text of each column.
    public var cells: [String]
    /// A short mark in the marker column ("!" for overdue), so meaning never rests on colour.
    public var marker: String
    /// How the row is drawn when it is not selected.
    public var style: Style

    /// A row of cells.
    public init(_ cells: [String], marker: String = "", style: Style = .normal) {
        self.cells = cells
        self.marker = marker
        self.style = style
    }
}

/// A scrolling table with a header, one selected row kept in view, and the movement keys
/// every list shares (`MovementKeys.list`): `j k` and arrows, PgUp/PgDn, Home/End.
public struct TableView: Hashable, Sendable {
    /// The columns, left to right.
    public var columns: [TableColumn]
    /// The rows, top to bottom.
    public var rows: [TableRow] {
        didSet { selection = min(selection, max(0, rows.count - 1)) }
    }
    /// Index of the selected row (0 when the table is empty).
    public private(set) var selection: Int = 0
    /// Index of the first row shown; kept so that the view does not jump when moving inside it.
    public private(set) var scrollOffset: Int = 0
    /// Shown instead of rows when there are none.
    public var emptyText: String

    /// A table of columns and rows, the first row selected.
    public init(columns: [TableColumn], rows: [TableRow] = [], emptyText: String = "Nothing to show.") {
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
    }

    /// The selected row, or nil when the table is empty.
    public var selectedRow: TableRow? { rows.isEmpty ? nil : rows[selection] }

    /// Moves the selection for a key of `MovementKeys.list`, given how many rows are visible
    /// (PgUp/PgDn move by that much); returns false for keys the table does not use.
    public mutating func handle(key: Key, visibleRows: Int) -> Bool {
        guard let movement = MovementKeys.list.action(for: key) else { return false }
        let page = max(1, visibleRows)
        select(ListCursor.target(of: movement, from: selection, page: page, count: rows.count), visibleRows: page)
        return true
    }

    /// Selects row `index` (clamped) and scrolls just enough to keep it visible.
    public mutating func select(_ index: Int, visibleRows: Int) {
        selection = max(0, min(index, rows.count - 1))
        scrollOffset = Self.offset(keeping: selection, from: scrollOffset, visibleRows: visibleRows, count: rows.count)
    }

    /// Rows visible in `area`: all but the header.
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 1) }

    /// The first row to show so that `selection` is on screen, moving `offset` as little as possible.
    static func offset(keeping selection: Int, from offset: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0 else { return selection }
        var result = offset
        if selection < result { result = selection }
        if selection >= result + visibleRows { result = selection - visibleRows + 1 }
        return max(0, min(result, max(0, count - visibleRows)))
    }

    /// Widths of the marker column and each table column for a table `width` columns wide:
    /// minimums first, then the spare width shared out by flex.
    public func columnWidths(for width: Int) -> (marker: Int, columns: [Int]) {
        let marker = rows.map { DisplayWidth.of(SafeText.display($0.marker)) }.max() ?? 0
        var widths = columns.map(\.minimumWidth)
        let gaps = max(0, columns.count - 1) + (marker > 0 ? 1 : 0)
        var spare = width - marker - gaps - widths.reduce(0, +)
        let totalFlex = columns.map(\.flex).reduce(0, +)
        if spare > 0, totalFlex > 0 {
            var given = 0
            for index in columns.indices where columns[index].flex > 0 {
                let share = spare * columns[index].flex / totalFlex
                widths[index] += share
                given += share
            }
            if let last = columns.indices.last(where: { columns[$0].flex > 0 }) { widths[last] += spare - given }
            spare = 0
        }
        return (marker, widths)
    }

    /// Draws the header and the visible rows into `area`, the selected row highlighted.
    public func draw(into canvas: inout Canvas, area: Rect, focused: Bool = true) {
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let (markerWidth, widths) = columnWidths(for: area.width)
        let header = line(columns.map(\.title), marker: "", markerWidth: markerWidth, widths: widths, header: true)
        canvas.put(header, in: area, row: 0, style: .header)
        let visible = Self.visibleRows(in: area)
        if rows.isEmpty {
            canvas.put(emptyText, in: area, row: 1, style: .dim)
            return
        }
        let first = Self.offset(keeping: selection, from: scrollOffset, visibleRows: visible, count: rows.count)
        for (row, index) in (first..<min(rows.count, first + visible)).enumerated() {
            let tableRow = rows[index]
            let text = line(tableRow.cells, marker: tableRow.marker, markerWidth: markerWidth, widths: widths, header: false)
            let isSelected = index == selection && focused
            let style = isSelected ? Style.selected : tableRow.style
            let rowArea = area.row(row + 1)
            if isSelected { canvas.fill(rowArea, style: style) }
            canvas.put(text, in: area, row: row + 1, style: style)
        }
    }

    /// One row's text, each cell fitted to its column.
    func line(_ cells: [String], marker: String, markerWidth: Int, widths: [Int], header: Bool) -> String {
        var parts: [String] = []
        if markerWidth > 0 { parts.append(TextLayout.pad(SafeText.display(marker), to: markerWidth)) }
        for (index, column) in columns.enumerated() where widths[index] > 0 {
            let text = index < cells.count ? SafeText.display(cells[index]) : ""
            parts.append(TextLayout.pad(text, to: widths[index], alignment: column.alignment))
        }
        return parts.joined(separator: " ")
    }
}

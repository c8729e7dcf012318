/// A table of made-up people, so the loop, the widgets and the key tables can be tried end
/// to end before the real screens exist: move, filter as you type, open a row, open a form.
public struct DemoScreen: Screen {
    /// What the demo's keys do.
    public enum Action: Hashable, Sendable {
        case moveDown, moveUp, pageDown, pageUp, first, last, open, add, filter
    }

    /// The demo's key table: the dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.down, .character("j")], label: "down", description: "Move to the next row.", action: .moveDown, showsInHintBar: false),
        KeyBinding([.up, .character("k")], label: "up", description: "Move to the previous row.", action: .moveUp, showsInHintBar: false),
        KeyBinding([.pageDown], label: "page down", description: "Move one page down.", action: .pageDown, showsInHintBar: false),
        KeyBinding([.pageUp], label: "page up", description: "Move one page up.", action: .pageUp, showsInHintBar: false),
        KeyBinding([.home], label: "first", description: "Move to the first row.", action: .first, showsInHintBar: false),
        KeyBinding([.end], label: "last", description: "Move to the last row.", action: .last, showsInHintBar: false),
        KeyBinding([.enter], label: "open", description: "Open the selected row.", action: .open),
        KeyBinding([.character("N")], label: "new", description: "Add a row with a form.", action: .add),
        KeyBinding([.character("/")], label: "filter", description: "Filter rows as you type; Esc clears the filter.", action: .filter),
    ])

    /// Every made-up row.
    public let allRows: [TableRow]
    /// The table as filtered.
    public private(set) var table: TableView
    /// The filter being typed, while `/` is active.
    public private(set) var filterField: TextField?
    /// The filter in force.
    public private(set) var filterText = ""

    /// A demo with a few rows in several scripts and `extraRows` plain ones to scroll through.
    public init(extraRows: Int = 0) {
        var rows = [
            TableRow(["C-2026-0001", "Anna", "Denmark", "12"]),
            TableRow(["C-2026-0002", "李娜", "China", "3"], marker: "!", style: .warning),
            TableRow(["C-2026-0003", "สมหญิง", "Thailand", "27"]),
            TableRow(["C-2026-0004", "Nguyễn Thị Hoa", "Viet Nam", "104"]),
            TableRow(["C-2026-0005", "Søren Ærø", "Denmark", "0"]),
        ]
        for number in 0..<extraRows {
            let digits = String(number + 6)
            let caseID = "C-2026-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            rows.append(TableRow([caseID, "Person \(number + 6)", "Norway", "\(number)"]))
        }
        allRows = rows
        table = TableView(columns: Self.columns, rows: rows, emptyText: "No case matches the filter.")
    }

    static let columns = [
        TableColumn("Case", minimumWidth: 11),
        TableColumn("Alias", minimumWidth: 10, flex: 2),
        TableColumn("Nationality", minimumWidth: 11, flex: 1),
        TableColumn("Days", minimumWidth: 4, alignment: .right),
    ]

    /// "Demo".
    public var title: String { "Demo" }
    /// The demo's key table.
    public var keyHelp: [KeyHelp] { Self.keys.help }
    /// While the filter is typed, letters go into it.
    public var capturesTextInput: Bool { filterField != nil }

    /// Draws the filter line (when there is one) and the table.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        var area = context.area
        if let filterField {
            canvas.put("Filter: ", in: area, style: .accent)
            filterField.draw(into: &canvas, area: Rect(x: area.x + 8, y: area.y, width: area.width - 8, height: 1), focused: true)
            area = area.splitTop(1).rest
        } else if !filterText.isEmpty {
            canvas.put("Filter: " + filterText, in: area, style: .dim)
            area = area.splitTop(1).rest
        }
        table.draw(into: &canvas, area: area, focused: context.isTopmost)
    }

    /// Typing into the filter, or the key table's actions.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        let visible = TableView.visibleRows(in: context.area) - (filterField != nil || !filterText.isEmpty ? 1 : 0)
        if var field = filterField {
            switch key {
            case .escape:
                filterField = nil
                applyFilter("")
            case .enter:
                filterField = nil
            default:
                guard field.handle(key: key) else { return .ignored }
                filterField = field
                applyFilter(field.text)
            }
            return .handled
        }
        if key == .escape, !filterText.isEmpty {
            applyFilter("")
            return .handled
        }
        guard let action = Self.keys.action(for: key) else { return .ignored }
        switch action {
        case .moveDown: table.select(table.selection + 1, visibleRows: visible)
        case .moveUp: table.select(table.selection - 1, visibleRows: visible)
        case .pageDown: table.select(table.selection + visible, visibleRows: visible)
        case .pageUp: table.select(table.selection - visible, visibleRows: visible)
        case .first: table.select(0, visibleRows: visible)
        case .last: table.select(table.rows.count - 1, visibleRows: visible)
        case .open:
            guard let row = table.selectedRow else { return .handled }
            return .push(DemoDetailScreen(row: row))
        case .add:
            return .push(FormScreen(form: Self.newRowForm(), commandKind: "demo.row_added"))
        case .filter:
            filterField = TextField(text: filterText)
        }
        return .handled
    }

    /// Keeps the rows containing `text` (ignoring case) in any column.
    mutating func applyFilter(_ text: String) {
        filterText = text
        let needle = text.lowercased()
        table.rows = needle.isEmpty ? allRows : allRows.filter { row in
            row.cells.contains { $0.lowercased().contains(needle) }
        }
        table.select(table.selection, visibleRows: 1)
    }

    /// The form `N` opens.
    static func newRowForm() -> FormDialog {
        FormDialog(title: "New row", fields: [
            .text("alias", label: "Alias"),
            .choice("nationality", label: "Nationality", choices: [
                Choice(token: "dk", label: "Denmark"), Choice(token: "de", label: "Germany"),
                Choice(token: "no", label: "Norway"), Choice(token: "th", label: "Thailand"),
                Choice(token: "vn", label: "Viet Nam"),
            ]),
            .text("identified_on", label: "Identified on", value: "today"),
        ])
    }
}

/// One made-up row opened from the demo table: its cells as details.
public struct DemoDetailScreen: Screen {
    /// The row shown.
    public let row: TableRow

    /// A detail screen for `row`.
    public init(row: TableRow) {
        self.row = row
    }

    /// The row's case id.
    public var title: String { row.cells.first ?? "Row" }
    /// Only the global keys (Esc goes back).
    public var keyHelp: [KeyHelp] { [] }

    /// Draws the row as label–value pairs.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let labels = DemoScreen.columns.map(\.title)
        let items = zip(labels, row.cells).map { DetailPane.Item($0, $1) }
        DetailPane(items: items).draw(into: &canvas, area: context.area)
    }

    /// Leaves every key to the global keys.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult { .ignored }
}

/// The selection and scroll position of a long list whose rows are drawn only when visible:
/// the Cases screen keeps 50 000 rows as data and builds table rows for one screenful.
public struct ListCursor: Hashable, Sendable {
    /// Rows in the list.
    public private(set) var count: Int = 0
    /// Index of the selected row (0 when the list is empty).
    public private(set) var selection: Int = 0
    /// Index of the first row shown.
    public private(set) var offset: Int = 0

    /// A cursor at the top of an empty list.
    public init() {}

    /// Sets the number of rows and selects `index` (clamped), scrolling as little as possible.
    public mutating func reset(count newCount: Int, selecting index: Int, visibleRows: Int) {
        count = newCount
        select(index, visibleRows: visibleRows)
    }

    /// Selects `index` (clamped) and scrolls just enough to keep it in view.
    public mutating func select(_ index: Int, visibleRows: Int) {
        selection = max(0, min(index, count - 1))
        offset = TableView.offset(keeping: selection, from: offset, visibleRows: max(1, visibleRows), count: count)
    }

    /// Moves for a key of `MovementKeys.list`; returns false for other keys.
    public mutating func handle(key: Key, visibleRows: Int) -> Bool {
        guard let movement = MovementKeys.list.action(for: key) else { return false }
        move(movement, visibleRows: visibleRows)
        return true
    }

    /// Moves the selection a row, a page (`visibleRows`), or to either end.
    public mutating func move(_ movement: Movement, visibleRows: Int) {
        let page = max(1, visibleRows)
        select(Self.target(of: movement, from: selection, page: page, count: count), visibleRows: page)
    }

    /// The row `movement` leads to from `selection` in a list of `count` rows (before clamping).
    static func target(of movement: Movement, from selection: Int, page: Int, count: Int) -> Int {
        switch movement {
        case .down: selection + 1
        case .up: selection - 1
        case .pageDown: selection + page
        case .pageUp: selection - page
        case .first: 0
        case .last: count - 1
        }
    }

    /// The indices on screen for `visibleRows` rows.
    public func visibleRange(visibleRows: Int) -> Range<Int> {
        let first = TableView.offset(keeping: selection, from: offset, visibleRows: max(1, visibleRows), count: count)
        return first..<min(count, first + max(0, visibleRows))
    }

    /// A table of the visible rows only, built by `row`, with the selection in place.
    public func table(columns: [TableColumn], visibleRows: Int, emptyText: String, row: (Int) -> TableRow) -> TableView {
        let range = visibleRange(visibleRows: visibleRows)
        var table = TableView(columns: columns, rows: range.map(row), emptyText: emptyText)
        table.select(selection - range.lowerBound, visibleRows: max(1, visibleRows))
        return table
    }
}

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

    /// The movement keys of htop and tig; returns false for other keys.
    public mutating func handle(key: Key, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows)
        switch key {
        case .down, .character("j"): select(selection + 1, visibleRows: page)
        case .up, .character("k"): select(selection - 1, visibleRows: page)
        case .pageDown: select(selection + page, visibleRows: page)
        case .pageUp: select(selection - page, visibleRows: page)
        case .home: select(0, visibleRows: page)
        case .end: select(count - 1, visibleRows: page)
        default: return false
        }
        return true
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

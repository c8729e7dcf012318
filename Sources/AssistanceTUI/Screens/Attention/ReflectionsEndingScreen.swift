import AssistanceCore

/// The list behind the top line's "reflection ending ≤7d" count, opened with `@` on any
/// screen: open cases whose reflection period ends within 7 days, soonest first. Enter
/// opens the case; Esc goes back to where `@` was pressed.
public struct ReflectionsEndingScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        /// Enter: open the selected case.
        case open
        /// A movement key.
        case move(Movement)
    }

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.enter], label: "open", description: "Open the selected case.", action: .open),
    ]) + MovementKeys.list.map { .move($0) }

    /// The cases, soonest ending first.
    public private(set) var rows: [CaseRow] = []
    /// Selection and scroll.
    public private(set) var cursor = ListCursor()

    /// The list for the journal in `context`.
    public init(context: AppContext) {
        load(context, keeping: nil)
    }

    /// "Reflection periods".
    public var title: String { "Reflection periods" }
    /// Enter, and movement.
    public var keyHelp: [KeyHelp] { Self.keys.help }

    /// Catches up with the journal, keeping the selected case.
    public mutating func refresh(context: ScreenContext) {
        load(context.app, keeping: rows.indices.contains(cursor.selection) ? rows[cursor.selection].id : nil)
    }

    /// Reads the cases; selects `caseID` when still listed.
    mutating func load(_ context: AppContext, keeping caseID: String?) {
        rows = context.state.caseRows(.open, today: context.today)
            .filter { ($0.reflectionDaysLeft ?? Int.max) <= 7 }
            .sorted { ($0.reflectionDaysLeft ?? 0, $0.id) < ($1.reflectionDaysLeft ?? 0, $1.id) }
        let index = caseID.flatMap { id in rows.firstIndex { $0.id == id } } ?? cursor.selection
        cursor.reset(count: rows.count, selecting: index, visibleRows: 16)
    }

    /// Movement, or Enter to open the case.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        switch Self.keys.action(for: key) {
        case nil:
            return .ignored
        case .move(let movement)?:
            cursor.move(movement, visibleRows: max(1, TableView.visibleRows(in: context.area) - 1))
            return .handled
        case .open?:
            return openSelectedCase(context)
        }
    }

    /// Opens the selected case, or says there is none.
    func openSelectedCase(_ context: ScreenContext) -> ScreenResult {
        guard rows.indices.contains(cursor.selection) else {
            return .message(MessageLine(.error, "No reflection period ends within 7 days; Esc goes back."))
        }
        return .push(CaseScreen(caseID: rows[cursor.selection].id, context: context.app))
    }

    /// Draws the heading and the cases, with the days left written out.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let (heading, tableArea) = context.area.splitTop(1)
        canvas.put("Reflection periods ending within 7 days: \(rows.count)   (Esc goes back)", in: heading, style: .header)
        let columns = [
            TableColumn("Case", minimumWidth: 11), TableColumn("Alias", minimumWidth: 12, flex: 3),
            TableColumn("Nationality", minimumWidth: 11, flex: 1), TableColumn("Days left", minimumWidth: 9, alignment: .right),
        ]
        let table = cursor.table(columns: columns, visibleRows: TableView.visibleRows(in: tableArea),
                                 emptyText: "No reflection period ends within 7 days.") { index in
            let row = rows[index]
            return TableRow([row.id, row.alias, row.nationality?.name ?? "", row.reflectionDaysLeft.map(String.init) ?? ""], style: .warning)
        }
        table.draw(into: &canvas, area: tableArea, focused: context.isTopmost)
    }
}

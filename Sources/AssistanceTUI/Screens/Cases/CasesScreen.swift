import AssistanceCore

/// Cases (`1`): the caseworker's desk. A table of cases — mine, all open, or closed — filtered
/// as you type; Enter opens a case, `N` opens a new one. On a terminal 140 columns or wider
/// the selected case's details show beside the list.
///
/// Only the rows on screen are turned into text, and the journal is queried again only when
/// the scope, the day or the journal changes; typing a filter picks from the rows already
/// read, by each case's lowercased search key, so a key costs little at 50 000 cases.
public struct CasesScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        /// Enter: open the selected case.
        case open
        /// `N`: the new-case form.
        case newCase
        /// `/`: filter as you type.
        case filter
        /// `m`: mine, all open, closed in turn.
        case cycleScope
        /// A movement key.
        case move(Movement)
        /// A key of the filter line: while it is typed, or Esc clearing a kept filter.
        case filterLine(PromptAction)
    }

    /// Which cases the list shows.
    public enum Scope: String, Hashable, Sendable, CaseIterable {
        /// Open cases assigned to the person at the terminal.
        case mine
        /// Every open case.
        case open
        /// Closed cases.
        case closed

        /// The words for the screen's first line.
        public var label: String {
            switch self {
            case .mine: "my open cases"
            case .open: "all open cases"
            case .closed: "closed cases"
            }
        }
    }

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.enter], label: "open", description: "Open the selected case: details and timeline.", action: .open),
        KeyBinding([.character("N")], label: "new case", description: "Open a new case (a form).", action: .newCase),
        KeyBinding([.character("/")], label: "filter", description: "Filter by id, alias or nationality as you type; Enter keeps it, Esc clears it.",
                   action: .filter),
        KeyBinding([.character("m")], label: "mine/open/closed", description: "Show my open cases, all open cases, or closed cases, in turn.",
                   action: .cycleScope),
    ]) + MovementKeys.list.map { .move($0) }

    /// The tables with a filter kept after Enter (Esc also clears it) and while it is typed.
    static let (filteredKeys, filterTypingKeys) = PromptKeys.filterTables(keys, line: { .filterLine($0) }, move: { .move($0) })

    /// The table the keys are matched against now.
    var activeKeys: KeyTable<Action> {
        if filterField != nil { return Self.filterTypingKeys }
        return filterText.isEmpty ? Self.keys : Self.filteredKeys
    }

    /// The cases shown.
    public private(set) var scope: Scope
    /// The filter in force.
    public private(set) var filterText = ""
    /// The filter being typed, while `/` is active.
    public private(set) var filterField: TextField?
    /// The rows matching the scope and filter, in opening order. Built afresh on every
    /// read, so the screen itself reads `shownRow(_:)` and `shownCount`.
    public var rows: [CaseRow] { shown.map { scopeRows.rows[$0] } }
    /// Every row of the scope, read once per journal change, today or scope; the filter
    /// only picks from them.
    var scopeRows = CaseRowList.empty
    /// What `scopeRows` were read for: the scope and the context's identity.
    var scopeRowsSource: (scope: Scope, identity: [String])?
    /// Positions in `scopeRows.rows` of the rows matching the filter, in order.
    var shown: [Int] = []
    /// Selection and scroll position.
    public private(set) var cursor = ListCursor()
    /// The rows the list had room for when last drawn or moved, for paging.
    var visibleRows = 18

    /// A Cases screen: a caseworker starts with their own cases, everyone else with all open ones.
    public init(context: AppContext) {
        scope = context.user?.role == .caseworker ? .mine : .open
        requery(context, keeping: nil)
    }

    /// "Cases".
    public var title: String { "Cases" }
    /// The screen's key table.
    public var keyHelp: [KeyHelp] { Self.keys.help }
    /// While the filter is typed, letters go into it.
    public var capturesTextInput: Bool { filterField != nil }

    /// The id of the selected case.
    public var selectedCaseID: String? { shown.indices.contains(cursor.selection) ? shownRow(cursor.selection).id : nil }

    /// The `index`th row listed.
    func shownRow(_ index: Int) -> CaseRow { scopeRows.rows[shown[index]] }

    /// The number of rows listed.
    var shownCount: Int { shown.count }

    /// Catches up with the journal, keeping the selected case, the filter and the scroll.
    public mutating func refresh(context: ScreenContext) {
        visibleRows = Self.listRows(in: listArea(context.area), filtering: hasFilterLine)
        requery(context.app, keeping: selectedCaseID)
    }

    /// Queries the rows for the scope and filter, then selects `caseID` if it is still listed.
    mutating func requery(_ context: AppContext, keeping caseID: String?) {
        let previous = cursor.selection
        let identity = context.identity
        if scopeRowsSource?.scope != scope || scopeRowsSource?.identity != identity {
            switch scope {
            case .mine: scopeRows = context.state.caseRowList(.open, caseworker: context.login, today: context.today)
            case .open: scopeRows = context.state.caseRowList(.open, today: context.today)
            case .closed: scopeRows = context.state.caseRowList(.closed, today: context.today)
            }
            scopeRowsSource = (scope, identity)
        }
        shown = scopeRows.positions(matching: filterText)
        let index = caseID.flatMap { id in shown.firstIndex { scopeRows.rows[$0].id == id } } ?? min(previous, max(0, shown.count - 1))
        cursor.reset(count: shown.count, selecting: index, visibleRows: visibleRows)
    }

    /// True when a line above the table shows the filter.
    var hasFilterLine: Bool { filterField != nil || !filterText.isEmpty }

    /// Table rows that fit under the screen's first line (and the filter line).
    static func listRows(in area: Rect, filtering: Bool) -> Int {
        TableView.visibleRows(in: area) - 1 - (filtering ? 1 : 0)
    }

    /// Typing into the filter, movement, or the key table's actions.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        visibleRows = Self.listRows(in: listArea(context.area), filtering: hasFilterLine)
        guard let action = activeKeys.action(for: key) else { return .ignored }
        switch action {
        case .move(let movement):
            cursor.move(movement, visibleRows: visibleRows)
        case .filterLine(let prompt):
            let (field, text) = prompt.editingFilter(filterField)
            filterField = field
            if let text { applyFilter(text, context.app) }
        case .open:
            guard let caseID = selectedCaseID else { return .message(MessageLine(.error, "No case is selected; clear the filter or press m to show other cases.")) }
            return .push(CaseScreen(caseID: caseID, context: context.app))
        case .newCase:
            if let refusal = context.app.refusal(for: .caseOpened) { return .message(MessageLine(.error, refusal)) }
            return .push(FormScreen(purpose: .openCase, context: context.app))
        case .filter:
            filterField = TextField(text: filterText)
        case .cycleScope:
            let all = Scope.allCases
            scope = all[(all.firstIndex(of: scope)! + 1) % all.count]
            requery(context.app, keeping: selectedCaseID)
        }
        return .handled
    }

    /// Narrows (or widens) the list to cases matching `text`, keeping the selected case when it still matches.
    mutating func applyFilter(_ text: String, _ context: AppContext) {
        filterText = text
        requery(context, keeping: selectedCaseID)
    }

    /// The part of the screen the list takes: all of it, or the left half on a wide terminal.
    func listArea(_ area: Rect) -> Rect {
        guard area.width >= Self.sideBySideWidth else { return area }
        return Rect(x: area.x, y: area.y, width: area.width / 2 + 10, height: area.height)
    }

    /// From this many columns the selected case's details show beside the list.
    public static let sideBySideWidth = 140
}

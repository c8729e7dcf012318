import AssistanceCore

extension ReferralBoardScreen {
    /// The tables with a filter kept after Enter (Esc also clears it) and while it is typed.
    static let (filteredKeys, filterTypingKeys) = PromptKeys.filterTables(keys, line: { .filterLine($0) }, move: { .move($0) })

    /// The table the keys are matched against now.
    var activeKeys: KeyTable<Action> {
        if filterField != nil { return Self.filterTypingKeys }
        return filterText.isEmpty ? Self.keys : Self.filteredKeys
    }

    /// Typing into the filter, movement, or the key table's actions. Recording keys ask
    /// first whether the person may record, and say why not; the core checks again (and
    /// words any refusal of the transition itself) when the form is saved.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        visibleRows = listRows(in: context.area)
        guard let action = activeKeys.action(for: key) else { return .ignored }
        switch action {
        case .move(let movement):
            cursor.move(movement, visibleRows: visibleRows)
            stepOffHeading(downward: movement.isDownward)
        case .filterLine(let prompt):
            let (field, text) = prompt.editingFilter(filterField)
            filterField = field
            if let text { applyFilter(text, context.app) }
        case .open:
            guard let row = selectedRow else { return .message(MessageLine(.error, emptySelectionMessage)) }
            return .push(CaseScreen(caseID: row.caseID, context: context.app))
        case .record(let outcome):
            if let refusal = context.app.refusal(for: outcome.eventType) { return .message(MessageLine(.error, refusal)) }
            guard let row = selectedRow else { return .message(MessageLine(.error, emptySelectionMessage)) }
            return .push(FormScreen(purpose: .referralOutcome(referralID: row.id, outcome: outcome), context: context.app))
        case .filter:
            filterField = TextField(text: filterText)
        case .cycleView:
            let all = ReferralBoardView.allCases
            view = all[(all.firstIndex(of: view)! + 1) % all.count]
            requery(context.app, keeping: selectedRow?.id)
        case .toggleGrouping:
            grouping = grouping == .status ? .organisation : .status
            requery(context.app, keeping: selectedRow?.id)
        }
        return .handled
    }

    /// Narrows (or widens) the board to referrals matching `text`, keeping the selection.
    mutating func applyFilter(_ text: String, _ context: AppContext) {
        filterText = text
        requery(context, keeping: selectedRow?.id)
    }

    /// Why nothing can be done to "the selected referral".
    var emptySelectionMessage: String {
        filterText.isEmpty
            ? "No referral is selected; press f to show other referrals."
            : "No referral is selected; clear the filter with Esc or press f to show other referrals."
    }

    /// True when a line above the table shows the filter.
    var hasFilterLine: Bool { filterField != nil || !filterText.isEmpty }

    /// Lines that fit under the screen's first line, the filter line and the table header.
    func listRows(in area: Rect) -> Int {
        max(1, TableView.visibleRows(in: area) - 1 - (hasFilterLine ? 1 : 0))
    }
}

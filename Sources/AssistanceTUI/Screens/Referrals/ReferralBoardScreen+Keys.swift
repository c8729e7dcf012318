import AssistanceCore

extension ReferralBoardScreen {
    /// Typing into the filter, movement, or the key table's actions. Recording keys ask
    /// first whether the person may record, and say why not; the core checks again (and
    /// words any refusal of the transition itself) when the form is saved.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        visibleRows = listRows(in: context.area)
        if filterField != nil { return handleFilterTyping(key, context.app) }
        if key == .escape, !filterText.isEmpty {
            applyFilter("", context.app)
            return .handled
        }
        if cursor.handle(key: key, visibleRows: visibleRows) {
            stepOffHeading(downward: [.down, .character("j"), .pageDown, .end].contains(key))
            return .handled
        }
        guard let action = Self.keys.action(for: key) else { return .ignored }
        switch action {
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

    /// The filter line: letters narrow the board as they are typed, Enter keeps the filter,
    /// Esc clears it, arrows still move.
    mutating func handleFilterTyping(_ key: Key, _ context: AppContext) -> ScreenResult {
        guard var field = filterField else { return .ignored }
        switch key {
        case .escape:
            filterField = nil
            applyFilter("", context)
        case .enter:
            filterField = nil
        case .up, .down, .pageUp, .pageDown:
            _ = cursor.handle(key: key, visibleRows: visibleRows)
            stepOffHeading(downward: key == .down || key == .pageDown)
        default:
            guard field.handle(key: key) else { return .ignored }
            filterField = field
            applyFilter(field.text, context)
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

extension AppModel {
    /// Shows the Referrals board, back at its home and filtered to overdue referrals: the
    /// list behind the top line's first count. Nothing happens when no tab holds the board.
    mutating func showOverdueReferrals() {
        guard let index = tabs.firstIndex(where: { $0.holds(ReferralBoardScreen.self) }) else { return }
        // Showing the tab first builds the board, or brings it up to date, before it is reset.
        selectedTab = index
        // A form left open on the board would be lost by going home; show the board as it is instead.
        if !tabs[index].hasUnsavedInput {
            while tabs[index].pop() {}
            if var board = tabs[index].top as? ReferralBoardScreen {
                board.showOverdue(context: context)
                tabs[index].top = board
            }
        }
    }
}

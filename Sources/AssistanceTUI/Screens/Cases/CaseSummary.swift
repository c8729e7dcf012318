import AssistanceCore

/// A case's details as label–value lines: the top of the case view and the right half of
/// the Cases screen on a wide terminal.
public enum CaseSummary {
    /// The details of `caseID`, or one line saying it is not in the journal.
    public static func pane(for caseID: String, context: AppContext) -> DetailPane {
        guard let found = context.state.case(caseID) else {
            return DetailPane(items: [DetailPane.Item("Case", "\(caseID) is not in the journal.")])
        }
        let state = context.state
        var status = found.status.label.lowercased()
        if let reason = found.closingReason, let closedOn = found.closedOn { status += " on \(closedOn): " + reason.label.lowercased() }
        let person = [found.sex.label, found.ageGroup?.label, found.nationality?.name].compactMap { $0 }.joined(separator: " · ")
        let caseworker = found.caseworker.map { state.displayName(of: $0) } ?? "not assigned"
        var items = [
            DetailPane.Item("Case", found.id + " · " + found.alias + " · " + status),
            DetailPane.Item("Person", person),
            DetailPane.Item("Exploitation", found.exploitationForms.map(\.label).joined(separator: ", ")),
            DetailPane.Item("Identified", "\(found.identifiedOn) by " + found.identifiedBy.label.lowercased()
                + " · caseworker " + caseworker + (found.shelter.map { " · " + $0 } ?? "")),
        ]
        items.append(reflectionItem(found, today: context.today))
        let consent = "consent to data " + (found.consentToProcessing ? "yes" : "no") + ", to sharing " + (found.consentToSharing ? "yes" : "no")
        items.append(DetailPane.Item("Risk", (found.riskLevel?.label.lowercased() ?? "not assessed") + " · " + consent))
        return DetailPane(items: items)
    }

    /// The reflection period's days left, in words and marked when it ends within 7 days.
    static func reflectionItem(_ found: Case, today: CalendarDate) -> DetailPane.Item {
        guard let period = found.reflection else { return DetailPane.Item("Reflection", "not started") }
        guard found.status == .open, let left = period.daysLeft(today: today) else {
            return DetailPane.Item("Reflection", "ended \(period.endsOn)")
        }
        let text = "\(left) day" + (left == 1 ? "" : "s") + " left, ends \(period.endsOn)"
        return left <= 7 ? DetailPane.Item("Reflection", "! " + text + " (ending soon)", style: .warning) : DetailPane.Item("Reflection", text)
    }
}

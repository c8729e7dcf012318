import AssistanceCore
import ArgumentParser

/// `assist referrals`: the coordinator's list of referrals.
struct ReferralsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "referrals",
        abstract: "List referrals: open ones, overdue ones or all, oldest first.")

    @OptionGroup var journalOptions: JournalOptions
    @Option(help: "Which referrals: the open ones, the overdue ones or all.") var status: ReferralListFilter = .open
    @Option(help: "Only referrals to this organisation.") var org: String?
    @Option(help: "How to print the list.") var format: OutputFormat = .text

    func run() throws {
        let state = try journalOptions.openStore().state
        if let org, state.organisation(org) == nil {
            throw OptionValueError(option: "--org", problem: "There is no organisation '\(org)'; 'assist org list' lists them.")
        }
        let rows = state.referralRows(status, organisationID: org, today: Parse.today)
        let textual = format == .text
        let headings = [
            "id", "case", "alias", "org", "service", "status", "made_on", "respond_by", "days_waiting", "overdue",
        ]
        let records = rows.map { row -> [String] in
            [
                row.id, row.caseID, row.caseAlias, textual ? row.organisationName : row.organisationID,
                textual ? row.serviceKind.label : row.serviceKind.rawValue,
                textual ? row.status.label : row.status.rawValue,
                row.madeOn.description, row.respondBy.description, String(row.daysWaiting),
                textual ? (row.isOverdue ? "OVERDUE" : "") : (row.isOverdue ? "yes" : "no"),
            ]
        }
        Listing.print(headings: headings, records: records, numericColumns: [8], format: format) { index, text in
            switch index {
            case 8: .int(Int(text) ?? 0)
            case 9: .bool(text == "yes")
            default: .string(text)
            }
        }
    }
}

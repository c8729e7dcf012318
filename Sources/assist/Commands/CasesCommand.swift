import AssistanceCore
import ArgumentParser

/// `assist cases`: the case list with its derived fields.
struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases",
        abstract: "List cases with their reflection period, referrals and next step.")

    @OptionGroup var journalOptions: JournalOptions
    @Option(help: "Which cases: the open ones, the closed ones or all.") var status: CaseListFilter = .open
    @Flag(help: "Only the cases assigned to you.") var mine = false
    @Option(help: "How to print the list.") var format: OutputFormat = .text

    func run() throws {
        let state = try journalOptions.openStore().state
        let rows = state.caseRows(status, caseworker: mine ? SystemLogin.current() : nil, today: Parse.today)
        let headings = [
            "id", "alias", "nationality", "exploitation", "status", "caseworker", "age_group", "reflection_days_left",
            "open_referrals", "overdue_referrals", "next_step", "next_step_date", "last_activity",
        ]
        let textual = format == .text
        let records = rows.map { row -> [String] in
            [
                row.id, row.alias,
                textual ? (row.nationality?.name ?? "") : (row.nationality?.code ?? ""),
                row.exploitationForms.map { textual ? $0.label : $0.rawValue }.joined(separator: textual ? ", " : ";"),
                textual ? row.status.label : row.status.rawValue,
                row.caseworker ?? "",
                textual ? (row.ageGroup?.label ?? "") : (row.ageGroup?.rawValue ?? ""),
                row.reflectionDaysLeft.map(String.init) ?? "",
                String(row.openReferrals), String(row.overdueReferrals),
                textual ? (row.nextPlannedStep?.kind.label ?? "") : (row.nextPlannedStep?.kind.rawValue ?? ""),
                row.nextPlannedStep?.date.description ?? "",
                textual ? LocalTime.minute(row.lastActivity) : row.lastActivity.iso8601,
            ]
        }
        Listing.print(headings: headings, records: records, numericColumns: [7, 8, 9], format: format) { index, text in
            switch index {
            case 3: .array(text.split(separator: ";").map { .string(String($0)) })
            case 7, 8, 9: .int(Int(text) ?? 0)
            default: .string(text)
            }
        }
    }
}

import AssistanceCore
import ArgumentParser
import Foundation

/// `assist log`: one local day's entries, who recorded what.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show one day's entries (in the local time zone, TZ), with the day's totals.",
        discussion: "Each entry shows the role its author held when it was recorded, whatever their role is now.")

    @OptionGroup var journalOptions: JournalOptions
    @Option(parsing: .unconditional, help: "The day to show.") var date: String = "today"
    @Option(help: "Only entries by this login.") var actor: String?
    @Option(help: "text or json; csv is not available for the log.") var format: OutputFormat = .text

    func validate() throws {
        if format == .csv { throw ValidationError("--format csv is not available for the log; use text or json.") }
    }

    func run() throws {
        try reportingErrors {
            let state = try journalOptions.openStore().state
            let day = try Parse.date(date, option: "--date")
            let zone = TimeZone.current
            let entries = state.dayEntries(on: day, in: zone, author: actor)
            let totals = state.dayTotals(on: day, in: zone)
            if format == .json {
                let items = entries.map { entry in
                    JSONValue.object([
                        .init("seq", .int(entry.seq)), .init("ts", .string(entry.timestamp.iso8601)),
                        .init("author", .string(entry.author)),
                        .init("role", state.recordedRole(ofEntry: entry.seq).map { .string($0.rawValue) } ?? .null),
                        .init("type", .string(entry.type.rawValue)),
                        .init("case", entry.caseID.map(JSONValue.string) ?? .null), .init("sentence", .string(entry.sentence)),
                        .init("retracted", .bool(entry.isRetracted)),
                    ])
                }
                printJSON(.object([
                    .init("date", .string(day.description)),
                    .init("totals", .object([
                        .init("entries", .int(totals.entries)), .init("people_active", .int(totals.peopleActive)),
                        .init("new_cases", .int(totals.newCases)), .init("steps", .int(totals.steps)),
                        .init("referrals_sent", .int(totals.referralsSent)), .init("referrals_answered", .int(totals.referralsAnswered)),
                    ])),
                    .init("entries", .array(items)),
                ]))
                return
            }
            print(
                "\(day): \(counted(totals.entries, "entry", "entries")) by \(counted(totals.peopleActive, "person", "people")); "
                    + "\(counted(totals.newCases, "new case", "new cases")), \(counted(totals.steps, "step", "steps")), "
                    + "\(counted(totals.referralsSent, "referral", "referrals")) sent, \(totals.referralsAnswered) answered.")
            guard !entries.isEmpty else { return }
            var table = TextTable(["SEQ", "TIME", "WHO", "ROLE", "WHAT", "CASE"], numericColumns: [0])
            for entry in entries {
                table.append([
                    String(entry.seq), LocalTime.clock(entry.timestamp, zone: zone), entry.authorName,
                    // The role the entry recorded, which may differ from the one they hold now.
                    state.recordedRole(ofEntry: entry.seq)?.rawValue ?? "",
                    (entry.isRetracted ? "[retracted] " : "") + entry.sentence, entry.caseID ?? "",
                ])
            }
            print(table.render())
        }
    }
}

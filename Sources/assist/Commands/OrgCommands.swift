import AssistanceCore
import ArgumentParser

/// `assist org …`: the directory of organisations people are referred to.
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Add, update and list organisations (coordinators and up change them).",
        subcommands: [Add.self, Update.self, List.self])

    /// `assist org add ID --name NAME --kind KIND [--city CITY] [--contact TEXT]`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an organisation to the directory.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "A short id: 2 to 32 lower-case letters, digits or dashes.") var id: String
        @Option(help: .freeText("Its name", .organisationName)) var name: String
        @Option(help: "What kind of organisation it is.") var kind: OrganisationKind
        @Option(help: .freeText("Its city", .city)) var city: String?
        @Option(help: .freeText("How to reach it: phone, e-mail, a person", .contact)) var contact: String?

        func run() throws {
            try Recorder.record(
                .addOrganisation(id: id, name: name, kind: kind, contact: contact, city: city),
                journal: journalOptions, actor: actorOptions)
            print("Added the organisation \(id).")
        }
    }

    /// `assist org update ID …`.
    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an organisation's details, or mark it active or inactive.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The organisation's id.") var id: String
        @Option(help: .freeText("A new name", .organisationName)) var name: String?
        @Option(help: "A new kind.") var kind: OrganisationKind?
        @Option(help: .freeText("A new city", .city)) var city: String?
        @Option(help: .freeText("New contact details", .contact)) var contact: String?
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: "Take referrals again, or stop taking them.")
        var active: Bool?

        func run() throws {
            let changes = OrganisationChanges(
                name: name, kind: kind, contact: contact, city: city, isActive: active)
            try Recorder.record(.updateOrganisation(id: id, changes: changes), journal: journalOptions, actor: actorOptions)
            print("Updated the organisation \(id).")
        }
    }

    /// `assist org list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organisations with their open and overdue referrals.")
        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "How to print the list.") var format: OutputFormat = .text

        func run() throws {
            let rows = try journalOptions.openStore().state.organisationRows(today: Parse.today)
            let headings = ["id", "name", "kind", "city", "active", "open", "overdue"]
            let records = rows.map { row in
                [row.organisation.id, row.organisation.name, format == .text ? row.organisation.kind.label : row.organisation.kind.rawValue, row.organisation.city ?? "",
                 row.organisation.isActive ? "yes" : "no", String(row.openReferrals), String(row.overdueReferrals)]
            }
            Listing.print(headings: headings, records: records, numericColumns: [5, 6], format: format) { index, value in
                index == 4 ? .bool(value == "yes") : (index >= 5 ? .int(Int(value) ?? 0) : .string(value))
            }
        }
    }
}

import AssistanceCore
import ArgumentParser

/// `assist user …`: the people who may record, and their roles.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Register users and change their roles (admins only).",
        subcommands: [Add.self, Role.self, List.self])

    /// `assist user add LOGIN --name NAME --role ROLE`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register an operating-system login as a user of the journal.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The person's operating-system login.") var login: String
        @Option(help: .freeText("The name others see", .displayName)) var name: String
        @Option(help: "What the person may do.") var role: AssistanceCore.Role

        func run() throws {
            try Recorder.record(.addUser(login: login, displayName: name, role: role), journal: journalOptions, actor: actorOptions)
            print("Added \(login) as \(role.label.lowercased()).")
        }
    }

    /// `assist user role LOGIN ROLE`.
    struct Role: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a user's role.")
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var actorOptions: ActorOptions
        @Argument(help: "The user's login.") var login: String
        @Argument(help: "The new role.") var role: AssistanceCore.Role

        func run() throws {
            try Recorder.record(.changeRole(login: login, role: role), journal: journalOptions, actor: actorOptions)
            print("\(login) is now \(role.label.lowercased()).")
        }
    }

    /// `assist user list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the users and their roles.")
        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "How to print the list.") var format: OutputFormat = .text

        func run() throws {
            let state = try journalOptions.openStore().state
            let textual = format == .text
            let records = state.usersByName.map { user in
                [user.login, user.displayName, textual ? user.role.label : user.role.rawValue]
            }
            Listing.print(headings: ["login", "name", "role"], records: records, format: format)
        }
    }
}

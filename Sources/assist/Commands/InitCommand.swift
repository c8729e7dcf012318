import AssistanceCore
import ArgumentParser
import Foundation

/// `assist init`: creates an empty journal whose first entry makes the caller its admin.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty journal; you become its admin.",
        discussion: """
            The journal is created private to you (mode 0600, and any missing directory 0700). \
            With --group it is created for a group instead (mode 0660, owned by that group, and \
            any missing directory 2770 and owned by it), so that several caseworkers' logins on \
            one server can record into it; add each of them with 'assist user add'.
            """)

    @OptionGroup var journalOptions: JournalOptions

    @Option(help: ArgumentHelp("Share the journal with this Unix group (mode 0660; missing directories 2770).", valueName: "group"))
    var group: String?

    @Option(help: .freeText("Your name as others will see it (default: from the system's user database)", .displayName, valueName: "name"))
    var name: String?

    func run() throws {
        let path = try journalOptions.resolvedPath()
        // Refused before anything is created, as by every command that writes.
        _ = try JournalLockWait(environment: ProcessInfo.processInfo.environment)
        let login = SystemLogin.current()
        let store = try AssistanceStore.create(
            at: path, group: group, creator: login, displayName: name ?? SystemLogin.displayName())
        print("Created the journal \(store.path); \(login) is its admin.")
        if let group {
            print("It is shared with the group '\(group)' (mode 0660). Add each person with: assist user add LOGIN --name NAME --role ROLE")
        }
    }
}

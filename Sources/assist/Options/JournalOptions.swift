import AssistanceCore
import ArgumentParser
import Foundation

/// `--journal PATH`, shared by every subcommand.
struct JournalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The journal file. Without it, ASSIST_JOURNAL is used, else $XDG_DATA_HOME/assist/journal.jsonl.",
            valueName: "path"))
    var journal: String?

    /// The journal path this invocation works on.
    func resolvedPath() throws -> String {
        try JournalLocation.resolve(explicit: journal, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the journal and replays it; a damaged journal still opens, read-only.
    func openStore() throws -> AssistanceStore {
        try AssistanceStore(openingJournalAt: resolvedPath())
    }
}

/// `--as LOGIN`: an admin records on behalf of another registered user.
struct ActorOptions: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Record on behalf of another registered user (admins only); the entry names both.", valueName: "login"))
    var onBehalfOf: String?

    /// The person appending: the operating-system login, and whom they act for.
    var actor: Actor { Actor(login: SystemLogin.current(), onBehalfOf: onBehalfOf) }
}

/// How list commands print.
enum OutputFormat: String, CaseIterable {
    case text, json, csv
}

/// How a command that prints one document (`case show`) prints: a table has no CSV form.
enum DocumentFormat: String, CaseIterable {
    case text, json
}

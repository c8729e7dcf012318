import AssistanceCore

/// Appends one command's event to the journal for a subcommand.
enum Recorder {
    /// Opens the journal, validates `command` against it as it is on disk and appends it.
    /// Returns the written entry and the id of a new case or referral.
    @discardableResult
    static func record(_ command: Command, journal: JournalOptions, actor: ActorOptions) throws -> (entry: JournalEntry, createdID: String?) {
        let store = try journal.openStore()
        return try store.perform(command, by: actor.actor)
    }
}

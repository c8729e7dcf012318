import AssistanceCore
import Foundation

/// Appends one command's event to the journal for a subcommand.
enum Recorder {
    /// Opens the journal, validates `command` against it as it is on disk and appends it,
    /// waiting for the lock as long as `ASSIST_LOCK_WAIT` says (10 seconds unless set).
    /// Returns the written entry and the id of a new case or referral.
    @discardableResult
    static func record(_ command: Command, journal: JournalOptions, actor: ActorOptions) throws -> (entry: JournalEntry, createdID: String?) {
        let lockWait = try JournalLockWait(environment: ProcessInfo.processInfo.environment)
        let store = try journal.openStore()
        store.lockWait = lockWait
        return try store.perform(command, by: actor.actor)
    }
}

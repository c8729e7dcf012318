import AssistanceCore
import Foundation

/// Appends one command's event to the journal for a subcommand.
enum Recorder {
    /// Opens the journal, validates `command` against it as it is on disk and appends it,
    /// waiting for the lock as long as `ASSIST_LOCK_WAIT` says (10 seconds unless set).
    /// Returns the written entry and the id of a new case or referral.
    @discardableResult
    static func record(_ command: Command, journal: JournalOptions, actor: ActorOptions) throws -> (entry: JournalEntry, createdID: String?) {
        try openForRecording(journal).perform(command, by: actor.actor)
    }

    /// Opens the journal to append to, with the lock wait `ASSIST_LOCK_WAIT` sets; for a
    /// command that reads the state it appended to (`case open`'s duplicate warning).
    static func openForRecording(_ journal: JournalOptions) throws -> AssistanceStore {
        let lockWait = try JournalLockWait(environment: ProcessInfo.processInfo.environment)
        let store = try journal.openStore()
        store.lockWait = lockWait
        return store
    }
}

import AssistanceCore
import ArgumentParser
import Foundation

/// `assist recover`: an admin sets a damaged journal's bad lines aside, the only command that
/// ever shortens a journal. It says exactly what it will do and asks first.
struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Set aside the damaged end of a journal (admins only), keeping its longest valid part.",
        discussion: """
            Finds the longest valid beginning of the journal: the lines before the first that \
            'assist verify' refuses (changed bytes, a broken chain, an entry that breaks a rule). \
            Everything after it is moved, byte for byte, to a side file beside the journal \
            (journal.jsonl.recovered-TIME, synced before anything is cut and never deleted); the \
            journal is cut back and its next entry records what was moved, from which lines, why, \
            and the SHA-256 of the moved bytes. It says what it will do and asks you to type yes \
            (--yes skips the question, for scripts). Only an admin of the valid part may do this, \
            under their own login. An intact journal is left as it is.
            """)

    @OptionGroup var journalOptions: JournalOptions

    @Flag(help: "Do not ask; go on as if yes was typed.")
    var yes = false

    func run() throws {
        // A bad ASSIST_LOCK_WAIT is refused before anything is read.
        let lockWait = try JournalLockWait(environment: ProcessInfo.processInfo.environment)
        let store = try journalOptions.openStore()
        store.lockWait = lockWait
        let login = SystemLogin.current()
        guard let user = store.state.user(login) else {
            throw RecoveryRefusal("Only an admin may recover a journal, and '\(login)' is not a registered user in the valid part of \(store.path).")
        }
        guard user.role == .admin else {
            throw RecoveryRefusal("Only an admin may recover a journal; '\(login)' is \(user.role.withArticle) in the valid part of \(store.path).")
        }
        guard let plan = try store.recoveryPlan() else {
            let entries = counted(store.state.entryCount, "entry", "entries")
            say("The journal is intact (\(entries)); there is nothing to recover, and nothing was changed.\n")
            return
        }
        say(plan.summary + "\n")
        if !yes {
            say("Type yes to go on: ")
            guard readLine(strippingNewline: true) == "yes" else {
                throw RecoveryRefusal("Nothing was changed: recovery goes on only when you type yes.")
            }
        }
        let entry = try store.recover(plan, by: Actor(login: login))
        say("Moved \(plan.details.lineRange) to \(plan.sidePath); the journal keeps entries 1–\(plan.keptEntryCount), and entry \(entry.seq) records this.\n")
        say("Head hash: \(store.file.headHash)\n")
    }

    /// Writes to standard output at once, so the question shows before the answer is read.
    /// The reason may quote what a damaged line holds (a login, a field name), so the text is
    /// escaped like stored text, line by line.
    private func say(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.display(String($0)) }
        FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8))
    }
}

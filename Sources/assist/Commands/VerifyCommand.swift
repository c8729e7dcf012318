import AssistanceCore
import ArgumentParser

/// `assist verify`: checks every line, the hash chain and the rules each entry had to keep;
/// prints the entry count and head hash.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the journal is intact and print its entry count and head hash.",
        discussion: """
            Every line is checked: its own checksum, its JSON, its sequence number, and the \
            SHA-256 of the line before it; and every entry is replayed against the rules that \
            held when it was recorded (a registered author whose role allowed it, things it \
            refers to that exist, allowed changes, dates not after the day it was recorded, time \
            not running back). Write the head hash down: if it is found again later at the same \
            entry count, nothing before it has changed. Exits with status 1 naming the first bad \
            line and why when the journal is damaged.
            """)

    @OptionGroup var journalOptions: JournalOptions

    func run() throws {
        try reportingErrors {
            let path = try journalOptions.resolvedPath()
            let verification = AssistanceStore.verify(at: path)
            if let problem = verification.problem {
                printError(String(describing: problem))
                printError("The \(counted(verification.entryCount, "entry", "entries")) before the damage are intact; the journal opens read-only until it is restored from a backup or an admin sets the damaged lines aside with 'assist recover'.")
                throw ExitCode(1)
            }
            print("The journal is intact: \(counted(verification.entryCount, "entry", "entries")).")
            print("Head hash: \(verification.headHash)")
            if verification.tornTailByteCount > 0 {
                print("The last \(verification.tornTailByteCount) bytes are an unfinished append; the next writer sets them aside in a side file beside the journal.")
            }
        }
    }
}

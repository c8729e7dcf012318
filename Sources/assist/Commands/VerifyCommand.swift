import AssistanceCore
import ArgumentParser

/// `assist verify`: checks every line and the hash chain; prints the entry count and head hash.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the journal is intact and print its entry count and head hash.",
        discussion: """
            Every line is checked: its own checksum, its JSON, its sequence number, and the \
            SHA-256 of the line before it. Write the head hash down: if it is found again later at the same entry \
            count, nothing before it has changed. Exits with status 1 naming the first bad line \
            when the journal is damaged.
            """)

    @OptionGroup var journalOptions: JournalOptions

    func run() throws {
        try reportingErrors {
            let path = try journalOptions.resolvedPath()
            let verification = JournalFile.verify(at: path)
            if let problem = verification.problem {
                printError(String(describing: problem))
                printError("The \(counted(verification.entryCount, "entry", "entries")) before the damage are intact; the journal opens read-only until it is restored from a backup.")
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

import Foundation
import Testing
import TestSupport

/// Issue 13, items 4 and 5 through the built binary: a writer stopped while holding the lock
/// no longer blocks anyone forever, `ASSIST_LOCK_WAIT` bounds the wait, a journal other
/// users may read is refused, and `init --group` makes directories the group can enter.
@Suite(.serialized) struct JournalLockEndToEndTests {
    /// A new journal with one case, created by the binary, and the id the binary gave it (its
    /// year is the real clock's, so tests never write it out).
    func journalWithACase(_ home: TemporaryDirectory) throws -> (binary: AssistBinary, path: String, caseID: String) {
        let path = home.file("journal.jsonl")
        let binary = AssistBinary(home: home.path)
        let created = try binary.run(["init", "--journal", path])
        #expect(created.status == 0, "\(created.standardError)")
        let opened = try binary.run(["case", "open", "--journal", path, "--alias", "Zuzanna", "--sex", "female",
                                     "--exploitation", "forced_labour", "--identified-by", "ngo"])
        let caseID = opened.standardOutput.trimmingCharacters(in: .newlines)
        #expect(caseID.hasPrefix("C-") && caseID.hasSuffix("-0001") && opened.standardOutput == caseID + "\n", "\(opened.standardError)")
        return (binary, path, caseID)
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test(.enabled(if: StoppedLockHolder.flockPath != nil, "util-linux flock is needed to hold the lock"))
    func aNoteBehindAStoppedWriterGivesUpWithinTheWaitNamingTheHolder() throws {
        let home = TemporaryDirectory()
        var (binary, path, caseID) = try journalWithACase(home)
        let before = bytes(path)
        let holder = try StoppedLockHolder(lockingFileAt: path)
        defer { holder.stop() }
        binary.environment["ASSIST_LOCK_WAIT"] = "0.5"
        // The holder never lets go: that the command returns at all shows the wait is bounded.
        let result = try binary.run(["note", "add", caseID, "Called the shelter", "--journal", path])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "assist: The journal \(path) is busy: process \(holder.processID) (flock) did not let go of its "
            + "lock within 0.5 seconds, so nothing was saved; try again, and if that process is stopped or hung, end it "
            + "(kill -KILL \(holder.processID) ends even a stopped one).\n")
        #expect(bytes(path) == before)
        holder.stop()
        let retried = try binary.run(["note", "add", caseID, "Called the shelter", "--journal", path])
        #expect(retried.status == 0, "\(retried.standardError)")
    }

    @Test func aBadLockWaitIsRefusedInOneSentenceByEveryCommandThatWrites() throws {
        let home = TemporaryDirectory()
        var (binary, path, caseID) = try journalWithACase(home)
        let before = bytes(path)
        let sentence = "assist: ASSIST_LOCK_WAIT is '0', not a number of seconds from 0.1 to 3600; "
            + "correct it, or unset it to wait the standard 10 seconds.\n"
        binary.environment["ASSIST_LOCK_WAIT"] = "0"
        let noted = try binary.run(["note", "add", caseID, "Called", "--journal", path])
        #expect(noted.status == 1)
        #expect(noted.standardError == sentence)
        #expect(bytes(path) == before)
        let other = home.file("other.jsonl")
        let created = try binary.run(["init", "--journal", other])
        #expect(created.status == 1)
        #expect(created.standardError == sentence)
        #expect(!FileManager.default.fileExists(atPath: other))
        // The interface refuses before it asks for a terminal.
        let interface = try binary.run(["--journal", path])
        #expect(interface.status == 1)
        #expect(interface.standardError == sentence)
        // Reading needs no lock, so it does not care.
        #expect(try binary.run(["cases", "--journal", path]).status == 0)
    }

    @Test func aJournalOtherUsersMayReadIsRefusedByReadingCommandsWithTheChmod() throws {
        let home = TemporaryDirectory()
        let (binary, path, caseID) = try journalWithACase(home)
        chmod(path, 0o644)
        let before = bytes(path)
        let sentence = "assist: The journal \(path) may be read or changed by other users (mode 0644), so it was not opened; "
            + "run `chmod o-rwx \(path)` and try again.\n"
        for arguments in [["cases"], ["note", "add", caseID, "Called"]] {
            let result = try binary.run(arguments + ["--journal", path])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.standardError == sentence, "\(arguments)")
        }
        // verify says so first (what it adds after it belongs to damage, and is VerifyCommand's to word).
        let verified = try binary.run(["verify", "--journal", path])
        #expect(verified.status == 1)
        #expect(verified.standardError.hasPrefix(sentence))
        #expect(bytes(path) == before)
        chmod(path, 0o660)
        #expect(try binary.run(["cases", "--journal", path]).status == 0)
    }

    @Test(.enabled(if: geteuid() == 0, "only root may give a directory to a group it is not in"),
          .enabled(if: SharedGroup.existing != nil, "no group other than root's on this system"))
    func initWithAGroupMakesMissingDirectoriesTheGroupCanEnter() throws {
        let group = try #require(SharedGroup.existing)
        let home = TemporaryDirectory()
        let binary = AssistBinary(home: home.path)
        let path = home.file("srv/assist/journal.jsonl")
        let result = try binary.run(["init", "--journal", path, "--group", group.name])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(SharedGroup.status(of: home.file("srv")) ?? (0, 0) == (0o2770, group.id))
        #expect(SharedGroup.status(of: home.file("srv/assist")) ?? (0, 0) == (0o2770, group.id))
        #expect(SharedGroup.status(of: path) ?? (0, 0) == (0o660, group.id))
        let own = home.file("own/assist/journal.jsonl")
        #expect(try binary.run(["init", "--journal", own]).status == 0)
        #expect(SharedGroup.status(of: home.file("own"))?.mode == 0o700)
        #expect(SharedGroup.status(of: home.file("own/assist"))?.mode == 0o700)
    }

    /// The interface with a note typed while a stopped process holds the lock: it says it is
    /// saving, then waiting; keys still get an answer; Esc cancels and the note stays in the
    /// form; once the lock is free, Enter saves it.
    @Test(.enabled(if: StoppedLockHolder.flockPath != nil, "util-linux flock is needed to hold the lock"))
    func theInterfaceStaysResponsiveBehindAStoppedWriterAndEscKeepsTheForm() throws {
        let home = TemporaryDirectory()
        let (binary, path, caseID) = try journalWithACase(home)
        var environment = binary.environment
        environment["TERM"] = "xterm-256color"
        environment["ASSIST_LOCK_WAIT"] = "60"
        let tmux = try TmuxSession(command: [AssistBinary.url.path, "--journal", path, "--screen", "cases"], environment: environment)
        defer { tmux.stop() }
        #expect(tmux.waitFor(caseID).found, "\(tmux.capture())")
        try tmux.send("Enter")
        #expect(tmux.waitFor("── Timeline").found, "\(tmux.capture())")
        try tmux.send("n")
        #expect(tmux.waitFor("Note on \(caseID)").found, "\(tmux.capture())")
        try tmux.send("Called the shelter", literal: true)
        #expect(tmux.waitFor("Called the shelter").found, "\(tmux.capture())")

        let holder = try StoppedLockHolder(lockingFileAt: path)
        defer { holder.stop() }
        let before = JournalAppendCheck.lines(of: path)
        try tmux.send("Enter")
        let waiting = tmux.waitFor("Waiting for the journal — another process holds it; Esc cancels.")
        #expect(waiting.found, "\(waiting.screen)")
        try tmux.send("x")
        let answered = tmux.waitFor("Still saving; Esc cancels the save.")
        #expect(answered.found, "\(answered.screen)")
        try tmux.send("Escape")
        let cancelled = tmux.waitFor("Error: Saving was cancelled while waiting for the lock of the journal")
        #expect(cancelled.found, "\(cancelled.screen)")
        #expect(cancelled.screen.contains("Note on \(caseID)"))
        #expect(cancelled.screen.contains("Called the shelter"))
        #expect(!cancelled.screen.contains("Called the shelterx"))
        #expect(JournalAppendCheck.lines(of: path) == before)

        holder.stop()
        try tmux.send("Enter")
        let added = try #require(try JournalAppendCheck.lineSavedBeforeQuitting(tmux, path: path, before: before, binary: binary))
        #expect(added.contains("\"type\":\"note.added\""))
        #expect(added.contains("Called the shelter"))
    }
}

import Foundation
import Testing
import TestSupport

/// Issue 3 end to end: the real binary in tmux on a demo journal.
@Suite(.serialized) struct InterfaceEndToEndTests {
    /// A temporary home with a demo journal written by `assist demo`.
    func demoJournal(_ home: TemporaryDirectory) throws -> (binary: AssistBinary, path: String) {
        let path = home.file("demo.jsonl")
        let binary = AssistBinary(home: home.path)
        let result = try binary.run(["demo", "--journal", path, "--cases", "20"])
        #expect(result.status == 0, "\(result.standardError)")
        return (binary, path)
    }

    func lines(of path: String) -> [String] { JournalAppendCheck.lines(of: path) }

    func start(_ binary: AssistBinary, journal: String, width: Int = 100, height: Int = 30) throws -> TmuxSession {
        var environment = binary.environment
        environment["TERM"] = "xterm-256color"
        // The demo's creator is an admin, whose home is Activity since issue 4; these tests start on Cases.
        return try TmuxSession(command: [AssistBinary.url.path, "--journal", journal, "--screen", "cases"], environment: environment,
                               width: width, height: height)
    }

    /// `start` on an existing journal, once the Cases screen shows all open cases (an admin's view).
    func startOnCases(_ binary: AssistBinary, journal: String) throws -> TmuxSession {
        let tmux = try start(binary, journal: journal)
        #expect(tmux.waitFor("[1 Cases]").found, "\(tmux.capture())")
        #expect(tmux.waitFor("Showing all open cases: ").found, "\(tmux.capture())")
        return tmux
    }

    @Test func filterOpenRecordAStepAndQuitAppendsExactlyThatStep() throws {
        let home = TemporaryDirectory()
        let (binary, path) = try demoJournal(home)
        let before = lines(of: path)
        let tmux = try startOnCases(binary, journal: path)
        defer { tmux.stop() }
        try tmux.send("/")
        try tmux.send("C-", literal: true)
        try tmux.send("Enter")
        let listed = tmux.waitFor("Filter: C-   (Esc clears)")
        #expect(listed.found, "\(listed.screen)")
        try tmux.send("Enter")
        #expect(tmux.waitFor("── Timeline").found, "\(tmux.capture())")
        try tmux.send("a")
        #expect(tmux.waitFor("Done or planned").found, "\(tmux.capture())")
        try tmux.send("interp", literal: true)
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("Booked for Tuesday", literal: true)
        try tmux.send("Enter")

        let added = try #require(try JournalAppendCheck.lineSavedBeforeQuitting(tmux, path: path, before: before, binary: binary))
        #expect(added.contains("\"type\":\"step.recorded\""))
        #expect(added.contains("\"kind\":\"interpreter\""))
        #expect(added.contains("Booked for Tuesday"))
    }

    @Test func anotherProcessesAppendShowsWithoutAKeyPress() throws {
        let home = TemporaryDirectory()
        let (binary, path) = try demoJournal(home)
        let tmux = try startOnCases(binary, journal: path)
        defer { tmux.stop() }
        let opened = try binary.run(["case", "open", "--journal", path, "--alias", "Zuzanna Live", "--sex", "female",
                                     "--exploitation", "forced_labour", "--identified-by", "ngo"])
        #expect(opened.status == 0, "\(opened.standardError)")
        let shown = tmux.waitFor("Zuzanna Live", seconds: 3)
        #expect(shown.found, "\(shown.screen)")
    }

    @Test func withNoJournalOneScreenOffersToCreateItOrOpenTheDemo() throws {
        let home = TemporaryDirectory()
        let binary = AssistBinary(home: home.path)
        let missing = home.file("new.jsonl")
        let created = try start(binary, journal: missing)
        defer { created.stop() }
        #expect(created.waitFor("There is no journal at").found, "\(created.capture())")
        try created.send("i")
        #expect(created.waitFor("(admin)").found, "\(created.capture())")
        #expect(created.waitFor("Showing all open cases: 0 cases").found, "\(created.capture())")
        try created.send("q")
        #expect(created.waitForExit())
        #expect(try binary.run(["verify", "--journal", missing]).status == 0)

        let demo = try start(binary, journal: home.file("other.jsonl"))
        defer { demo.stop() }
        #expect(demo.waitFor("Press d to open the demo journal").found, "\(demo.capture())")
        try demo.send("d")
        let opened = demo.waitFor("demo.jsonl · ", seconds: 20)
        #expect(opened.found, "\(opened.screen)")
        #expect(FileManager.default.fileExists(atPath: home.path + "/data/assist/demo.jsonl"))
        try demo.send("q")
        #expect(demo.waitForExit())
    }

    @Test func withoutATerminalItSaysSoInOneSentenceAndFails() throws {
        let home = TemporaryDirectory()
        let (binary, path) = try demoJournal(home)
        let result = try binary.run(["--journal", path])
        #expect(result.status != 0)
        #expect(result.standardError.hasPrefix("assist: The terminal interface needs a terminal"))
    }
}

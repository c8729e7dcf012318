import Foundation
import Testing
import TestSupport

/// Issue 4 end to end: the real binary in tmux, a coordinator recording a decline.
///
/// Tests run as one OS login (root in CI), and the demo journal makes that login its admin.
/// To be a coordinator honestly, the login hands its admin role to a second admin and
/// takes the coordinator role through `assist user role`, as a real centre would.
@Suite(.serialized) struct BoardEndToEndTests {
    func lines(of path: String) -> [String] { JournalAppendCheck.lines(of: path) }

    @Test func coordinatorDeclinesAReferralWithAReasonAndTheJournalHoldsIt() throws {
        let home = TemporaryDirectory()
        let path = home.file("demo.jsonl")
        let binary = AssistBinary(home: home.path)
        let demo = try binary.run(["demo", "--journal", path, "--cases", "20"])
        #expect(demo.status == 0, "\(demo.standardError)")
        let login = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        let added = try binary.run(["user", "add", "second-admin", "--name", "Second Admin", "--role", "admin", "--journal", path])
        #expect(added.status == 0, "\(added.standardError)")
        let demoted = try binary.run(["user", "role", login, "coordinator", "--journal", path])
        #expect(demoted.status == 0, "\(demoted.standardError)")
        let before = lines(of: path)

        var environment = binary.environment
        environment["TERM"] = "xterm-256color"
        let tmux = try TmuxSession(command: [AssistBinary.url.path, "--journal", path], environment: environment, width: 100, height: 30)
        defer { tmux.stop() }
        // A coordinator's home is the board.
        let board = tmux.waitFor("[2 Referrals]")
        #expect(board.found, "\(board.screen)")
        #expect(board.screen.contains("Showing open referrals"), "\(board.screen)")
        let selected = try #require(Self.firstReferralID(on: board.screen), "\(board.screen)")
        try tmux.send("X")
        #expect(tmux.waitFor("\(selected) declined").found, "\(tmux.capture())")
        try tmux.send("Tab")
        try tmux.send("No places left this month", literal: true)
        try tmux.send("Enter")

        let line = try #require(try JournalAppendCheck.lineSavedBeforeQuitting(tmux, path: path, before: before, binary: binary))
        #expect(line.contains("\"type\":\"referral.declined\""))
        #expect(line.contains("\"referral\":\"\(selected)\""))
        #expect(line.contains("\"reason\":\"No places left this month\""))
        #expect(line.contains("\"actor\":\"\(login)\""))
    }

    /// The id of the first referral row on the screen (the board selects it on opening).
    static func firstReferralID(on screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: "R-20") else { continue }
            return String(line[range.lowerBound...].prefix(11))
        }
        return nil
    }
}

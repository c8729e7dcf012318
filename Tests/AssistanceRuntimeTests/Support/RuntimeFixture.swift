import AssistanceCore
@testable import AssistanceRuntime
import AssistanceTUI
import Foundation
import TestSupport
import Testing

/// A real journal in a temporary directory — Ada the admin and one open case — and the app's
/// runtime on it, with a terminal and an editor that record what they were asked.
final class RuntimeFixture {
    let directory = TemporaryDirectory()
    let store: AssistanceStore
    let session: StoreSession
    let terminal = RecordingTerminal()
    let editor: ScriptedEditor
    let runtime: AppRuntime
    /// The open case's id.
    let caseID: String
    static let today = CalendarDate(iso: "2026-03-10")!
    static let noon = Timestamp(date: today, millisecondsIntoDay: 12 * 3_600_000)
    static let utc = TimeZone(identifier: "UTC")!

    /// The journal, and a runtime whose editor answers `editedText`.
    init(editedText: String? = nil) throws {
        store = try AssistanceStore.create(at: directory.file("journal.jsonl"), creator: "ada", displayName: "Ada Admin")
        let (_, created) = try store.perform(.openCase(CaseDetails(
            alias: "Amina", sex: .female, nationality: Country(code: "NG"), exploitationForms: [.sexual],
            identifiedOn: Self.today, identifiedBy: .police, caseworker: "ada")), by: Actor(login: "ada"), now: { Self.noon }, zone: Self.utc)
        caseID = try #require(created)
        session = StoreSession(store: store, login: "ada", zone: Self.utc, today: { Self.today }, now: { Self.noon })
        editor = ScriptedEditor(reply: editedText, terminal: terminal)
        runtime = AppRuntime(session: session, terminal: terminal, editor: editor)
    }

    /// The journal's lines.
    func journalLines() throws -> [String] {
        try String(contentsOfFile: store.path, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Holds the journal's lock as another writer would, until `release` is called.
    func holdLock() throws -> HeldLock {
        try HeldLock(path: store.path)
    }
}

/// A terminal that counts repaints and hand-overs.
final class RecordingTerminal: TerminalControl {
    private(set) var invalidations = 0
    private(set) var suspensions = 0
    private(set) var isSuspended = false

    func invalidate() { invalidations += 1 }

    func suspend<Result>(_ body: () throws -> Result) rethrows -> Result {
        suspensions += 1
        isSuspended = true
        defer { isSuspended = false }
        return try body()
    }
}

/// An editor that answers `reply` and notes what it was given and whether the terminal was
/// handed over while it ran.
final class ScriptedEditor: EditorLauncher {
    let reply: String?
    let terminal: RecordingTerminal
    private(set) var texts: [String] = []
    private(set) var ranWithTerminalHandedOver = false

    init(reply: String?, terminal: RecordingTerminal) {
        self.reply = reply
        self.terminal = terminal
    }

    func edit(_ text: String) -> String? {
        texts.append(text)
        ranWithTerminalHandedOver = terminal.isSuspended
        return reply
    }
}

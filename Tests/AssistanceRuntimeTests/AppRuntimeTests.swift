import AssistanceCore
@testable import AssistanceRuntime
import AssistanceTUI
import Foundation
import Testing

/// Issue 14: every effect is carried out by `AppRuntime`, one test per effect, on a real
/// journal in a temporary directory.
@Suite struct AppRuntimeTests {
    /// The events `answer` carries; nil for `.quit`.
    func events(_ answer: RuntimeAnswer) -> [Event]? {
        if case .events(let events) = answer { return events }
        return nil
    }

    @Test func appendSavesOnAWorkerAndAnswersWithTheJournalThenAppended() throws {
        let fixture = try RuntimeFixture()
        let before = try fixture.journalLines().count
        let answered = try #require(events(fixture.runtime.perform(.append(.addNote(caseID: fixture.caseID, text: "Called the shelter")))))
        let all = answered + fixture.runtime.waitForSave()
        let context = fixture.session.context()
        #expect(all == [.journalChanged(context), .effectResult(.appended(createdID: nil))])
        #expect(context.state.notes.map(\.text) == ["Called the shelter"])
        #expect(try fixture.journalLines().count == before + 1)
    }

    @Test func aRefusedAppendNamesTheFieldAndWritesNothing() throws {
        let fixture = try RuntimeFixture()
        let before = try fixture.journalLines()
        let answered = try #require(events(fixture.runtime.perform(.append(.addNote(caseID: "C-2026-9999", text: "x")))))
        let all = answered + fixture.runtime.waitForSave()
        #expect(all.count == 2)
        guard case .effectResult(.refused(let fieldErrors, let message))? = all.last else {
            Issue.record("Expected a refusal, got \(all)")
            return
        }
        #expect(fieldErrors.values.allSatisfy { $0 == message })
        #expect(message.contains("C-2026-9999"))
        #expect(try fixture.journalLines() == before)
    }

    @Test func checkForChangesAnswersOnlyWhenAnotherProcessAppended() throws {
        let fixture = try RuntimeFixture()
        #expect(fixture.runtime.perform(.checkForChanges) == .events([]))
        let other = try AssistanceStore(openingJournalAt: fixture.store.path)
        _ = try other.perform(.addNote(caseID: fixture.caseID, text: "From another terminal"), by: Actor(login: "ada"))
        let answered = try #require(events(fixture.runtime.perform(.checkForChanges)))
        #expect(answered == [.journalChanged(fixture.session.context())])
        #expect(fixture.session.context().state.notes.count == 1)
        #expect(fixture.runtime.perform(.checkForChanges) == .events([]))
    }

    @Test func reloadReadsTheJournalAndSaysItDid() throws {
        let fixture = try RuntimeFixture()
        let other = try AssistanceStore(openingJournalAt: fixture.store.path)
        _ = try other.perform(.addNote(caseID: fixture.caseID, text: "From another terminal"), by: Actor(login: "ada"))
        let answered = try #require(events(fixture.runtime.perform(.reload)))
        #expect(answered == [.journalChanged(fixture.session.context()), .effectResult(.reloaded)])
        #expect(fixture.session.context().state.notes.count == 1)
    }

    @Test func writeFilesWritesPrivateFilesAndNeverOverwrites() throws {
        let fixture = try RuntimeFixture()
        let target = fixture.directory.file("reports/2026")
        let files = [OutputFile(name: "cases.csv", contents: "a\r\n"), OutputFile(name: "steps.csv", contents: "b\r\n")]
        let written = fixture.runtime.perform(.writeFiles(directory: target, files: files))
        #expect(written == .events([.effectResult(.filesWritten(directory: target, paths: [target + "/cases.csv", target + "/steps.csv"]))]))
        #expect(try String(contentsOfFile: target + "/cases.csv", encoding: .utf8) == "a\r\n")
        let mode = try FileManager.default.attributesOfItem(atPath: target + "/steps.csv")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let again = fixture.runtime.perform(.writeFiles(directory: target, files: files))
        #expect(again == .events([.effectResult(.filesNotWritten(message: "Nothing was written: 2 files are already there; pick another directory."))]))
    }

    @Test func openEditorHandsTheTerminalToTheEditorAndAnswersItsText() throws {
        let fixture = try RuntimeFixture(editedText: "Met at the station.\nShe will call back.")
        let answered = fixture.runtime.perform(.openEditor(text: "Met at the station."))
        #expect(answered == .events([.effectResult(.edited("Met at the station.\nShe will call back."))]))
        #expect(fixture.editor.texts == ["Met at the station."])
        #expect(fixture.editor.ranWithTerminalHandedOver)
        #expect(fixture.terminal.suspensions == 1)
        #expect(!fixture.terminal.isSuspended)
    }

    @Test func redrawRepaintsTheWholeTerminal() throws {
        let fixture = try RuntimeFixture()
        #expect(fixture.runtime.perform(.redraw) == .events([]))
        #expect(fixture.terminal.invalidations == 1)
    }

    @Test func quitEndsTheApp() throws {
        let fixture = try RuntimeFixture()
        #expect(fixture.runtime.perform(.quit) == .quit)
        #expect(fixture.terminal.invalidations == 0)
    }

    /// Esc while another process holds the lock: the save gives up, says so, and writes nothing.
    @Test func cancelSaveGivesUpASaveWaitingForTheLock() throws {
        let fixture = try RuntimeFixture()
        let before = try fixture.journalLines()
        let lock = try fixture.holdLock()
        #expect(fixture.runtime.perform(.append(.addNote(caseID: fixture.caseID, text: "x"))) == .events([]))
        #expect(fixture.runtime.collect() == [])
        #expect(fixture.runtime.perform(.cancelSave) == .events([]))
        let answer = fixture.runtime.waitForSave()
        lock.release()
        let cancelled = "Saving was cancelled while waiting for the lock of the journal \(fixture.store.path); nothing was saved."
        #expect(answer == [.journalChanged(fixture.session.context()), .effectResult(.refused(fieldErrors: [:], message: cancelled))])
        #expect(try fixture.journalLines() == before)
    }

    /// Quitting never ends the process mid-write: a save waiting for the lock is cancelled
    /// and answered before `.quit` comes back.
    @Test func quitDuringASaveCancelsItAndWaitsForItsAnswer() throws {
        let fixture = try RuntimeFixture()
        let before = try fixture.journalLines()
        let lock = try fixture.holdLock()
        _ = fixture.runtime.perform(.append(.addNote(caseID: fixture.caseID, text: "x")))
        #expect(fixture.runtime.perform(.quit) == .quit)
        lock.release()
        #expect(fixture.runtime.inFlight == nil)
        #expect(try fixture.journalLines() == before)
    }

    /// While a save holds the store, journal polls are dropped and other effects wait, in
    /// order, until its answer is in; then each is carried out.
    @Test func effectsDuringASaveWaitForItsAnswer() throws {
        let fixture = try RuntimeFixture()
        let lock = try fixture.holdLock()
        _ = fixture.runtime.perform(.append(.addNote(caseID: fixture.caseID, text: "Called the shelter")))
        #expect(fixture.runtime.perform(.checkForChanges) == .events([]))
        #expect(fixture.runtime.perform(.reload) == .events([]))
        #expect(fixture.runtime.perform(.redraw) == .events([]))
        #expect(fixture.terminal.invalidations == 1)
        #expect(fixture.runtime.performDeferred() == nil)
        lock.release()
        let saved = fixture.runtime.waitForSave()
        #expect(saved.last == .effectResult(.appended(createdID: nil)))
        #expect(fixture.runtime.performDeferred() == .events([.journalChanged(fixture.session.context()), .effectResult(.reloaded)]))
        #expect(fixture.runtime.performDeferred() == nil)
    }
}

import Foundation
import Testing
@testable import AssistanceCore
import TestSupport

/// `assist recover` through the core: only an admin of the valid part, only on the journal
/// as planned, never on an intact one; every kind of damage.
@Suite struct RecoveryTests {
    /// The side files recovery left beside `path`, finished or not.
    func recoveredFiles(beside path: String) -> [String] {
        let directory = (path as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.contains(".recovered-") }
    }

    @Test func anIntactJournalHasNothingToRecover() throws {
        let directory = TemporaryDirectory()
        let fixture = try ForgeryFixture(in: directory.path)
        let store = try AssistanceStore(openingJournalAt: fixture.path)
        #expect(try store.recoveryPlan() == nil)
    }

    @Test func onlyAnAdminOfTheValidPartMayRecover() throws {
        let directory = TemporaryDirectory()
        let fixture = try ForgeryFixture(in: directory.path)
        // The forged line makes Mette an admin; in the valid part she is a caseworker.
        try forgeEntry(in: fixture.path, actor: "mette", type: "user.role_changed", data: jsonObject(["login": "mette", "role": "admin"]))
        let before = fileBytes(fixture.path)
        let store = try AssistanceStore(openingJournalAt: fixture.path)
        let plan = try #require(try store.recoveryPlan())
        #expect(store.state.user("mette")?.role == .caseworker)
        for (actor, role) in [(Actor(login: "mette"), "caseworker"), (Actor(login: "karin"), "supervisor"), (Actor(login: "admin", onBehalfOf: "karin"), "supervisor")] {
            let refused = #expect(throws: CommandError.self) { try store.recover(plan, by: actor) }
            #expect(refused?.message == "A \(role) may not record journal.recovered; it needs the role admin or higher.")
        }
        #expect(fileBytes(fixture.path) == before)
        #expect(recoveredFiles(beside: fixture.path).isEmpty)
        #expect(store.damage != nil)
    }

    @Test func aJournalThatChangedAfterThePlanIsLeftAlone() throws {
        let directory = TemporaryDirectory()
        let fixture = try ForgeryFixture(in: directory.path)
        try forgeEntry(in: fixture.path, actor: "intruder", type: "note.added", data: jsonObject(["case": .string(fixture.caseID), "text": "x"]))
        let store = try AssistanceStore(openingJournalAt: fixture.path)
        let plan = try #require(try store.recoveryPlan())
        try forgeEntry(in: fixture.path, actor: "intruder", type: "note.added", data: jsonObject(["case": .string(fixture.caseID), "text": "y"]))
        let before = fileBytes(fixture.path)
        #expect(throws: RecoveryRefusal.self) { try store.recover(plan, by: Actor(login: "admin")) }
        #expect(fileBytes(fixture.path) == before)
        #expect(recoveredFiles(beside: fixture.path).isEmpty)
        #expect(store.damage != nil)
        #expect(throws: JournalError.self) { try store.perform(.addNote(caseID: fixture.caseID, text: "z"), by: Actor(login: "mette")) }
        // A fresh plan sees both lines and recovers them.
        let again = try AssistanceStore(openingJournalAt: fixture.path)
        let second = try #require(try again.recoveryPlan())
        #expect(second.details.lastLine == second.details.firstLine + 1)
        try again.recover(second, by: Actor(login: "admin"))
        #expect(AssistanceStore.verify(at: fixture.path).problem == nil)
    }

    @Test func changedBytesInTheMiddleAreSetAsideWithEverythingAfterThem() throws {
        let directory = TemporaryDirectory()
        let fixture = try ForgeryFixture(in: directory.path)
        var lines: [[UInt8]] = fileBytes(fixture.path).split(separator: 0x0A).map { Array($0) }
        let target = 6  // file line 7
        // "City Clinic" becomes "Cita Clinic" in the organisation's line.
        let index = try #require((0..<(lines[target].count - 4)).first { lines[target][$0..<($0 + 4)].elementsEqual("City".utf8) })
        lines[target][index + 3] = UInt8(ascii: "a")
        let damaged: [UInt8] = lines.flatMap { $0 + [0x0A] }
        writeFile(fixture.path, damaged)
        let kept: [UInt8] = lines[..<target].flatMap { $0 + [0x0A] }
        let store = try AssistanceStore(openingJournalAt: fixture.path)
        guard case .damaged(_, let line, let reason)? = store.damage else {
            Issue.record("the changed line is not damage")
            return
        }
        #expect(line == target + 1)
        let plan = try #require(try store.recoveryPlan())
        #expect(plan.details.firstLine == target + 1 && plan.details.lastLine == lines.count)
        #expect(plan.summary == "Lines \(target + 1)–\(lines.count) (\(lines.count - target) lines, \(damaged.count - kept.count) bytes) after entry \(target - 1) fail: "
            + "\(reason). They will be moved to \(plan.sidePath) beside the journal, the journal cut back to entry \(target - 1), and entry \(target) will record this.")
        try store.recover(plan, by: Actor(login: "admin"))
        #expect(Array(fileBytes(fixture.path).prefix(kept.count)) == kept)
        #expect(fileBytes(plan.sidePath) == Array(damaged.dropFirst(kept.count)))
        #expect(AssistanceStore.verify(at: fixture.path).problem == nil)
    }

    @Test("a forged entry deep in a long journal is found whatever the chunks", arguments: [150, 4096, ChunkReader.defaultChunkSize])
    func deepForgeryAcrossChunks(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let entries = DemoJournal.entries(
            seed: 3, cases: 40, creator: "admin", today: CalendarDate(iso: "2026-11-30")!, zone: TimeZone(identifier: "UTC")!)
        try JournalFile.create(at: path).appendBatch(entries)
        let intact = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        try #require(intact.damage == nil)
        let size = fileBytes(path).count
        let forged = try forgeEntry(in: path, actor: "admin", onBehalfOf: "nobody", type: "note.added", data: jsonObject(["case": "C-2025-0001", "text": "x"]),
                                    at: try #require(entries.last).timestamp)
        // A valid entry after the forged one changes nothing: the forged one is the damage.
        try forgeEntry(in: path, actor: "admin", type: "user.added", data: jsonObject(["login": "later", "display_name": "L", "role": "caseworker"]),
                       at: try #require(entries.last).timestamp)
        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        #expect(store.damage == .damaged(
            path: path, line: entries.count + 2,
            reason: "entry \(entries.count + 1) (note.added) breaks a rule: there is no registered user 'nobody'"))
        #expect(store.file.goodLength == Int64(size))
        #expect(store.file.headHash == intact.file.headHash)
        #expect(store.state.entryCount == entries.count)
        #expect(store.state.user("later") == nil)
        #expect(forged.count > 0)
    }

    @Test func aTailThatIsDamageIsSetAsideToo() throws {
        let directory = TemporaryDirectory()
        let fixture = try ForgeryFixture(in: directory.path)
        let kept = fileBytes(fixture.path)
        let zeros = [UInt8](repeating: 0, count: 4096)
        writeFile(fixture.path, kept + zeros)
        let store = try AssistanceStore(openingJournalAt: fixture.path)
        #expect(store.damage != nil)
        let plan = try #require(try store.recoveryPlan())
        #expect(plan.details.firstLine == plan.details.lastLine && plan.details.byteCount == zeros.count)
        try store.recover(plan, by: Actor(login: "admin"))
        #expect(Array(fileBytes(fixture.path).prefix(kept.count)) == kept)
        #expect(fileBytes(plan.sidePath) == zeros)
        #expect(AssistanceStore.verify(at: fixture.path).problem == nil)
    }
}

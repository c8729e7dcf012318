import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Replay decodes, hashes and decodes commands on both cores once a chunk holds more than
/// `LineBatch.parallelThreshold` lines, and streams entries into the state (issue 6). These
/// journals are big enough for that path, and put the damage in the second core's half.
@Suite("Parallel replay")
struct ParallelReplayTests {
    /// A demo journal of well over the parallel threshold, and its lines, each with its `\n`.
    private func makeDemoJournal(_ directory: TemporaryDirectory) throws -> (path: String, lines: [[UInt8]]) {
        let path = directory.file("journal.jsonl")
        let entries = DemoJournal.entries(
            seed: 3, cases: 60, creator: "admin", today: CalendarDate(iso: "2026-11-30")!, zone: TimeZone(identifier: "UTC")!)
        try #require(entries.count > 3 * LineBatch.parallelThreshold)
        try JournalFile.create(at: path).appendBatch(entries)
        let lines = fileBytes(path).split(separator: 0x0A).map { Array($0) + [0x0A] }
        return (path, lines)
    }

    @Test("the store's streamed, parallel replay builds the same state as applying every entry in turn")
    func sameStateAsEntryByEntry() throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeDemoJournal(directory)
        let store = try AssistanceStore(openingJournalAt: path)
        var reference = AssistanceState()
        reference.apply(try JournalFile.open(at: path).readNewEntries())

        #expect(store.damage == nil)
        #expect(store.state.entryCount == lines.count - 1)
        #expect(store.state.lastSeq == reference.lastSeq)
        #expect(store.state.problems == reference.problems)
        #expect(store.state.users == reference.users)
        #expect(store.state.organisations == reference.organisations)
        #expect(store.state.cases == reference.cases)
        #expect(store.state.steps == reference.steps)
        #expect(store.state.referrals == reference.referrals)
        #expect(store.state.notes == reference.notes)
        #expect(store.state.amendments == reference.amendments)
    }

    @Test("a changed time deep in the second half names its line; the store keeps every entry before it")
    func changedBytesInTheSecondHalf() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeDemoJournal(directory)
        let target = lines.count * 3 / 4  // file line target + 1, entry target
        let marker = Array("\"ts\":\"".utf8)
        let start = try #require(firstIndex(of: marker, in: lines[target]))
        let lastDigit = start + marker.count + 22  // the last millisecond digit of the time
        lines[target][lastDigit] = lines[target][lastDigit] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
        writeFile(path, lines.flatMap { $0 })

        let store = try AssistanceStore(openingJournalAt: path)
        guard case .damaged(_, let line, _)? = store.damage else {
            Issue.record("damage was not reported: \(String(describing: store.damage))")
            return
        }
        #expect(line == target + 1)
        #expect(store.state.entryCount == target - 1)
        #expect(store.state.lastSeq == target - 1)
        if case .damaged(_, let reported, _)? = JournalFile.verify(at: path).problem {
            #expect(reported == target + 1)
        } else {
            Issue.record("verify passed a damaged journal")
        }
    }

    @Test("broken JSON deep in the second half names its line, with the entries before it intact")
    func brokenStructureInTheSecondHalf() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeDemoJournal(directory)
        let target = lines.count - 40
        lines[target][0] = UInt8(ascii: "x")
        writeFile(path, lines.flatMap { $0 })

        let journal = try JournalFile.open(at: path)
        #expect(throws: JournalError.self) { try journal.readNewEntries() }
        #expect(try journal.readNewEntries().count == target - 1)
        let store = try AssistanceStore(openingJournalAt: path)
        guard case .damaged(_, let line, _)? = store.damage else {
            Issue.record("damage was not reported")
            return
        }
        #expect(line == target + 1)
        #expect(store.state.entryCount == target - 1)
    }

    private func firstIndex(of marker: [UInt8], in line: [UInt8]) -> Int? {
        guard line.count >= marker.count else { return nil }
        return (0...(line.count - marker.count)).first { line[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

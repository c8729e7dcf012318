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

    /// Chunk sizes that put boundaries everywhere: shorter than most lines (each chunk grows to
    /// hold one), a few lines per chunk, and chunks of more than `parallelThreshold` lines, so the
    /// next chunk decodes in the background while the store applies the current one.
    static let chunkSizes = [150, 4096, 100_000]

    @Test("replay over many chunks builds the same state as one big read", arguments: chunkSizes)
    func manyChunksGiveTheSameState(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeDemoJournal(directory)
        let chunked = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        let whole = try AssistanceStore(openingJournalAt: path)

        #expect(chunked.damage == nil)
        #expect(chunked.file.tornTailByteCount == 0)
        #expect(chunked.state.entryCount == lines.count - 1)
        #expect(chunked.file.headHash == whole.file.headHash)
        #expect(chunked.state.cases == whole.state.cases)
        #expect(chunked.state.steps == whole.state.steps)
        #expect(chunked.state.referrals == whole.state.referrals)
        #expect(chunked.state.notes == whole.state.notes)
        #expect(chunked.state.problems == whole.state.problems)
    }

    @Test("damage in a late chunk names its line and keeps every entry before it", arguments: chunkSizes)
    func damageInALateChunk(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeDemoJournal(directory)
        let target = lines.count - 7
        lines[target][1] = UInt8(ascii: "x")
        writeFile(path, lines.flatMap { $0 })

        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        guard case .damaged(_, let line, _)? = store.damage else {
            Issue.record("damage was not reported: \(String(describing: store.damage))")
            return
        }
        #expect(line == target + 1)
        #expect(store.state.entryCount == target - 1)
    }

    @Test("a torn last line after many chunks is left unread, not damage", arguments: chunkSizes)
    func tornTailAfterManyChunks(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeDemoJournal(directory)
        let torn = Array(lines[lines.count - 1].dropLast().prefix(90))
        writeFile(path, lines.flatMap { $0 } + torn)

        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        #expect(store.damage == nil)
        #expect(store.file.tornTailByteCount == torn.count)
        #expect(store.state.entryCount == lines.count - 1)
    }

    private func firstIndex(of marker: [UInt8], in line: [UInt8]) -> Int? {
        guard line.count >= marker.count else { return nil }
        return (0...(line.count - marker.count)).first { line[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

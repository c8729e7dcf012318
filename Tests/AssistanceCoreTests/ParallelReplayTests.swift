import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Replay reads the journal in chunks; while the store applies one, the next is decoded and
/// hashed on a background thread once it holds more than `LineBatch.parallelThreshold` lines
/// (issue 6). Small chunk sizes make a small journal cross many chunk boundaries, so each test
/// runs the single-chunk path (the default size), lines longer than a chunk, and the pipeline.
@Suite("Parallel replay")
struct ParallelReplayTests {
    /// A demo journal of well over the parallel threshold, and its lines, each with its `\n`.
    /// In format `version` 1, lines have no `sum` and only the next line vouches for each: the
    /// reader holds back each chunk's last line until then.
    private func makeDemoJournal(_ directory: TemporaryDirectory, version: Int = 2) throws -> (path: String, lines: [[UInt8]]) {
        let path = directory.file("journal.jsonl")
        let entries = DemoJournal.entries(
            seed: 3, cases: 60, creator: "admin", today: CalendarDate(iso: "2026-11-30")!, zone: TimeZone(identifier: "UTC")!)
        try #require(entries.count > 3 * LineBatch.parallelThreshold)
        if version == 1 {
            writeFile(path, version1JournalBytes(entries.enumerated().map { index, item in
                JournalEntry(seq: index + 1, timestamp: item.timestamp, actor: item.actor, type: item.draft.type, data: item.draft.data)
            }))
        } else {
            try JournalFile.create(at: path).appendBatch(entries)
        }
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

    /// Chunk sizes that put boundaries everywhere: shorter than most lines (each chunk grows to
    /// hold one), a few lines per chunk, chunks of more than `parallelThreshold` lines, so the
    /// next chunk decodes in the background while the store applies the current one, and the
    /// default, which holds the whole test journal.
    static let chunkSizes = [150, 4096, 100_000, ChunkReader.defaultChunkSize]

    /// The line `damage` names, or nil (with an issue recorded) when it is not damage.
    private func damagedLine(_ damage: JournalError?, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        guard case .damaged(_, let line, _)? = damage else {
            Issue.record("damage was not reported: \(String(describing: damage))", sourceLocation: sourceLocation)
            return nil
        }
        return line
    }

    @Test("a changed time deep in the journal names its line; the store keeps every entry before it", arguments: chunkSizes, [1, 2])
    func changedBytesDeepIn(chunkSize: Int, version: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeDemoJournal(directory, version: version)
        let target = lines.count * 3 / 4  // file line target + 1, entry target
        let marker = Array("\"ts\":\"".utf8)
        let start = try #require(firstIndex(of: marker, in: lines[target]))
        let lastDigit = start + marker.count + 22  // the last millisecond digit of the time
        lines[target][lastDigit] = lines[target][lastDigit] == UInt8(ascii: "7") ? UInt8(ascii: "8") : UInt8(ascii: "7")
        writeFile(path, lines.flatMap { $0 })

        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        #expect(damagedLine(store.damage) == target + 1)
        #expect(store.state.entryCount == target - 1)
        #expect(store.state.lastSeq == target - 1)
        #expect(damagedLine(JournalFile.verify(at: path).problem) == target + 1)
    }

    @Test("broken JSON deep in the journal names its line, with the entries before it intact", arguments: chunkSizes)
    func brokenStructureDeepIn(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeDemoJournal(directory)
        let target = lines.count - 40
        lines[target][0] = UInt8(ascii: "x")
        writeFile(path, lines.flatMap { $0 })

        let journal = try JournalFile.open(at: path)
        #expect(throws: JournalError.self) { try journal.readNewEntries() }
        #expect(try journal.readNewEntries().count == target - 1)
        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        #expect(damagedLine(store.damage) == target + 1)
        #expect(store.state.entryCount == target - 1)
    }

    @Test("replay over many chunks builds the same state as one big read", arguments: chunkSizes, [1, 2])
    func manyChunksGiveTheSameState(chunkSize: Int, version: Int) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeDemoJournal(directory, version: version)
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

    @Test("a torn last line after many chunks is left unread, not damage", arguments: chunkSizes)
    func tornTailAfterManyChunks(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeDemoJournal(directory)
        let torn = Array(lines[lines.count - 1].prefix(90))
        writeFile(path, lines.dropLast().flatMap { $0 } + torn)

        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        #expect(store.damage == nil)
        #expect(store.file.tornTailByteCount == torn.count)
        #expect(store.state.entryCount == lines.count - 2)
    }

    @Test("a copy of an earlier line's start after the last line is damage, not a torn tail", arguments: chunkSizes)
    func staleTailAfterManyChunks(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeDemoJournal(directory)
        writeFile(path, lines.flatMap { $0 } + Array(lines[lines.count - 1].prefix(90)))

        let store = try AssistanceStore(openingJournalAt: path, system: .live, readChunkSize: chunkSize)
        #expect(damagedLine(store.damage) == lines.count + 1)
        #expect(store.state.entryCount == lines.count - 1)
    }

    private func firstIndex(of marker: [UInt8], in line: [UInt8]) -> Int? {
        guard line.count >= marker.count else { return nil }
        return (0...(line.count - marker.count)).first { line[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}

import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Journals written before lines carried a `sum` keep working without any rewrite (issue 13),
/// and the line format's limits hold at append.
@Suite("Journal format versions")
struct JournalVersionTests {
    /// `Tests/Fixtures/journal-v1.jsonl`: written by the previous version (`assist demo --cases 3`,
    /// then two `assist note add`, one with `--as`), 60 entries; its head hash as that version's
    /// `verify` printed it.
    static let fixture = "journal-v1.jsonl"
    static let fixtureHeadHash = "6dc9e4623657f8e426ad67973d32860fc548af416fb8c7bbb6ab904e0aa390ba"

    @Test("a journal written by the previous version opens, verifies with the head hash it had, and replays")
    func previousVersionOpens() throws {
        let directory = TemporaryDirectory()
        let path = try copyFixture(Self.fixture, to: directory.file("journal.jsonl"))
        let journal = try JournalFile.open(at: path)
        #expect(journal.header.version == 1 && !journal.header.isDemo)
        #expect(try journal.readNewEntries().count == 60)
        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil && verification.entryCount == 60 && verification.tornTailByteCount == 0)
        #expect(verification.headHash == Self.fixtureHeadHash)
        let store = try AssistanceStore(openingJournalAt: path)
        #expect(store.damage == nil)
        #expect(store.state.cases.count == 3)
    }

    @Test("it takes appends with sums, keeps every old byte, and verifies again")
    func previousVersionTakesAppends() throws {
        let directory = TemporaryDirectory()
        let path = try copyFixture(Self.fixture, to: directory.file("journal.jsonl"))
        let old = fileBytes(path)
        let journal = try JournalFile.open(at: path)
        try appendSamples(journal, count: 2, startingAt: 61)
        let bytes = fileBytes(path)
        #expect(Array(bytes.prefix(old.count)) == old)
        let newLines = bytes[old.count...].split(separator: 0x0A).map { Array($0) }
        #expect(newLines.count == 2)
        for line in newLines {
            let suffix = line.withUnsafeBytes { JournalLineFormat.checksumSuffix(of: $0) }
            #expect(suffix != nil)
        }
        // The first new line chains onto the old head as it was.
        #expect(String(decoding: newLines[0], as: UTF8.self).contains("\"prev\":\"\(Self.fixtureHeadHash)\""))
        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil && verification.entryCount == 62)
        #expect(try JournalFile.open(at: path).header.version == 1)
    }

    @Test("in it, a line without a sum after one with a sum is damage")
    func previousVersionThenALineWithoutSum() throws {
        let directory = TemporaryDirectory()
        let path = try copyFixture(Self.fixture, to: directory.file("journal.jsonl"))
        let journal = try JournalFile.open(at: path)
        try appendSamples(journal, count: 1, startingAt: 61)
        let head = try #require(ChainHash(hexadecimal: journal.headHash))
        var line: [UInt8] = []
        JournalLineFormat.appendEntryLine(sampleEntries(1, startingAt: 62)[0], previous: head, to: &line)
        let oldStyle = Array(line.dropLast(JournalLineFormat.checksumSuffixLength + 1)) + Array("}\n".utf8)
        writeFile(path, fileBytes(path) + oldStyle)
        #expect(try expectDamage(at: path, line: 63, goodEntries: 61) == "it has no checksum, though a line before it has one")
    }

    @Test("headers of versions 1 and 2 are read, 3 is not; a new journal is version 2; the demo mark comes after created")
    func headerVersions() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        #expect(try JournalFile.create(at: path).header.version == 2)
        #expect(try JournalFile.open(at: path).header.version == 2)
        func decode(_ header: JournalHeader) -> JournalHeader? {
            let line = header.lineBytes.dropLast()
            return try? line.withUnsafeBytes { JournalHeader.decode($0) }.get()
        }
        let identifier = String(repeating: "ab", count: 16)
        for version in [1, 2] {
            let header = JournalHeader(version: version, journalID: identifier, created: sampleTime)
            #expect(decode(header) == header)
        }
        #expect(decode(JournalHeader(version: 3, journalID: identifier, created: sampleTime)) == nil)
        let demo = JournalHeader(journalID: identifier, created: sampleTime, isDemo: true)
        #expect(String(decoding: demo.lineBytes, as: UTF8.self).hasSuffix("\"created\":\"2026-11-30T00:53:28.123Z\",\"demo\":true}\n"))
        #expect(decode(demo)?.isDemo == true)
        #expect(try JournalFile.create(at: directory.file("demo.jsonl"), isDemo: true).header.isDemo)
        #expect(try JournalFile.open(at: directory.file("demo.jsonl")).header.isDemo)
    }

    @Test("an entry whose line would pass the longest line is refused before anything is written, naming the text to shorten")
    func longestLine() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let journal = try JournalFile.create(at: path)
        func draft(_ length: Int) -> EventDraft {
            EventDraft(type: "note.added", data: .object([
                JSONMember("case", "C-2026-0001"), JSONMember("text", .string(String(repeating: "a", count: length))),
            ]))
        }
        var probe: [UInt8] = []
        let shortest = JournalEntry(seq: 1, timestamp: sampleTime, actor: "admin", type: "note.added", data: draft(0).data)
        JournalLineFormat.appendEntryLine(shortest, previous: ChainHash(hexadecimal: journal.headHash)!, to: &probe)
        let fitting = JournalLimits.maximumLineLength - probe.count
        let before = fileBytes(path)

        let refusal = JournalError.entryTooLong(path: path, type: "note.added", field: "text", byteCount: JournalLimits.maximumLineLength + 1)
        #expect(throws: refusal) { try journal.append(actor: "admin", now: { sampleTime }) { _ in ([draft(fitting + 1)], ()) } }
        #expect(refusal.description.contains("shorten its text"))
        #expect(fileBytes(path) == before)

        _ = try journal.append(actor: "admin", now: { sampleTime }) { _ in ([draft(fitting)], ()) }
        #expect(fileBytes(path).count == before.count + JournalLimits.maximumLineLength)
        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil && verification.entryCount == 1)
    }
}

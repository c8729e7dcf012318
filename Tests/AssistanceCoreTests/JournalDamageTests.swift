import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Damage in the middle of a journal, in both formats: lines that vouch for themselves
/// (version 2) and lines written before they did (version 1), which only the next line's
/// `prev` vouches for.
@Suite("Journal damage")
struct JournalDamageTests {
    /// A journal of 6 sample entries (file lines 1–7) in format `version` and its lines, each with its `\n`.
    private func makeJournal(_ directory: TemporaryDirectory, version: Int) throws -> (path: String, lines: [[UInt8]]) {
        let path = directory.file("journal.jsonl")
        if version == 1 {
            writeFile(path, version1JournalBytes(sampleEntries(6)))
        } else {
            try appendSamples(JournalFile.create(at: path), count: 6)
        }
        let lines = fileBytes(path).split(separator: 0x0A).map { Array($0) + [0x0A] }
        return (path, lines)
    }

    static let versions = [1, 2]

    @Test("a flipped letter inside a middle line's text names that line", arguments: versions)
    func flippedLetter(version: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, version: version)
        let target = 3  // 0-based: file line 4, entry 3
        let position = try #require(lines[target].firstIndex(of: UInt8(ascii: "N")))
        lines[target][position] = UInt8(ascii: "M")
        writeFile(path, lines.flatMap { $0 })
        let reason = try expectDamage(at: path, line: 4, goodEntries: 2)
        #expect(reason == (version == 1
            ? "its bytes no longer match the SHA-256 recorded in the next line" : "its bytes do not match its checksum"))
    }

    @Test("a flipped byte that breaks a middle line's JSON names that line", arguments: versions)
    func flippedStructure(version: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, version: version)
        lines[3][0] = UInt8(ascii: "x")
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(at: path, line: 4, goodEntries: 2)
    }

    @Test("a changed prev names its own line", arguments: versions)
    func changedPrevious(version: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, version: version)
        let marker = Array("\"prev\":\"".utf8)
        let start = try #require((0..<lines[3].count).first { lines[3][$0...].starts(with: marker) })
        let lastDigit = start + marker.count + 63
        lines[3][lastDigit] = lines[3][lastDigit] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(at: path, line: 4, goodEntries: 2)
    }

    @Test("a removed line is a sequence gap at the line after it", arguments: versions)
    func removedLine(version: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, version: version)
        lines.remove(at: 3)
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(at: path, line: 4, goodEntries: 2)
    }

    @Test("a NUL-filled middle line with entries after it is damage, not a torn tail", arguments: versions)
    func zeroedMiddleLine(version: Int) throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, version: version)
        lines[5] = [UInt8](repeating: 0, count: lines[5].count - 1) + [0x0A]
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(at: path, line: 6, goodEntries: 4)
    }

    @Test("a line whose sum and content were both rewritten breaks the chain at the next line")
    func rewrittenLineWithItsSum() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, version: 2)
        // Entry 3 rewritten as a forger would: other text, and a sum that matches it.
        var decoded = try lines[3].dropLast().withUnsafeBytes { try JournalLineFormat.decodeEntry($0) }
        decoded.entry.data = .object([JSONMember("case", "C-2026-3"), JSONMember("text", "Another text")])
        var forged: [UInt8] = []
        JournalLineFormat.appendEntryLine(decoded.entry, previous: decoded.previousHash, to: &forged)
        lines[3] = forged
        writeFile(path, lines.flatMap { $0 })
        let reason = try expectDamage(at: path, line: 5, goodEntries: 3)
        #expect(reason == "its prev does not match the SHA-256 of the line before it")
    }

    @Test("a line whose sum was removed is damage in a version 2 journal, and after a line with a sum in a version 1 journal")
    func lineWithoutItsSum() throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeJournal(directory, version: 2)
        // Entry 6, without its sum: the chain itself still holds (prev is the content's hash).
        let withoutSum = Array(lines[6].dropLast(JournalLineFormat.checksumSuffixLength + 1)) + Array("}\n".utf8)
        writeFile(path, lines.dropLast().flatMap { $0 } + withoutSum)
        let reason = try expectDamage(at: path, line: 7, goodEntries: 5)
        #expect(reason == "it has no checksum, which every line of a version 2 journal has")

        // A version 1 journal whose entries 1–5 have no sum, then entry 6 with one, then entry 7 without.
        let oldPath = directory.file("old.jsonl")
        writeFile(oldPath, version1JournalBytes(sampleEntries(5)))
        try appendSamples(JournalFile.open(at: oldPath), count: 1, startingAt: 6)
        let oldJournal = try JournalFile.open(at: oldPath)
        #expect(try oldJournal.readNewEntries().count == 6)
        var oldLine: [UInt8] = []
        let next = sampleEntries(1, startingAt: 7)[0]
        JournalLineFormat.appendEntryLine(next, previous: ChainHash(hexadecimal: oldJournal.headHash)!, to: &oldLine)
        let oldStyle = Array(oldLine.dropLast(JournalLineFormat.checksumSuffixLength + 1)) + Array("}\n".utf8)
        writeFile(oldPath, fileBytes(oldPath) + oldStyle)
        let oldReason = try expectDamage(at: oldPath, line: 8, goodEntries: 6)
        #expect(oldReason == "it has no checksum, though a line before it has one")
    }

    @Test("in a version 1 journal, a changed last line without a sum is named when the first line with a sum records it",
          arguments: [150, ChunkReader.defaultChunkSize])
    func changedLineBeforeTheFirstSum(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        writeFile(path, version1JournalBytes(sampleEntries(5)))
        try appendSamples(JournalFile.open(at: path), count: 1, startingAt: 6)
        var lines = fileBytes(path).split(separator: 0x0A).map { Array($0) + [0x0A] }
        let position = try #require(lines[5].firstIndex(of: UInt8(ascii: "N")))
        lines[5][position] = UInt8(ascii: "M")  // entry 5, file line 6, the last without a sum
        writeFile(path, lines.flatMap { $0 })

        let journal = try JournalFile.open(at: path)
        journal.readChunkSize = chunkSize
        #expect(throws: JournalError.damaged(path: path, line: 6, reason: "its bytes no longer match the SHA-256 recorded in the next line")) {
            try journal.readNewEntries()
        }
        #expect(try journal.readNewEntries().map(\.seq) == [1, 2, 3, 4])
        try expectDamage(at: path, line: 6, goodEntries: 4)
    }
}

extension ChainHash {
    /// Decodes 64 lowercase hexadecimal digits given as text (tests only).
    init?(hexadecimal text: String) {
        guard let decoded = Array(text.utf8).withUnsafeBytes({ ChainHash(hexadecimal: $0) }) else { return nil }
        self = decoded
    }
}

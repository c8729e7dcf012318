import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Every complete line vouches for itself, and only one unfinished append is a torn tail
/// (issue 13, item 2): whatever else follows the last good line is named damage, and the file
/// is left byte for byte as it was by opening, `verify` and an attempted append.
@Suite("Journal lines vouch for themselves")
struct JournalSelfCheckTests {
    /// A journal of `count` sample entries and its lines, each with its `\n`.
    private func makeJournal(_ directory: TemporaryDirectory, count: Int) throws -> (path: String, lines: [[UInt8]]) {
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: count)
        return (path, fileBytes(path).split(separator: 0x0A).map { Array($0) + [0x0A] })
    }

    /// Flips every bit of line `target` in turn and expects damage named at that line.
    private func flipEveryBit(ofLine target: Int, entries: Int) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeJournal(directory, count: entries)
        for position in lines[target].indices {
            for bit in 0..<8 {
                var changed = lines
                changed[target][position] ^= 1 << bit
                writeFile(path, changed.flatMap { $0 })
                try expectDamage(at: path, line: target + 1, goodEntries: target - 1, "byte \(position) bit \(bit)")
            }
        }
    }

    @Test("every bit of the last entry flipped, its newline's too, is damage named at that line, never a torn tail")
    func flipsInTheLastEntry() throws {
        try flipEveryBit(ofLine: 3, entries: 3)
    }

    @Test("every bit of a middle entry flipped, its newline's too, is damage named at that line")
    func flipsInAMiddleEntry() throws {
        try flipEveryBit(ofLine: 3, entries: 5)
    }

    /// Applies `change` to the last of three entries and returns the reason its damage is named for.
    private func reasonForChangedLastEntry(_ change: (inout [UInt8]) throws -> Void) throws -> String? {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory, count: 3)
        try change(&lines[3])
        writeFile(path, lines.flatMap { $0 })
        return try expectDamage(at: path, line: 4, goodEntries: 2)
    }

    @Test("a flipped bit in the last entry's text is named as a checksum mismatch")
    func flippedTextIsAChecksumMismatch() throws {
        let reason = try reasonForChangedLastEntry { line in line[try #require(line.firstIndex(of: UInt8(ascii: "N")))] ^= 0x01 }
        #expect(reason == "its bytes do not match its checksum")
    }

    @Test("a complete last entry whose newline became another byte is damage: bytes follow a complete entry")
    func lastNewlineReplaced() throws {
        let reason = try reasonForChangedLastEntry { line in line[line.count - 1] = UInt8(ascii: " ") }
        #expect(reason == "bytes follow a complete entry where its newline belongs")
    }

    @Test("a sum written with spaces around it is damage: not where and as the format puts it")
    func spacedSum() throws {
        let reason = try reasonForChangedLastEntry { line in
            let suffix = JournalLineFormat.checksumSuffixLength + 1
            let sum = line[(line.count - suffix + 8)..<(line.count - 3)]
            line = Array(line.dropLast(suffix)) + Array(", \"sum\":\"".utf8) + sum + Array("\" }\n".utf8)
        }
        #expect(reason == "its \"sum\" is not written where and as the format puts it")
    }

    @Test("the last 4 KiB of a journal of a few hundred entries zeroed is damage, and nothing is cut")
    func zeroedLastBlock() throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeJournal(directory, count: 300)
        var bytes = lines.flatMap { $0 }
        let start = bytes.count - 4096
        for index in start..<bytes.count { bytes[index] = 0 }
        writeFile(path, bytes)
        // The first line the zeroes reach, counting from 1: every line wholly before them is good.
        var lineStart = 0, firstHit = 0
        for (index, line) in lines.enumerated() {
            if lineStart + line.count > start { firstHit = index; break }
            lineStart += line.count
        }
        try expectDamage(at: path, line: firstHit + 1, goodEntries: firstHit - 1)
    }

    @Test(
        "NUL bytes, garbage, a second torn tail and bytes after a complete entry are damage, never cut",
        arguments: [
            [0, 0, 0, 0], Array("garbage\n".utf8), [0, 0, 0, 0x0A, 0, 0], Array("{\"seq\":4,\"ts\"\n{\"seq\":4".utf8),
            Array("\n".utf8), Array("not json\nnor this\n".utf8), Array("{\"seq\":4,\"ts\"{\"seq\":4".utf8),
            Array("{\"seq\":5,\"ts\"".utf8), Array("{\"seq\":3".utf8), Array("{\"seq\":41".utf8), Array("{\"seq\" :4".utf8),
            Array("{\"seq\":4,\"ts\":\"2026-11-30\u{1}".utf8), Array("{\"seq\":4,\"data\":{\"a\":1]".utf8),
            Array("{\"seq\":4,\"data\":\"\\q".utf8), Array("{\"seq\":4,\"data\":tru3".utf8), Array("{\"seq\":4}}".utf8),
            Array("{\"seq\":4,\"data\":{}} ".utf8), Array("[\"seq\"".utf8), Array("seq".utf8),
        ] as [[UInt8]])
    func damagingTails(tail: [UInt8]) throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeJournal(directory, count: 3)
        writeFile(path, lines.flatMap { $0 } + tail)
        try expectDamage(at: path, line: 5, goodEntries: 3, "\(tail)")
    }

    @Test("NUL bytes after a torn tail, and a tail as long as the longest line, are damage")
    func tornTailThenMore() throws {
        let directory = TemporaryDirectory()
        let (path, lines) = try makeJournal(directory, count: 3)
        let good = lines.flatMap { $0 }
        writeFile(path, good + Array("{\"seq\":4,\"ts\"".utf8) + [UInt8](repeating: 0, count: 512))
        #expect(try expectDamage(at: path, line: 5, goodEntries: 3) == "NUL bytes follow the last complete line")

        let text = [UInt8](repeating: UInt8(ascii: "a"), count: JournalLimits.maximumLineLength)
        let long = Array("{\"seq\":4,\"ts\":\"2026-11-30T00:53:28.123Z\",\"data\":{\"text\":\"".utf8) + text
        writeFile(path, good + long)
        try expectDamage(at: path, line: 5, goodEntries: 3)
        // One byte shorter than the longest line (its `\n` missing) is still one unfinished append.
        writeFile(path, good + long.prefix(JournalLimits.maximumLineLength - 1))
        let reader = try JournalFile.open(at: path)
        #expect(try reader.readNewEntries().count == 3)
        #expect(reader.tornTailByteCount == JournalLimits.maximumLineLength - 1)
    }

    @Test("a torn tail of a version 1 journal is repaired, and the line appended has a sum")
    func tornTailOfAVersion1Journal() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let good = version1JournalBytes(sampleEntries(3))
        writeFile(path, good + Array("{\"seq\":4,\"ts\":\"2026-11".utf8))
        try appendSamples(JournalFile.open(at: path), count: 1, startingAt: 4)
        #expect(Array(fileBytes(path).prefix(good.count)) == good)
        #expect(tornSideFiles(of: path).count == 1)
        #expect(JournalFile.verify(at: path).entryCount == 4)
        let last = fileBytes(path).dropLast().split(separator: 0x0A).last.map { Array($0) } ?? []
        #expect(last.withUnsafeBytes { JournalLineFormat.checksumSuffix(of: $0) } != nil)
    }
}

/// The scan that decides whether bytes can begin an entry line, checked on its own.
@Suite("Journal tail: one unfinished append")
struct JournalTailTests {
    @Test("every prefix of written lines of every event type is an unfinished append of its seq")
    func everyPrefixOfWrittenLines() {
        for (index, sample) in ReplayDecodingTests.linePerType.enumerated() {
            let entry = JournalEntry(seq: 90 + index, timestamp: sampleTime, actor: "admin", type: sample.type,
                                     data: (try? JSONParser.parse(sample.data)) ?? .null)
            var line: [UInt8] = []
            let previous = [UInt8](repeating: 7, count: 32).withUnsafeBytes { ChainHash(bytes: $0) }
            JournalLineFormat.appendEntryLine(entry, previous: previous, to: &line)
            for cut in 1..<line.count {
                #expect(JournalTail.damage(in: Array(line[..<cut]), nextSeq: 90 + index) == nil, "\(sample.type) cut at \(cut)")
            }
            #expect(JournalTail.damage(in: line.dropLast() + [0x20], nextSeq: 90 + index) != nil)
            #expect(JournalTail.damage(in: Array(line[..<12]), nextSeq: 91 + index) != nil)
        }
    }

    @Test("a seq that can still become the next one is torn; one that cannot is damage")
    func seqPrefixes() {
        #expect(JournalTail.damage(in: Array("{\"seq\":1".utf8), nextSeq: 123) == nil)
        #expect(JournalTail.damage(in: Array("{\"seq\":12".utf8), nextSeq: 123) == nil)
        #expect(JournalTail.damage(in: Array("{\"seq\":123".utf8), nextSeq: 123) == nil)
        #expect(JournalTail.damage(in: Array("{\"seq\":123,".utf8), nextSeq: 123) == nil)
        #expect(JournalTail.damage(in: Array("{\"seq\":13".utf8), nextSeq: 123) != nil)
        #expect(JournalTail.damage(in: Array("{\"seq\":12,".utf8), nextSeq: 123) != nil)
        #expect(JournalTail.damage(in: Array("{\"seq\":1234".utf8), nextSeq: 123) != nil)
        #expect(JournalTail.damage(in: Array("{\"se".utf8), nextSeq: 123) == nil)
        #expect(JournalTail.damage(in: Array("{".utf8), nextSeq: 123) == nil)
    }
}

import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

@Suite("Journal damage")
struct JournalDamageTests {
    /// A journal of 6 sample entries (file lines 1–7) and its lines, each with its `\n`.
    private func makeJournal(_ directory: TemporaryDirectory) throws -> (path: String, lines: [[UInt8]]) {
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 6)
        let lines = fileBytes(path).split(separator: 0x0A).map { Array($0) + [0x0A] }
        return (path, lines)
    }

    /// Checks that `path` is reported damaged at `line`, refuses appends and stays unchanged.
    private func expectDamage(path: String, line: Int, goodEntries: Int) throws {
        let before = fileBytes(path)
        let journal = try JournalFile.open(at: path)
        do {
            _ = try journal.readNewEntries()
            Issue.record("damage was not found")
        } catch {
            guard case .damaged(_, let reported, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(reported == line)
            #expect(!error.description.contains("Note"), "messages never quote line content")
        }
        #expect(journal.readOnlyReason != nil)
        #expect(try journal.readNewEntries().count == goodEntries, "entries before the damage are still handed out")
        #expect(throws: JournalError.self) { try appendSamples(journal, count: 1) }
        #expect(fileBytes(path) == before)
        let verification = JournalFile.verify(at: path)
        #expect(verification.entryCount == goodEntries)
        if case .damaged(_, let reported, _)? = verification.problem { #expect(reported == line) } else { Issue.record("verify passed") }
    }

    @Test("a flipped letter inside a middle line's text names that line")
    func flippedLetter() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory)
        let target = 3  // 0-based: file line 4, entry 3
        let position = try #require(lines[target].firstIndex(of: UInt8(ascii: "N")))
        lines[target][position] = UInt8(ascii: "M")
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(path: path, line: 4, goodEntries: 2)
    }

    @Test("a flipped byte that breaks a middle line's JSON names that line")
    func flippedStructure() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory)
        lines[3][0] = UInt8(ascii: "x")
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(path: path, line: 4, goodEntries: 2)
    }

    @Test("a changed prev names its own line")
    func changedPrevious() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory)
        let prevEnd = lines[3].count - 3  // the last hex digit before "}\n
        lines[3][prevEnd] = lines[3][prevEnd] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(path: path, line: 4, goodEntries: 2)
    }

    @Test("a removed line is a sequence gap at the line after it")
    func removedLine() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory)
        lines.remove(at: 3)
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(path: path, line: 4, goodEntries: 2)
    }

    @Test("a NUL-filled middle line with entries after it is damage, not a torn tail")
    func zeroedMiddleLine() throws {
        let directory = TemporaryDirectory()
        var (path, lines) = try makeJournal(directory)
        lines[5] = [UInt8](repeating: 0, count: lines[5].count - 1) + [0x0A]
        writeFile(path, lines.flatMap { $0 })
        try expectDamage(path: path, line: 6, goodEntries: 4)
    }
}

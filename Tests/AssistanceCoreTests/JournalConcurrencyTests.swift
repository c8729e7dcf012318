import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// Several processes appending to one journal at once, through the `journal-test-writer` helper.
@Suite("Journal concurrent writers")
struct JournalConcurrencyTests {
    /// The helper binary, built next to the test bundle because the test target depends on it.
    private func writerExecutable() throws -> URL {
        var candidates: [URL] = []
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("journal-test-writer"))
            directory = directory.deletingLastPathComponent()
        }
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("journal-test-writer"))
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/.build/debug/journal-test-writer"))
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
    }

    /// Starts the writer; returns the process and its standard error pipe.
    private func startWriter(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = try writerExecutable()
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    @Test("four processes appending 200 entries each: every entry once, seq 1…800, chain intact")
    func fourWriters() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalFile.create(at: path)
        let writers = try (1...4).map { try startWriter([path, "200", "writer\($0)"]) }
        for (process, errors) in writers {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
        }
        let entries = try JournalFile.open(at: path).readNewEntries()
        #expect(entries.map(\.seq) == Array(1...800))
        var seen = Set<String>()
        for entry in entries {
            seen.insert("\(entry.actor)/\(entry.data["index"]?.intValue ?? 0)")
        }
        #expect(seen.count == 800)
        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil && verification.entryCount == 800 && verification.tornTailByteCount == 0)
    }

    @Test("a writer that hits the file size limit mid-append reports EFBIG and leaves the journal unchanged")
    func fileSizeLimit() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 3)
        let before = fileBytes(path)
        let (process, errors) = try startWriter([path, "5", "writer", String(before.count + 20)])
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("file size limit was reached"), "\(message)")
        #expect(fileBytes(path) == before)
        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil && verification.entryCount == 3 && verification.tornTailByteCount == 0)
    }

    @Test("a writer stopped while holding the lock: the append gives up within its limit, naming it",
          .enabled(if: StoppedLockHolder.flockPath != nil, "util-linux flock is needed to hold the lock from another process"))
    func stoppedWriter() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 2)
        let before = fileBytes(path)
        let holder = try StoppedLockHolder(lockingFileAt: path)
        defer { holder.stop() }
        let journal = try JournalFile.open(at: path)
        journal.lockWait = JournalLockWait(seconds: 0.4)
        let expected = JournalError.busy(
            path: path, holder: JournalLockHolder(processID: holder.processID, command: "flock"), waited: JournalLockWait(seconds: 0.4))
        #expect(throws: expected) { try appendSamples(journal, count: 1) }
        #expect(fileBytes(path) == before)
        holder.stop()
        try appendSamples(journal, count: 1)
        #expect(JournalFile.verify(at: path).entryCount == 3)
    }
}

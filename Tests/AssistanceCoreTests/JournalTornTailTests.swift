import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

@Suite("Journal torn tails")
struct JournalTornTailTests {
    /// A journal of `count` sample entries; returns its path and the file's bytes after each entry count.
    private func makeJournal(in directory: TemporaryDirectory, count: Int) throws -> (path: String, snapshots: [[UInt8]]) {
        let path = directory.file("journal.jsonl")
        let journal = try JournalFile.create(at: path)
        var snapshots = [fileBytes(path)]
        for index in 1...count {
            try appendSamples(journal, count: 1, startingAt: index)
            snapshots.append(fileBytes(path))
        }
        return (path, snapshots)
    }

    /// Opens `path` holding `good` plus a torn tail; checks reading, repair and the side file:
    /// one, under its final name, holding the whole tail, no `.partial` copy left.
    private func checkRepair(path: String, good: [UInt8], tail: [UInt8], goodEntries: Int) throws {
        writeFile(path, good + tail)
        let journal = try JournalFile.open(at: path)
        #expect(try journal.readNewEntries().count == goodEntries)
        #expect(journal.tornTailByteCount == tail.count)
        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil && verification.tornTailByteCount == tail.count)

        try appendSamples(journal, count: 1, startingAt: 100)
        let after = fileBytes(path)
        #expect(Array(after.prefix(good.count)) == good, "nothing before the tail may change")
        let sideFiles = tornSideFiles(of: path)
        #expect(sideFiles.count == 1)
        #expect(sideFiles.allSatisfy { !$0.hasSuffix(".partial") })
        #expect(sideFiles.first.map(fileBytes) == tail)
        #expect(sideFiles.first.map(permissions) == 0o600)
        let repaired = JournalFile.verify(at: path)
        #expect(repaired.problem == nil && repaired.tornTailByteCount == 0 && repaired.entryCount == goodEntries + 1)
        for sideFile in sideFiles { try FileManager.default.removeItem(atPath: sideFile) }
    }

    /// A journal shared with the group `adm` (4, not root's own: tests run as root, which may
    /// give a file any group) whose last entry is torn, repaired by an append through `system`;
    /// returns the journal's path.
    private func repairSharedJournal(in directory: TemporaryDirectory, system: SystemCalls = .live) throws -> String {
        let path = directory.file("shared.jsonl")
        try appendSamples(JournalFile.create(at: path, group: "adm"), count: 2, startingAt: 1)
        writeFile(path, fileBytes(path) + Array("{\"seq\":3,\"ts\"".utf8))
        let reopened = try JournalFile.open(at: path, system: system)
        _ = try reopened.readNewEntries()
        try appendSamples(reopened, count: 1, startingAt: 3)
        #expect(JournalFile.verify(at: path).entryCount == 3)
        return path
    }

    @Test("the side file of a group-shared journal belongs to the journal's group, with its mode")
    func sideFileOfASharedJournal() throws {
        let directory = TemporaryDirectory()
        let sideFiles = tornSideFiles(of: try repairSharedJournal(in: directory))
        #expect(sideFiles.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: try #require(sideFiles.first))
        #expect((attributes[.groupOwnerAccountID] as? NSNumber)?.intValue == 4)
        #expect(sideFiles.first.map(permissions) == 0o660)
    }

    @Test("when the side file cannot take the journal's group, only its owner may read it")
    func sideFileWhoseGroupCannotBeSet() throws {
        let injector = FaultInjector()
        injector.failCall(1, of: .fchown, with: EPERM)
        let directory = TemporaryDirectory()
        let sideFiles = tornSideFiles(of: try repairSharedJournal(in: directory, system: .injecting(injector)))
        #expect(injector.faultsInjected == 1)
        #expect(sideFiles.count == 1)
        #expect(sideFiles.first.map(permissions) == 0o600)
    }

    @Test("a last entry cut at every byte offset reads as a torn tail and the next append repairs it")
    func cutAtEveryOffset() throws {
        let directory = TemporaryDirectory()
        let (path, snapshots) = try makeJournal(in: directory, count: 3)
        let good = snapshots[2], full = snapshots[3]
        let lastLine = Array(full[good.count...])
        for cut in 1..<lastLine.count {
            try checkRepair(path: path, good: good, tail: Array(lastLine[..<cut]), goodEntries: 2)
        }
    }

    @Test("an append in progress is not read until its newline arrives")
    func appendInProgress() throws {
        let directory = TemporaryDirectory()
        let (path, snapshots) = try makeJournal(in: directory, count: 2)
        let good = snapshots[1], full = snapshots[2]
        writeFile(path, Array(full[..<(full.count - 1)]))
        let reader = try JournalFile.open(at: path)
        #expect(try reader.readNewEntries().count == 1)
        #expect(reader.tornTailByteCount == full.count - 1 - good.count)
        writeFile(path, full)
        #expect(try reader.readNewEntries().map(\.seq) == [2])
        #expect(reader.tornTailByteCount == 0)
    }

    /// A journal of two entries whose third is torn, opened through `system`; returns it, its
    /// path, and the bytes before the tail.
    private func tornJournal(at path: String, system: SystemCalls = .live) throws -> (journal: JournalFile, good: [UInt8]) {
        try appendSamples(JournalFile.create(at: path), count: 2)
        let good = fileBytes(path)
        writeFile(path, good + Array("{\"seq\":3,\"ts\":\"2026".utf8))
        let journal = try JournalFile.open(at: path, system: system)
        #expect(try journal.readNewEntries().count == 2)
        return (journal, good)
    }

    @Test("the side file is written and synced under a .partial name, renamed, its directory synced, and only then is the journal cut")
    func repairOrder() throws {
        let directory = TemporaryDirectory()
        let injector = FaultInjector()
        let (journal, _) = try tornJournal(at: directory.file("journal.jsonl"), system: .injecting(injector))
        injector.reset()
        try appendSamples(journal, count: 1, startingAt: 3)
        let calls = injector.calls
        let order: [SystemOperation] = [.realpath, .stat, .open, .write, .fsync, .close, .rename, .open, .fsync, .close, .ftruncate, .fdatasync, .write, .fdatasync]
        var position = calls.startIndex
        for operation in order {
            guard let found = calls[position...].firstIndex(of: operation) else {
                Issue.record("\(operation) missing or out of order in \(calls)")
                return
            }
            position = found + 1
        }
    }

    @Test("a symlinked journal's side file lands beside the real file, never beside the link")
    func symlinkedJournal() throws {
        let realDirectory = TemporaryDirectory()
        let linkDirectory = TemporaryDirectory()
        let realPath = realDirectory.file("journal.jsonl")
        let linkPath = linkDirectory.file("link.jsonl")
        try appendSamples(JournalFile.create(at: realPath), count: 2)
        try FileManager.default.createSymbolicLink(atPath: linkPath, withDestinationPath: realPath)
        let tail = Array("{\"seq\":3,\"ts\"".utf8)
        writeFile(realPath, fileBytes(realPath) + tail)

        try appendSamples(JournalFile.open(at: linkPath), count: 1, startingAt: 3)
        let sideFiles = tornSideFiles(of: realPath)
        #expect(sideFiles.count == 1)
        #expect(sideFiles.first.map(fileBytes) == tail)
        #expect(try FileManager.default.contentsOfDirectory(atPath: linkDirectory.path) == ["link.jsonl"])
        #expect(JournalFile.verify(at: linkPath).entryCount == 3)
    }

    @Test("a fault at the rename, at realpath or at the side file's sync leaves no side file under its final name and the journal as it was",
          arguments: [SystemOperation.rename, .realpath, .fsync])
    func faultDuringTheSideFile(operation: SystemOperation) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let injector = FaultInjector()
        let (journal, good) = try tornJournal(at: path, system: .injecting(injector))
        let torn = fileBytes(path)
        injector.reset()
        injector.failCall(1, of: operation, with: EIO)
        #expect(throws: JournalError.self) { try appendSamples(journal, count: 1, startingAt: 3) }
        #expect(injector.faultsInjected == 1)
        #expect(fileBytes(path) == torn)
        #expect(tornSideFiles(of: path).isEmpty, "\(tornSideFiles(of: path))")

        injector.reset()
        try appendSamples(journal, count: 1, startingAt: 3)
        #expect(Array(fileBytes(path).prefix(good.count)) == good)
        #expect(tornSideFiles(of: path).count == 1)
        #expect(JournalFile.verify(at: path).entryCount == 3)
    }

    @Test("a copy left under a .partial name by a killed repair is not taken for the side file, and the next repair goes on")
    func partialLeftByAKilledRepair() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let (journal, _) = try tornJournal(at: path)
        let leftover = path + ".torn-20261130T000000000.partial"
        writeFile(leftover, Array("{\"seq\":3".utf8))
        try appendSamples(journal, count: 1, startingAt: 3)
        let finished = tornSideFiles(of: path).filter { !$0.hasSuffix(".partial") }
        #expect(finished.count == 1)
        #expect(finished.first.map(fileBytes) == Array("{\"seq\":3,\"ts\":\"2026".utf8))
        #expect(fileBytes(leftover) == Array("{\"seq\":3".utf8))
    }
}

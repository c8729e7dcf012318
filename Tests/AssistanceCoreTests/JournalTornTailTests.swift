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

    /// Opens `path` holding `good` plus a torn tail; checks reading, repair and the side file.
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

    @Test(
        "NUL bytes and garbage after the last good entry are a torn tail",
        arguments: [
            [0, 0, 0, 0], Array("garbage\n".utf8), [0, 0, 0, 0x0A, 0, 0], Array("{\"seq\":4,\"ts\"\n{\"seq\":4".utf8),
            Array("\n".utf8), Array("not json\nnor this\n".utf8),
        ] as [[UInt8]])
    func garbageTails(tail: [UInt8]) throws {
        let directory = TemporaryDirectory()
        let (path, snapshots) = try makeJournal(in: directory, count: 3)
        try checkRepair(path: path, good: snapshots[3], tail: tail, goodEntries: 3)
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
}

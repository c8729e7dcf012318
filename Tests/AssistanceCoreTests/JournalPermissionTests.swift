import Foundation
import Testing

@testable import AssistanceCore

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

@Suite("Journal permissions")
struct JournalPermissionTests {
    /// Checks that appending to `journal` throws `expected` and leaves the file at `path` unchanged.
    private func expectAppendRefused(_ journal: JournalFile, path: String, expected: JournalError) {
        let before = fileBytes(path)
        do {
            try appendSamples(journal, count: 1)
            Issue.record("the append succeeded")
        } catch let error as JournalError {
            #expect(error == expected)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(fileBytes(path) == before)
    }

    @Test("a file the user may only read opens read-only (EACCES on open, as tests run as root)")
    func readOnlyByPermission() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 2)
        let injector = FaultInjector()
        injector.failCall(1, of: .open, with: EACCES)
        let journal = try JournalFile.open(at: path, system: .injecting(injector))
        let reason = try #require(journal.readOnlyReason)
        #expect(try journal.readNewEntries().count == 2)
        expectAppendRefused(journal, path: path, expected: .readOnly(path: path, reason: reason))
    }

    @Test("a file with mode 0400 opens read-only for anyone but root")
    func readOnlyByMode() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 1)
        chmod(path, 0o400)
        let journal = try JournalFile.open(at: path)
        #expect(try journal.readNewEntries().count == 1)
        if geteuid() != 0 {
            #expect(journal.readOnlyReason != nil)
        }
    }

    @Test("a journal on a read-only file system opens read-only")
    func readOnlyFileSystem() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalFile.create(at: path)
        let injector = FaultInjector()
        injector.failCall(1, of: .open, with: EROFS)
        let journal = try JournalFile.open(at: path, system: .injecting(injector))
        #expect(journal.readOnlyReason?.contains("read-only file system") == true)
    }

    @Test("a journal other users may read or write is not opened, even to read, and the error gives the chmod",
          arguments: [0o644, 0o666, 0o604, 0o602, 0o601, 0o664, 0o4607])
    func openToOthers(mode: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 1)
        chmod(path, mode_t(mode))
        let before = fileBytes(path)
        let refusal = JournalError.openToOthers(path: path, mode: mode)
        #expect(throws: refusal) { try JournalFile.open(at: path) }
        #expect(throws: refusal) { try AssistanceStore(openingJournalAt: path) }
        #expect(JournalFile.verify(at: path).problem == refusal)
        #expect(fileBytes(path) == before)
        #expect(refusal.description == "The journal \(path) may be read or changed by other users (mode \(String(format: "%04o", mode))), "
            + "so it was not opened; run `chmod o-rwx \(path)` and try again.")
        chmod(path, mode_t(mode) & ~0o007)
        try appendSamples(JournalFile.open(at: path), count: 1)
        #expect(JournalFile.verify(at: path).entryCount == 2)
    }

    @Test("owner and group bits are fine: 0600, 0640 and 0660 journals open and take appends", arguments: [0o600, 0o640, 0o660])
    func privateOrGroup(mode: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalFile.create(at: path)
        chmod(path, mode_t(mode))
        let journal = try JournalFile.open(at: path)
        #expect(journal.readOnlyReason == nil)
        try appendSamples(journal, count: 1)
        #expect(JournalFile.verify(at: path).problem == nil)
    }

    /// The permission bits and group of the directory at `path`.
    private func directoryStatus(_ path: String) -> (mode: mode_t, group: gid_t) {
        SharedGroup.status(of: path) ?? (0, 0)
    }

    @Test("create with a group makes missing directories group-owned 2770 (JournalAppendTests checks 0700 without one)",
          .enabled(if: geteuid() == 0, "only root may give a file to a group it is not in"),
          .enabled(if: SharedGroup.existing != nil, "no group other than root's on this system"))
    func groupDirectories() throws {
        let group = try #require(SharedGroup.existing)
        let directory = TemporaryDirectory()
        let shared = directory.file("shared/assist/journal.jsonl")
        _ = try JournalFile.create(at: shared, group: group.name)
        for made in [directory.file("shared"), directory.file("shared/assist")] {
            #expect(directoryStatus(made) == (0o2770, group.id), "\(made)")
        }
        #expect(directoryStatus(shared) == (0o660, group.id))
    }

    @Test("a fault at any call of a shared creation leaves nothing behind, not even the directories it made")
    func failedCreationLeavesNothing() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("a/b/journal.jsonl")
        // The group of the temporary directory: one the test may give files to, root or not.
        let groupName = try #require(getgrgid(directoryStatus(directory.path).group).map { String(cString: $0.pointee.gr_name) })
        let injector = FaultInjector()
        var callNumber = 1
        while callNumber < 100 {
            injector.reset()
            injector.failCall(callNumber, with: EIO)
            if (try? JournalFile.create(at: path, group: groupName, system: .injecting(injector))) != nil {
                // A fault the creation could pass over (a failed stat, a close): it is whole.
                #expect(directoryStatus(directory.file("a/b")).mode == 0o2770)
                if injector.faultsInjected == 0 { break }
                try FileManager.default.removeItem(atPath: directory.file("a"))
            } else {
                #expect(!FileManager.default.fileExists(atPath: directory.file("a")), "call \(callNumber): \(injector.calls)")
            }
            callNumber += 1
        }
        // Two directories (stat, mkdir, open, fchown, fchmod, close each) and the file: every call was tried.
        #expect(callNumber > 14)
        #expect(directoryStatus(directory.file("a/b")).mode == 0o2770)
    }

    @Test("a missing file and a directory are refused with clear errors")
    func notAFile() throws {
        let directory = TemporaryDirectory()
        #expect(throws: JournalError.notFound(path: directory.file("none"))) { try JournalFile.open(at: directory.file("none")) }
        #expect(throws: JournalError.notAJournal(path: directory.path, reason: "it is a directory")) {
            try JournalFile.open(at: directory.path)
        }
    }

    @Test("error messages are sentences that name the path and what to do")
    func messages() {
        #expect(JournalError.io(path: "/j", operation: "write to", code: EFBIG).description.contains("file size limit was reached"))
        #expect(JournalError.io(path: "/j", operation: "write to", code: ENOSPC).description.contains("the disk is full"))
        #expect(JournalError.io(path: "/j", operation: "read", code: EIO).description
            == "Could not read /j: Input/output error (errno \(EIO)).")
        #expect(JournalError.damaged(path: "/j", line: 7, reason: "x").description.contains("line 7"))
        #expect(JournalError.unknownGroup(name: "staff").description.hasSuffix("."))
    }
}

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

    @Test("a world-writable journal is only read, and appending says to run chmod o-w")
    func worldWritable() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 1)
        chmod(path, 0o666)
        let journal = try JournalFile.open(at: path)
        #expect(journal.readOnlyReason?.contains("chmod o-w \(path)") == true)
        #expect(try journal.readNewEntries().count == 1)
        expectAppendRefused(journal, path: path, expected: .worldWritable(path: path, mode: 0o666))
        #expect(JournalError.worldWritable(path: path, mode: 0o666).description.contains("run `chmod o-w \(path)`"))
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

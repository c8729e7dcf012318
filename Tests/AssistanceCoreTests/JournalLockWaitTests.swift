import Foundation
import Testing

@testable import AssistanceCore

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Issue 13, item 4: a writer waits for the lock only so long, then gives up, writes nothing
/// and says who holds it; a wait can be cancelled.
@Suite("Journal lock wait")
struct JournalLockWaitTests {
    /// A clock that moves only when slept on, so that a 10-second wait takes no time; it
    /// records every pause and can run something at a given pause.
    final class SteppedClock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: UInt64 = 1_000_000_000
        private var recorded: [UInt64] = []
        /// Runs after the given number of pauses (1-based), on the waiting thread.
        var atPause: (count: Int, action: @Sendable () -> Void)?

        var pauses: [UInt64] { lock.withLock { recorded } }

        /// `base` with this clock in place of the real one.
        func system(_ base: SystemCalls = .live) -> SystemCalls {
            var calls = base
            calls.monotonicNanoseconds = { [self] in lock.withLock { now } }
            calls.sleep = { [self] nanoseconds in
                let count = lock.withLock {
                    now += nanoseconds
                    recorded.append(nanoseconds)
                    return recorded.count
                }
                if let atPause, atPause.count == count { atPause.action() }
            }
            return calls
        }
    }

    /// Another open file description of `path` holding `flock(LOCK_EX)`, as another process's
    /// would (flock locks belong to the open file, not the process).
    final class HeldLock: @unchecked Sendable {
        let descriptor: Int32
        init(_ path: String) throws {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            try #require(descriptor >= 0)
            try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        }
        func release() { _ = flock(descriptor, LOCK_UN) }
        deinit { close(descriptor) }
    }

    /// Expects `body` to throw exactly `expected`, and the file at `path` to be unchanged.
    private func expectNothingWritten(
        at path: String, throws expected: JournalError, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) {
        let before = fileBytes(path)
        #expect(throws: expected, sourceLocation: sourceLocation) { try body() }
        #expect(fileBytes(path) == before, "the journal changed", sourceLocation: sourceLocation)
    }

    /// A new journal in a temporary directory, which lasts as long as this value.
    struct FreshJournal {
        let directory = TemporaryDirectory()
        var path: String { directory.file("journal.jsonl") }
        let journal: JournalFile

        /// The journal holding `entries` sample entries, opened with `system`.
        init(entries: Int = 0, system: SystemCalls = .live) throws {
            try appendSamples(JournalFile.create(at: directory.file("journal.jsonl")), count: entries)
            journal = try JournalFile.open(at: directory.file("journal.jsonl"), system: system)
        }
    }

    /// This process's name as `/proc/self/comm` gives it, or nil where there is none.
    private var ownCommand: String? {
        (try? String(contentsOfFile: "/proc/self/comm", encoding: .utf8))?.trimmingCharacters(in: .newlines)
    }

    @Test("a held lock: the append waits its limit, throws busy naming this process, and writes nothing")
    func busyAfterTheLimit() throws {
        let fresh = try FreshJournal(entries: 1)
        let (path, journal) = (fresh.path, fresh.journal)
        journal.lockWait = JournalLockWait(seconds: 0.3)
        let held = try HeldLock(path)
        let holder = JournalLockHolder(processID: getpid(), command: ownCommand)
        let busy = JournalError.busy(path: path, holder: holder, waited: JournalLockWait(seconds: 0.3))
        expectNothingWritten(at: path, throws: busy) { try appendSamples(journal, count: 1) }
        #expect(busy.description == "The journal \(path) is busy: process \(getpid()) (\(ownCommand ?? "")) did not let go of its lock "
            + "within 0.3 seconds, so nothing was saved; try again, and if that process is stopped or hung, end it "
            + "(kill -KILL \(getpid()) ends even a stopped one).")
        held.release()
        try appendSamples(journal, count: 1)
        #expect(JournalFile.verify(at: path).entryCount == 2)
    }

    @Test("the standard wait is 10 seconds of short pauses, never one long block")
    func standardWaitIsBounded() throws {
        let clock = SteppedClock()
        let fresh = try FreshJournal(system: clock.system())
        let (path, journal) = (fresh.path, fresh.journal)
        let held = try HeldLock(path)
        #expect(journal.lockWait == .standard)
        #expect(throws: JournalError.self) { try appendSamples(journal, count: 1) }
        let pauses = clock.pauses
        #expect(pauses.reduce(0, +) == 10_000_000_000)
        #expect(pauses.allSatisfy { $0 <= 50_000_000 })
        #expect(pauses.prefix(3) == [2_000_000, 4_000_000, 8_000_000])
        _ = held
    }

    @Test("a lock let go during the wait is taken, and the entry written")
    func lockLetGoDuringTheWait() throws {
        let clock = SteppedClock()
        let fresh = try FreshJournal(system: clock.system())
        let (path, journal) = (fresh.path, fresh.journal)
        let held = try HeldLock(path)
        clock.atPause = (5, { held.release() })
        try appendSamples(journal, count: 1)
        #expect(clock.pauses.count == 5)
        #expect(JournalFile.verify(at: path).entryCount == 1)
    }

    @Test("shouldGiveUp is asked only while the lock is held elsewhere, and true cancels with nothing written")
    func cancelledWait() throws {
        let clock = SteppedClock()
        let fresh = try FreshJournal(system: clock.system())
        let (path, journal) = (fresh.path, fresh.journal)
        var asked = 0
        _ = try journal.append(actor: "caseworker", shouldGiveUp: { asked += 1; return true }) { _ in ([sampleDraft(1)], ()) }
        #expect(asked == 0)
        let held = try HeldLock(path)
        expectNothingWritten(at: path, throws: .cancelled(path: path)) {
            _ = try journal.append(actor: "caseworker", shouldGiveUp: { asked += 1; return asked == 4 }) { _ in ([sampleDraft(2)], ()) }
        }
        #expect(asked == 4)
        #expect(clock.pauses.count == 3)
        #expect(JournalError.cancelled(path: path).description
            == "Saving was cancelled while waiting for the lock of the journal \(path); nothing was saved.")
        _ = held
    }

    @Test("when the system does not say who holds the lock, the message says so plainly")
    func unknownHolder() throws {
        let injector = FaultInjector()
        // Every try finds the lock taken, though no process holds it: /proc/locks names nobody.
        injector.failCall(1, of: .flock, with: EWOULDBLOCK, persistent: true)
        let fresh = try FreshJournal(system: SteppedClock().system(.injecting(injector)))
        let (path, journal) = (fresh.path, fresh.journal)
        journal.lockWait = JournalLockWait(seconds: 0.5)
        let busy = JournalError.busy(path: path, holder: nil, waited: JournalLockWait(seconds: 0.5))
        expectNothingWritten(at: path, throws: busy) { try appendSamples(journal, count: 1) }
        #expect(busy.description == "The journal \(path) is busy: another process did not let go of its lock within 0.5 seconds "
            + "(the system does not say which), so nothing was saved; try again, and if an assist process is stopped or hung, end it.")
    }

    @Test("a failing flock is an I/O error, not a wait")
    func failingLock() throws {
        let injector = FaultInjector()
        injector.failCall(1, of: .flock, with: ENOLCK)
        let fresh = try FreshJournal(system: .injecting(injector))
        let (path, journal) = (fresh.path, fresh.journal)
        expectNothingWritten(at: path, throws: .io(path: path, operation: "lock", code: ENOLCK)) { try appendSamples(journal, count: 1) }
    }

    @Test("ASSIST_LOCK_WAIT: plain seconds from 0.1 to 3600; anything else is one sentence")
    func environment() throws {
        #expect(try JournalLockWait(environment: [:]) == .standard)
        #expect(try JournalLockWait(environment: ["ASSIST_LOCK_WAIT": "0.5"]).seconds == 0.5)
        #expect(try JournalLockWait(environment: ["ASSIST_LOCK_WAIT": "3600"]).seconds == 3600)
        #expect(try JournalLockWait(environment: ["ASSIST_LOCK_WAIT": "0.1"]).description == "0.1 seconds")
        #expect(JournalLockWait(seconds: 1).description == "1 second")
        for bad in ["", "0", "0.05", "3600.5", "-1", "1e3", "inf", "nan", "ten", "1,5", " 5", "0x10"] {
            #expect(throws: JournalError.invalidLockWait(value: bad)) { try JournalLockWait(environment: ["ASSIST_LOCK_WAIT": bad]) }
        }
        #expect(JournalError.invalidLockWait(value: "ten").description
            == "ASSIST_LOCK_WAIT is 'ten', not a number of seconds from 0.1 to 3600; correct it, or unset it to wait the standard 10 seconds.")
        #expect(JournalError.invalidLockWait(value: "\u{1B}]52;c;x\u{07}").description
            == "ASSIST_LOCK_WAIT is not a number of seconds from 0.1 to 3600; correct it, or unset it to wait the standard 10 seconds.")
    }

    @Test("/proc/locks: the FLOCK line of the file's device and inode names the holder; waiters and others do not")
    func locksTable() {
        let status = FileStatus(inode: 16_220_189, size: 0, modificationTime: 0, mode: 0o100600, groupID: 0, device: 0xfe00)
        #expect(JournalLockHolder.deviceNumbers(0xfe00) == (0xfe, 0))
        #expect(JournalLockHolder.deviceNumbers(0x1_0000_0803) == (8, 3 | 0x100000))
        let table = """
            1: POSIX  ADVISORY  WRITE 11534 fe:00:16220189 1073741824 1073742335
            2: FLOCK  ADVISORY  WRITE 7050 fe:01:16220189 0 EOF
            3: FLOCK  ADVISORY  WRITE 7051 fe:00:16220188 0 EOF
            3: -> FLOCK  ADVISORY  WRITE 9999 fe:00:16220189 0 EOF
            4: FLOCK  ADVISORY  WRITE 8353 fe:00:16220189 0 EOF
            """
        #expect(JournalLockHolder.processID(inLocksTable: table, for: status) == 8353)
        #expect(JournalLockHolder.processID(inLocksTable: String(table.split(separator: "\n").prefix(4).joined(separator: "\n")), for: status) == nil)
        #expect(JournalLockHolder.programName(Array("assist\n".utf8)) == "assist")
        #expect(JournalLockHolder.programName(Array("evil\u{1B}[2J\n".utf8)) == nil)
        #expect(JournalLockHolder.programName([]) == nil)
    }
}

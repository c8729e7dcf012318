import Foundation
import Testing

@testable import AssistanceCore

#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// SQLite-style fault loops: make system call N of an append fail, for N = 1, 2, … until the
/// append no longer meets a fault, and check each time that the file is as before (or holds
/// the complete entry), that a later append succeeds, and that the chain verifies.
@Suite("Journal fault loops")
struct JournalFaultTests {
    /// Runs the loop; with `tornTail`, the start of the next entry is left torn after the last
    /// line before each attempt: `{"seq":<next>` followed by `tornTail`.
    private func faultLoop(persistent: Bool, code: Int32, tornTail tornRest: String? = nil) throws -> Int {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 2)
        let injector = FaultInjector()
        var callNumber = 1
        while callNumber < 100 {
            let good = fileBytes(path)
            let goodVerification = JournalFile.verify(at: path)
            let tornTail = tornRest.map { Array("{\"seq\":\(goodVerification.entryCount + 1)\($0)".utf8) } ?? []
            if !tornTail.isEmpty { writeFile(path, good + tornTail) }
            let journal = try JournalFile.open(at: path, system: .injecting(injector))
            injector.reset()
            injector.failCall(callNumber, with: code, persistent: persistent)
            var failed = false
            do {
                try appendSamples(journal, count: 1, startingAt: callNumber)
            } catch let error as JournalError {
                failed = true
                #expect(!error.description.contains("Note"))
            }
            let faulted = injector.faultsInjected > 0
            let after = fileBytes(path)
            let verification = JournalFile.verify(at: path)
            #expect(verification.problem == nil, "call \(callNumber): \(String(describing: verification.problem))")
            #expect(Array(after.prefix(good.count)) == good, "call \(callNumber): good lines changed")
            if failed && verification.entryCount == goodVerification.entryCount {
                // Unchanged (torn tail kept or moved to a side file), never a partial entry read as one.
                #expect(after == good || after == good + tornTail, "call \(callNumber)")
            } else if failed {
                // Only when the sync and then the truncation back both failed may the complete entry stay.
                #expect(persistent && verification.entryCount == goodVerification.entryCount + 1, "call \(callNumber)")
            } else {
                #expect(verification.entryCount == goodVerification.entryCount + 1, "call \(callNumber)")
            }
            // With the fault gone, the same object appends again (repairing the torn tail if the fault left it).
            injector.reset()
            try appendSamples(journal, count: 1, startingAt: 1000 + callNumber)
            for side in tornSideFiles(of: path) {
                // Only a `.partial` copy may be incomplete: a persistent fault can also stop its clean-up.
                let content = fileBytes(side)
                #expect(content == tornTail || (persistent && side.hasSuffix(".partial") && tornTail.starts(with: content)), "\(side)")
                try FileManager.default.removeItem(atPath: side)
            }
            #expect(JournalFile.verify(at: path).problem == nil)
            #expect(JournalFile.verify(at: path).tornTailByteCount == 0)
            if !faulted { break }
            callNumber += 1
        }
        return callNumber
    }

    @Test("a single fault at every call of an append", arguments: [EIO, ENOSPC, EFBIG])
    func singleFault(code: Int32) throws {
        #expect(try faultLoop(persistent: false, code: code) > 5)
    }

    @Test("a persistent fault from every call of an append on")
    func persistentFault() throws {
        #expect(try faultLoop(persistent: true, code: EIO) > 5)
    }

    @Test("faults at every call of an append that repairs a torn tail", arguments: [false, true])
    func repairFaults(persistent: Bool) throws {
        #expect(try faultLoop(persistent: persistent, code: EIO, tornTail: ",\"ts\":\"20") > 12)
    }

    @Test("a short write is continued until the whole line is written")
    func shortWriteContinues() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        _ = try JournalFile.create(at: path)
        let injector = FaultInjector()
        let journal = try JournalFile.open(at: path, system: .injecting(injector))
        injector.shortenWrite(1, to: 10)
        try appendSamples(journal, count: 1)
        #expect(injector.calls.filter { $0 == .write }.count == 2)
        #expect(JournalFile.verify(at: path).entryCount == 1)
    }

    @Test("a short write followed by a full disk truncates back and says the disk is full")
    func shortWriteThenFullDisk() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: path), count: 1)
        let before = fileBytes(path)
        let injector = FaultInjector()
        let journal = try JournalFile.open(at: path, system: .injecting(injector))
        injector.shortenWrite(1, to: 10)
        injector.failCall(2, of: .write, with: ENOSPC)
        do {
            try appendSamples(journal, count: 1)
            Issue.record("the append succeeded")
        } catch let error as JournalError {
            #expect(error == .io(path: path, operation: "write to", code: ENOSPC))
            #expect(error.description.contains("the disk is full"))
        }
        #expect(fileBytes(path) == before)
        injector.reset()
        try appendSamples(journal, count: 1)
        #expect(JournalFile.verify(at: path).entryCount == 2)
    }
}

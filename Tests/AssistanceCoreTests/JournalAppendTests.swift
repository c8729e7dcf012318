import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

@Suite("Journal append and read")
struct JournalAppendTests {
    @Test("the header and entry lines are byte-exact")
    func byteExactLines() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let journal = try JournalFile.create(at: path, now: sampleTime)
        let header = journal.header
        let headerLine = "{\"format\":\"assist-journal\",\"version\":2,\"id\":\"\(header.journalID)\",\"created\":\"2026-11-30T00:53:28.123Z\"}"
        #expect(String(decoding: fileBytes(path), as: UTF8.self) == headerLine + "\n")
        #expect(header.journalID.count == 32 && header.journalID.allSatisfy { $0.isHexDigit && !$0.isUppercase })

        let draft = EventDraft(type: "case.opened", data: .object([JSONMember("alias", "Åse")]), onBehalfOf: "lena")
        _ = try journal.append(actor: "admin", now: { sampleTime }) { _ in ([draft], ()) }
        let expectedPrev = sha256Hex(Array(headerLine.utf8))
        // The chain hash is the SHA-256 of the line's content, everything before `,"sum":`; the sum is its first 8 bytes.
        let content = "{\"seq\":1,\"ts\":\"2026-11-30T00:53:28.123Z\",\"actor\":\"admin\",\"as\":\"lena\",\"type\":\"case.opened\","
            + "\"data\":{\"alias\":\"Åse\"},\"prev\":\"\(expectedPrev)\""
        let contentHash = sha256Hex(Array(content.utf8))
        let entryLine = content + ",\"sum\":\"\(contentHash.prefix(16))\"}"
        #expect(String(decoding: fileBytes(path), as: UTF8.self) == headerLine + "\n" + entryLine + "\n")
        #expect(journal.headHash == contentHash)

        _ = try journal.append(actor: "admin", now: { sampleTime }) { _ in ([draft], ()) }
        let second = String(decoding: fileBytes(path), as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
        #expect(second.contains(",\"prev\":\"\(contentHash)\",\"sum\":\""), "the next line's prev is the content's hash")
    }

    @Test("entries appended then reopened come back equal, in order, with the same head hash")
    func appendThenReopen() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let journal = try JournalFile.create(at: path)
        let written = try appendSamples(journal, count: 25)
        #expect(written.map(\.seq) == Array(1...25))
        #expect(journal.entryCount == 25)

        let reopened = try JournalFile.open(at: path)
        #expect(reopened.header == journal.header)
        let read = try reopened.readNewEntries()
        #expect(read == written)
        #expect(reopened.headHash == journal.headHash)
        #expect(try reopened.readNewEntries().isEmpty)

        let verification = JournalFile.verify(at: path)
        #expect(verification.problem == nil)
        #expect(verification.entryCount == 25)
        #expect(verification.headHash == journal.headHash)
    }

    @Test("a reader picks up only what other writers appended since its last read")
    func incrementalRead() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let writer = try JournalFile.create(at: path)
        let reader = try JournalFile.open(at: path)
        #expect(try reader.readNewEntries().isEmpty)
        #expect(!reader.hasChangedOnDisk())
        try appendSamples(writer, count: 3)
        #expect(reader.hasChangedOnDisk())
        #expect(try reader.readNewEntries().map(\.seq) == [1, 2, 3])
        #expect(!reader.hasChangedOnDisk())
        try appendSamples(writer, count: 2, startingAt: 4)
        #expect(try reader.readNewEntries().map(\.seq) == [4, 5])
    }

    @Test("append hands build the entries others appended, and build's error writes nothing")
    func buildSeesCaughtUpEntries() throws {
        struct Refused: Error, Equatable {}
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let first = try JournalFile.create(at: path)
        let second = try JournalFile.open(at: path)
        try appendSamples(first, count: 2)
        let result = try second.append(actor: "coordinator") { caughtUp in
            ([EventDraft(type: "x", data: .int(caughtUp.count))], caughtUp.map(\.seq))
        }
        #expect(result.value == [1, 2])
        #expect(result.written.map(\.seq) == [3])
        let before = fileBytes(path)
        #expect(throws: Refused.self) {
            try first.append(actor: "caseworker") { caughtUp -> (drafts: [EventDraft], value: Void) in
                #expect(caughtUp.map(\.seq) == [3])
                throw Refused()
            }
        }
        #expect(fileBytes(path) == before)
    }

    @Test("appendBatch writes many pre-dated entries that verify, and keeps others' entries for the next read")
    func batch() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let journal = try JournalFile.create(at: path)
        let other = try JournalFile.open(at: path)
        try appendSamples(other, count: 1)
        let items = (1...500).map { (timestamp: Timestamp(millisecondsSince1970: Int64($0) * 1000), actor: "demo", draft: sampleDraft($0)) }
        try journal.appendBatch(items)
        #expect(journal.entryCount == 501)
        #expect(try journal.readNewEntries().map(\.seq) == [1])
        let read = try JournalFile.open(at: path).readNewEntries()
        #expect(read.count == 501)
        #expect(read[1].timestamp == Timestamp(millisecondsSince1970: 1000))
        #expect(JournalFile.verify(at: path).entryCount == 501)
    }

    @Test("create refuses an existing file and makes missing directories private")
    func createRules() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("a/b/journal.jsonl")
        _ = try JournalFile.create(at: path)
        #expect(permissions(directory.file("a")) == 0o700)
        #expect(permissions(directory.file("a/b")) == 0o700)
        #expect(permissions(path) == 0o600)
        #expect(throws: JournalError.alreadyExists(path: path)) { try JournalFile.create(at: path) }
    }

    @Test("create with a group gives mode 0660 and that group; an unknown group creates nothing")
    func createWithGroup() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("shared.jsonl")
        let unknown = "assist-no-such-group"
        #expect(throws: JournalError.unknownGroup(name: unknown)) { try JournalFile.create(at: path, group: unknown) }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try JournalFile.create(at: path, group: "root")
        #expect(permissions(path) == 0o660)
    }

    @Test("open refuses a missing file, an empty file and another format")
    func openRefusals() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        #expect(throws: JournalError.notFound(path: path)) { try JournalFile.open(at: path) }
        writeFile(path, [])
        #expect(throws: JournalError.notAJournal(path: path, reason: "the file is empty")) { try JournalFile.open(at: path) }
        writeFile(path, Array("{\"format\":\"other\",\"version\":1}\n".utf8))
        #expect(throws: JournalError.self) { try JournalFile.open(at: path) }
        writeFile(path, Array("{\"format\":\"assist-journal\",\"version\":3,\"id\":\"x\",\"created\":\"y\"}\n".utf8))
        do {
            _ = try JournalFile.open(at: path)
            Issue.record("opened a version 3 journal")
        } catch {
            #expect(error.description.contains("version 3, and this program reads only versions 1 and 2"))
        }
        #expect(JournalFile.verify(at: path).problem != nil)
    }
}

/// The permission bits of `path`.
func permissions(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.posixPermissions] as? Int) ?? -1
}

/// SHA-256 of `bytes` in lowercase hexadecimal.
func sha256Hex(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBytes { ChainHash(hashing: $0).hexadecimal }
}

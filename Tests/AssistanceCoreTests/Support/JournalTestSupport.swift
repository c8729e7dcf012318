@testable import AssistanceCore
import Foundation
import Testing

/// The bytes of the file at `path` (empty when it cannot be read).
func fileBytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return [UInt8](data)
}

/// Makes the file at `path` hold exactly `bytes`, in place (same inode and mode, so open
/// journals see the change), creating it when missing, private (0600) as journals must be.
func writeFile(_ path: String, _ bytes: [UInt8]) {
    guard let handle = FileHandle(forWritingAtPath: path) else {
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        return
    }
    try? handle.truncate(atOffset: 0)
    try? handle.write(contentsOf: Data(bytes))
    try? handle.close()
}

/// The side files a torn-tail repair left next to `journalPath`.
func tornSideFiles(of journalPath: String) -> [String] {
    let directory = (journalPath as NSString).deletingLastPathComponent
    let name = (journalPath as NSString).lastPathComponent
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasPrefix(name + ".torn-") }.sorted().map { directory + "/" + $0 }
}

/// A small draft numbered `index`, with text that needs escaping and non-ASCII letters.
func sampleDraft(_ index: Int) -> EventDraft {
    EventDraft(
        type: "note.added",
        data: .object([
            JSONMember("case", .string("C-2026-\(index)")),
            JSONMember("text", .string("Note \(index): Åse & Øystein said \"hej\"\nline two")),
        ]))
}

/// Appends `count` sample entries one append at a time; returns what was written.
@discardableResult
func appendSamples(_ journal: JournalFile, count: Int, startingAt first: Int = 1) throws -> [JournalEntry] {
    var written: [JournalEntry] = []
    for index in first..<(first + count) {
        let result = try journal.append(actor: "caseworker") { _ in ([sampleDraft(index)], ()) }
        written += result.written
    }
    return written
}

/// A fixed instant for tests that compare bytes.
let sampleTime = Timestamp(millisecondsSince1970: 1_796_000_008_123)

/// A version 1 journal as the program wrote before lines carried a `sum`: header version 1,
/// and each entry line chained by the SHA-256 of the whole previous line.
func version1JournalBytes(_ entries: [JournalEntry]) -> [UInt8] {
    let header = JournalHeader(version: 1, journalID: String(repeating: "5a", count: 16), created: sampleTime)
    var bytes = header.lineBytes
    var previous = bytes.dropLast().withUnsafeBytes { ChainHash(hashing: $0) }
    for entry in entries {
        var line: [UInt8] = []
        JournalLineFormat.appendEntryLine(entry, previous: previous, to: &line)
        // Without `,"sum":"<16 hex>"}` and `\n`: the content, then the object's end.
        line.removeLast(JournalLineFormat.checksumSuffixLength + 1)
        line.append(UInt8(ascii: "}"))
        previous = line.withUnsafeBytes { ChainHash(hashing: $0) }
        bytes += line + [0x0A]
    }
    return bytes
}

/// `count` sample entries numbered from `first`, as `appendSamples` writes them.
func sampleEntries(_ count: Int, startingAt first: Int = 1) -> [JournalEntry] {
    (first..<(first + count)).map { index in
        let draft = sampleDraft(index)
        return JournalEntry(seq: index, timestamp: sampleTime, actor: "caseworker", type: draft.type, data: draft.data)
    }
}

/// Expects the journal at `path` to be named damaged at file line `line`, with `goodEntries`
/// entries before it, by reading, by `verify` and by an attempted append, and the file to be
/// byte for byte as it was. Returns the reason given, for tests that check it.
@discardableResult
func expectDamage(
    at path: String, line: Int, goodEntries: Int, _ comment: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> String? {
    let before = fileBytes(path)
    let journal = try JournalFile.open(at: path)
    var reason: String?
    do {
        _ = try journal.readNewEntries()
        Issue.record("damage was not found \(comment()), torn tail \(journal.tornTailByteCount)", sourceLocation: sourceLocation)
    } catch {
        if case .damaged(_, let reported, let given) = error {
            #expect(reported == line, "\(comment())", sourceLocation: sourceLocation)
            reason = given
        } else {
            Issue.record("unexpected \(error) \(comment())", sourceLocation: sourceLocation)
        }
        #expect(!error.description.contains("Note"), "messages never quote line content", sourceLocation: sourceLocation)
    }
    #expect(journal.readOnlyReason != nil, sourceLocation: sourceLocation)
    #expect(try journal.readNewEntries().count == goodEntries, "entries before the damage are handed out \(comment())", sourceLocation: sourceLocation)
    #expect(throws: JournalError.self, sourceLocation: sourceLocation) { try appendSamples(journal, count: 1) }
    let verification = JournalFile.verify(at: path)
    #expect(verification.entryCount == goodEntries, "\(comment())", sourceLocation: sourceLocation)
    if case .damaged(_, let reported, _)? = verification.problem {
        #expect(reported == line, "\(comment())", sourceLocation: sourceLocation)
    } else {
        Issue.record("verify found no damage \(comment())", sourceLocation: sourceLocation)
    }
    #expect(fileBytes(path) == before, "the file changed \(comment())", sourceLocation: sourceLocation)
    #expect(tornSideFiles(of: path).isEmpty, "a side file was written \(comment())", sourceLocation: sourceLocation)
    return reason
}

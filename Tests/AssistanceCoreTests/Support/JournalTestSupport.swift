import AssistanceCore
import Foundation

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

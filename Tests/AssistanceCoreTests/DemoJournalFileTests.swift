import Foundation
import Testing

@testable import AssistanceCore
import TestSupport

/// `assist demo --force` never replaces a real journal (issue 13, item 1): only a file whose
/// header carries the demo mark is replaced, and safely.
@Suite("Demo journal files")
struct DemoJournalFileTests {
    private let today = CalendarDate(iso: "2026-11-30")!

    private func demoEntries() -> [(timestamp: Timestamp, actor: String, draft: EventDraft)] {
        DemoJournal.entries(seed: 5, cases: 2, creator: "admin", today: today, zone: TimeZone(identifier: "UTC")!)
    }

    /// The names in `directory` other than `kept`: temporary files left behind.
    private func leftovers(in directory: TemporaryDirectory, besides kept: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !kept.contains($0) }
    }

    @Test("a new demo journal is marked in its header and verifies")
    func newDemo() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("demo.jsonl")
        try JournalFile.writeDemo(at: path, replacing: false, entries: demoEntries)
        let journal = try JournalFile.open(at: path)
        #expect(journal.header.isDemo && journal.header.version == 2)
        #expect(JournalFile.verify(at: path).entryCount == demoEntries().count)
        #expect(throws: JournalError.alreadyExists(path: path)) {
            try JournalFile.writeDemo(at: path, replacing: false, entries: demoEntries)
        }
    }

    @Test("a real journal, a file that is no journal, and a directory are never replaced, byte for byte")
    func refusals() throws {
        let directory = TemporaryDirectory()
        let real = directory.file("journal.jsonl")
        try appendSamples(JournalFile.create(at: real), count: 3)
        let text = directory.file("notes.txt")
        writeFile(text, Array("not a journal\n".utf8))
        let folder = directory.file("folder")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let link = directory.file("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let dangling = directory.file("dangling.jsonl")
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: directory.file("nowhere"))
        let names: Set = ["journal.jsonl", "notes.txt", "folder", "link.jsonl", "dangling.jsonl"]
        let before = [real: fileBytes(real), text: fileBytes(text)]
        var generated = false
        for path in [real, text, folder, link, dangling] {
            #expect(throws: JournalError.notADemoJournal(path: path)) {
                try JournalFile.writeDemo(at: path, replacing: true) {
                    generated = true
                    return demoEntries()
                }
            }
        }
        #expect(!generated, "nothing is generated for a path that is refused")
        #expect(fileBytes(real) == before[real] && fileBytes(text) == before[text])
        #expect(try leftovers(in: directory, besides: names).isEmpty)
        #expect(JournalError.notADemoJournal(path: real).description.contains(real))
    }

    @Test("a demo journal is replaced by a new one, through a symbolic link too, with nothing left beside it")
    func replacesADemo() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("demo.jsonl")
        try JournalFile.writeDemo(at: path, replacing: false, entries: demoEntries)
        let first = try JournalFile.open(at: path).header.journalID
        try JournalFile.writeDemo(at: path, replacing: true, entries: demoEntries)
        let second = try JournalFile.open(at: path).header
        #expect(second.isDemo && second.journalID != first)
        #expect(permissions(path) == 0o600)

        let link = directory.file("link.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        try JournalFile.writeDemo(at: link, replacing: true, entries: demoEntries)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
        #expect(try JournalFile.open(at: path).header.journalID != second.journalID)
        #expect(try leftovers(in: directory, besides: ["demo.jsonl", "link.jsonl"]).isEmpty)
        #expect(JournalFile.verify(at: path).problem == nil)
    }

    @Test("a failed rename leaves the old demo as it was and no temporary file")
    func failedRename() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("demo.jsonl")
        try JournalFile.writeDemo(at: path, replacing: false, entries: demoEntries)
        let before = fileBytes(path)
        let injector = FaultInjector()
        injector.failCall(1, of: .rename, with: EIO)
        #expect(throws: JournalError.io(path: path, operation: "replace", code: EIO)) {
            try JournalFile.writeDemo(at: path, replacing: true, system: .injecting(injector), entries: demoEntries)
        }
        #expect(fileBytes(path) == before)
        #expect(try leftovers(in: directory, besides: ["demo.jsonl"]).isEmpty)
    }
}

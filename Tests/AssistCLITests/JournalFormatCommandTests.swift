import Foundation
import Testing
import TestSupport

/// The journal's format through the binary (issue 13): `demo --force` never replaces a real
/// journal, and a journal written by the previous version keeps working.
@Suite struct JournalFormatCommandTests {
    let home = TemporaryDirectory()
    var assist: AssistBinary { AssistBinary(home: home.path) }

    @Test func demoForceRefusesARealJournalAndAnyOtherFileLeavingThemAsTheyWere() throws {
        let real = try copyFixture("journal-v1.jsonl", to: home.file("journal.jsonl"))
        let other = home.file("notes.txt")
        try Data("not a journal\n".utf8).write(to: URL(fileURLWithPath: other))
        for path in [real, other] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let result = try assist.run(["demo", "--force", "--journal", path])
            #expect(result.status == 1)
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError == "assist: \(path) is not a demo journal, so --force does not replace it and it was left as it is; "
                + "choose another path for the demo with --journal.\n")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).sorted() == ["journal.jsonl", "notes.txt"])
    }

    @Test func demoForceReplacesADemoJournal() throws {
        let path = home.file("demo.jsonl")
        #expect(try assist.run(["demo", "--cases", "2", "--journal", path]).status == 0)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        #expect(first.hasPrefix("{\"format\":\"assist-journal\",\"version\":2,"))
        #expect(first.split(separator: "\n")[0].hasSuffix(",\"demo\":true}"))
        let forced = try assist.run(["demo", "--force", "--cases", "3", "--seed", "2", "--journal", path])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(forced.standardOutput.contains("3 cases"))
        let second = try String(contentsOfFile: path, encoding: .utf8)
        #expect(second.split(separator: "\n")[0] != first.split(separator: "\n")[0])
        #expect(try assist.run(["verify", "--journal", path]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["demo.jsonl"])
    }

    @Test(.enabled(if: getuid() == 0, "the fixture's admin is the login root"))
    func aJournalOfThePreviousVersionVerifiesAndTakesNotes() throws {
        let path = try copyFixture("journal-v1.jsonl", to: home.file("journal.jsonl"))
        let verify = try assist.run(["verify", "--journal", path])
        #expect(verify.status == 0)
        #expect(verify.standardOutput.contains("intact: 60 entries"))
        #expect(verify.standardOutput.contains("6dc9e4623657f8e426ad67973d32860fc548af416fb8c7bbb6ab904e0aa390ba"))
        let note = try assist.run(["note", "add", "--journal", path, "C-2025-0001", "A note after the upgrade."])
        #expect(note.status == 0, "\(note.standardError)")
        #expect(note.standardOutput == "61\n")
        let last = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"prev\":\"6dc9e4623657f8e426ad67973d32860fc548af416fb8c7bbb6ab904e0aa390ba\",\"sum\":\""))
        let again = try assist.run(["verify", "--journal", path])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("intact: 61 entries"))
    }
}

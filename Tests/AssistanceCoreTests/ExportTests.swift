import Foundation
import Testing
@testable import AssistanceCore
import TestSupport

/// Issue 5: `assist export` — one file per entity, read back through an independent CSV parser.
@Suite struct ExportTests {
    let directory = TemporaryDirectory()

    /// A case whose alias, legal name and note need quoting and hold Danish and CJK text;
    /// returns the journal and the ids it gave the case and its referral.
    static func journal() throws -> (journal: TestJournal, caseID: String, referralID: String) {
        var journal = try TestJournal.staffed()
        let details = CaseDetails(
            alias: "Søren \"Sonny\", Æbeltoft", legalName: "王秀英", sex: .male, birthYear: 2001, nationality: Country(code: "CN"),
            languages: ["Mandarin", "English"], exploitationForms: [.forcedLabour, .forcedCriminality],
            identifiedOn: CalendarDate(iso: "2026-11-01")!, identifiedBy: .police, caseworker: "mette",
            consentToProcessing: true, consentToSharing: true)
        let caseID = try journal.record(.openCase(details), by: "mette").prepared.createdID!
        try journal.record(.addNote(caseID: caseID, text: "Line one, with a comma\nLine two: \"quoted\" 日本語 æøå"), by: "mette")
        try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .interpreter, date: CalendarDate(iso: "2026-11-02")!, isDone: true, organisationID: "clinic")), by: "mette")
        let referral = try journal.record(.sendReferral(ReferralDetails(
            caseID: caseID, organisationID: "legal", serviceKind: .legalCounselling, madeOn: CalendarDate(iso: "2026-11-03")!)), by: "mette")
        return (journal, caseID, try #require(referral.prepared.createdID))
    }

    func table(_ name: String, includeNames: Bool = false) throws -> ExportTable {
        try #require(EntityExport.tables(from: Self.journal().journal.state, includeNames: includeNames).first { $0.name == name })
    }

    @Test func everyEntityRoundTripsThroughTheCSVParser() throws {
        let tables = EntityExport.tables(from: try Self.journal().journal.state, includeNames: true)
        #expect(tables.map(\.name) == ["cases", "steps", "referrals", "organisations", "notes", "users"])
        for table in tables {
            let parsed = try #require(CSVParser.records(table.csv()), "\(table.name).csv does not parse")
            #expect(parsed.first == table.columns, "\(table.name) header")
            #expect(parsed.count == table.records.count + 1, "\(table.name) record count")
            #expect(parsed.allSatisfy { $0.count == table.columns.count }, "\(table.name) field count")
        }
    }

    @Test func casesFileKeepsQuotesCommasAndScriptsAndLinksByID() throws {
        let (_, caseID, referralID) = try Self.journal()
        let rows = try #require(CSVParser.records(try table("cases", includeNames: true).csv()))
        let record = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(record["id"] == caseID)
        #expect(record["alias"] == "Søren \"Sonny\", Æbeltoft")
        #expect(record["legal_name"] == "王秀英")
        #expect(record["exploitation"] == "forced_labour;forced_criminality")
        #expect(record["identified_on"] == "2026-11-01")
        #expect(record["nationality"] == "CN" && record["consent_sharing"] == "true" && record["retracted"] == "false")
        let notes = try #require(CSVParser.records(try table("notes").csv()))
        let note = Dictionary(uniqueKeysWithValues: zip(notes[0], notes[1]))
        #expect(note["case"] == caseID)
        // A line break is shown as the visible escape `\n`, so every record is one line (issue 13).
        #expect(note["text"] == "Line one, with a comma\\nLine two: \"quoted\" 日本語 æøå")
        #expect(note["recorded_at"]?.hasSuffix("Z") == true)
        let referrals = try #require(CSVParser.records(try table("referrals").csv()))
        #expect(referrals[1][0] == referralID && referrals[1][1] == caseID && referrals[1][2] == "legal")
    }

    @Test func legalNamesOnlyWhenAsked() throws {
        let without = try table("cases")
        #expect(!without.columns.contains("legal_name"))
        #expect(!without.csv().contains("王秀英"))
        #expect(try table("cases", includeNames: true).csv().contains("王秀英"))
        #expect(!(try table("cases")).jsonLines().contains("王秀英"))
    }

    @Test func jsonLinesAreOneTypedObjectPerLine() throws {
        let caseID = try Self.journal().caseID
        let lines = try table("steps").jsonLines().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty)
        let object = try JSONParser.parse(String(lines[0]))
        #expect(JSONWriter.encodeString(object) == String(lines[0]))
        guard case .object(let members) = object else {
            Issue.record("not an object")
            return
        }
        #expect(members.first { $0.key == "done" }?.value == .bool(true))
        #expect(members.first { $0.key == "case" }?.value == .string(caseID))
        #expect(members.first { $0.key == "done_on" }?.value == .null)
    }

    @Test func filesArePrivateAndNeverOverwritten() throws {
        let target = directory.file("out/export")
        #expect(throws: ExportError.self) { try ExportFiles.write([OutputFile(name: "a.csv", contents: "x")], into: target) }
        try FileManager.default.createDirectory(atPath: directory.file("out"), withIntermediateDirectories: false)
        let paths = try ExportFiles.write([OutputFile(name: "a.csv", contents: "å,b\r\n"), OutputFile(name: "b.csv", contents: "")], into: target)
        #expect(paths == [target + "/a.csv", target + "/b.csv"])
        #expect(try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int == 0o700)
        for path in paths { #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600) }
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "å,b\r\n")

        do {
            try ExportFiles.write([OutputFile(name: "c.csv", contents: "new"), OutputFile(name: "a.csv", contents: "new")], into: target)
            Issue.record("an existing file was overwritten")
        } catch {
            #expect(error.message == "Nothing was written because these files already exist: \(target)/a.csv; choose another output directory or move them away.")
        }
        #expect(!FileManager.default.fileExists(atPath: target + "/c.csv"))
        #expect(try String(contentsOfFile: paths[0], encoding: .utf8) == "å,b\r\n")
    }

    @Test func theParserItselfRejectsBrokenQuoting() {
        #expect(CSVParser.records("a,\"b\r\n") == nil)
        #expect(CSVParser.records("\"a\"x,b\r\n") == nil)
        #expect(CSVParser.records("a,\"b,\"\"c\"\"\r\nd\"\r\n,\r\n") == [["a", "b,\"c\"\r\nd"], ["", ""]])
    }
}

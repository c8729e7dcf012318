import Foundation
import Testing
@testable import AssistanceCore
import TestSupport

/// Issue 13, item 6: export files and report CSV carry no raw control character and no cell
/// a spreadsheet would run, while the tool's own numbers stay numbers.
@Suite struct ExportSafetyTests {
    static let hostile = "A\u{1B}[2J\u{1B}]52;c;SGVsbG8=\u{07}B\u{07}C\u{9B}31mD\u{7F}E\u{202E}F"

    /// Hostile text in an alias, a note and an organisation's name; formulas in others.
    static func journal() throws -> TestJournal {
        var journal = try TestJournal.staffed()
        try journal.record(.addOrganisation(id: "evil", name: hostile, kind: .ngo, contact: "=1+1", city: "@cmd"), by: "sofie")
        let first = try journal.openCase(alias: hostile)
        let second = try journal.openCase(alias: "-2+3")
        try journal.record(.addNote(caseID: first, text: hostile + "\nsecond line"), by: "mette")
        try journal.record(.addNote(caseID: second, text: "+SUM(A1)"), by: "mette")
        try journal.record(.sendReferral(ReferralDetails(caseID: first, organisationID: "evil", serviceKind: .accommodation, madeOn: journal.today)), by: "mette")
        return journal
    }

    @Test func exportFilesHoldNoRawControl() throws {
        let tables = EntityExport.tables(from: try Self.journal().state, includeNames: true)
        for table in tables {
            #expect(RawControls.found(in: table.csv()) == [], "\(table.name).csv")
            #expect(!table.csv().replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(table.name).csv: one line per record")
            #expect(RawControls.found(in: table.jsonLines()) == [], "\(table.name).jsonl")
        }
        let cases = try #require(tables.first { $0.name == "cases" })
        #expect(cases.csv().contains("A\\e[2J\\e]52;c;SGVsbG8=\\u{7}B\\u{7}C\\u{9B}31mD\\u{7F}E\\u{202E}F"))
        #expect(cases.jsonLines().contains(#"A\u001b[2J\u001b]52;c;SGVsbG8=\u0007B\u0007C\u009b31mD\u007fE\u202eF"#))
    }

    @Test func jsonLinesRoundTripTheStoredText() throws {
        let notes = try #require(EntityExport.tables(from: try Self.journal().state, includeNames: false).first { $0.name == "notes" })
        let texts = try notes.jsonLines().split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["text"] as? String
        }
        #expect(texts == [Self.hostile + "\nsecond line", "+SUM(A1)"])
    }

    @Test func formulaCellsAreNeutralisedAndNumbersAreNot() throws {
        let tables = EntityExport.tables(from: try Self.journal().state, includeNames: false)
        func rows(_ name: String) throws -> [[String: String]] {
            let table = try #require(tables.first { $0.name == name })
            let records = try #require(CSVParser.records(table.csv()))
            return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
        }
        let organisation = try #require(try rows("organisations").first { $0["id"] == "evil" })
        #expect(organisation["contact"] == "'=1+1" && organisation["city"] == "'@cmd")
        let legal = try #require(try rows("organisations").first { $0["id"] == "legal" })
        #expect(legal["contact"] == "'+45 1" && legal["name"] == "Legal Aid" && legal["active"] == "true")
        #expect(try rows("cases").map { $0["alias"] } == [SafeText.display(Self.hostile), "'-2+3"])
        #expect(try rows("cases").map { $0["birth_year"] } == ["1990", "1990"])
        #expect(try rows("notes").map { $0["text"] } == [SafeText.display(Self.hostile + "\nsecond line"), "'+SUM(A1)"])
        #expect(try rows("notes").map { $0["seq"] } == (try Self.journal().state.notes.map { String($0.seq) }))
        #expect(try rows("referrals").first?["follow_ups"] == "0")
    }

    @Test func reportCSVNeutralisesLabelsButNotCounts() {
        let table = ReportTable(
            id: "t", title: "T", columns: ["Organisation", "Sent", "Median days"],
            rows: [[.text("=1+1"), .count(2), .days(nil)], [.text(Self.hostile), .suppressed(threshold: 5), .days(-1.5)]],
            totals: [.text("Total"), .count(3), .days(2)])
        #expect(table.csv() == """
            Organisation,Sent,Median days\r
            "'=1+1",2,-\r
            \(SafeText.display(Self.hostile)),<5,-1.5\r
            Total,3,2\r

            """)
    }
}

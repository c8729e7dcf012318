import Foundation
import Testing
import TestSupport

/// Issue 5: `assist report` and `assist export` end to end.
@Suite struct ReportCommandTests {
    let home = TemporaryDirectory()
    var journal: String { home.file("journal.jsonl") }
    var assist: AssistBinary { AssistBinary(home: home.path, journal: journal) }

    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try assist.run(arguments)
        #expect(result.status == 0, "assist \(arguments.joined(separator: " ")) failed: \(result.standardError)", sourceLocation: sourceLocation)
        return result.standardOutput
    }

    /// Two cases identified in 2025, one in 2024, and one referral answered after 4 days.
    func seeded() throws {
        try succeed(["init", "--name", "Test Admin"])
        try succeed(["user", "add", "mette", "--name", "Mette Nielsen", "--role", "caseworker"])
        try succeed(["org", "add", "clinic", "--name", "City Clinic", "--kind", "health_service"])
        let amina = try succeed([
            "case", "open", "--alias", "Amina", "--legal-name", "Amina Secret", "--sex", "female", "--nationality", "NG",
            "--exploitation", "sexual,forced_labour", "--born", "1999", "--identified-on", "2025-03-01", "--consent-share",
            "--caseworker", "mette",
        ]).trimmingCharacters(in: .whitespacesAndNewlines)
        try succeed(["case", "open", "--alias", "Olena", "--sex", "female", "--nationality", "UA", "--exploitation", "forced_labour", "--identified-on", "2025-04-01"])
        try succeed(["case", "open", "--alias", "Bao", "--sex", "male", "--nationality", "VN", "--exploitation", "other", "--identified-on", "2024-06-01"])
        let referral = try succeed(["referral", "send", amina, "--org", "clinic", "--service", "medical", "--date", "2025-03-02"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try succeed(["referral", "accept", referral, "--date", "2025-03-06"])
    }

    @Test func textReportForAYear() throws {
        try seeded()
        let text = try succeed(["report", "--year", "2025"])
        #expect(text.hasPrefix("Period report 2025-01-01 to 2025-12-31\n\nCases\n"))
        #expect(text.contains("""
            Cases identified, by nationality
            Nationality  Cases
            ------------------
            Nigeria          1
            Ukraine          1
            ------------------
            Total            2
            """))
        #expect(text.contains("City Clinic      1         1         0          0          0           0                      4\n"))
        #expect(text.contains("Mette Nielsen                  1               0\nTest Admin                     2               0\n"))
        #expect(!text.contains("Amina"))
    }

    @Test func jsonAndSuppressedCSV() throws {
        try seeded()
        let json = try succeed(["report", "--from", "2024-01-01", "--to", "2025-12-31", "--format", "json"])
        #expect(json.hasPrefix(#"{"period":{"from":"2024-01-01","to":"2025-12-31"},"suppressed_below":null,"tables":[{"id":"cases","title":"Cases","columns":["Cases","Count"],"rows":[["Identified in the period",3],"#))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
        let csv = try succeed(["report", "--year", "2025", "--format", "csv", "--suppress-below", "5"])
        #expect(csv.contains("\"Cases identified, by sex\"\r\nSex,Cases\r\nFemale,<5\r\nMale,0\r\nTransgender,0\r\nUnknown,0\r\nTotal (counts below 5 suppressed),<5\r\n"))
    }

    @Test func outWritesOnePrivateFilePerTable() throws {
        try seeded()
        let out = home.file("report")
        let said = try succeed(["report", "--year", "2025", "--format", "csv", "--out", out])
        #expect(said == "Wrote 12 files into \(out).\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.count == 12 && names.contains("identified_by_sex.csv") && names.contains("caseload.csv"))
        #expect(try FileManager.default.attributesOfItem(atPath: out + "/caseload.csv")[.posixPermissions] as? Int == 0o600)
        #expect(try String(contentsOfFile: out + "/identified_by_sex.csv", encoding: .utf8) == "Sex,Cases\r\nFemale,2\r\nMale,0\r\nTransgender,0\r\nUnknown,0\r\nTotal,2\r\n")
    }

    @Test func conflictingOrBackwardsPeriodsAreRefused() throws {
        try seeded()
        let both = try assist.run(["report", "--year", "2025", "--from", "2025-01-01"])
        #expect(both.status != 0 && both.standardOutput.isEmpty)
        #expect(both.standardError.contains("--year cannot be combined with --from or --to; give either a year or a range of days."))
        let backwards = try assist.run(["report", "--from", "2025-06-01", "--to", "2025-01-01"])
        #expect(backwards.status == 1)
        #expect(backwards.standardError == "assist: --to: The period ends on 2025-01-01, before it starts on 2025-06-01; give a --to on or after --from.\n")
        let suppress = try assist.run(["report", "--suppress-below", "1"])
        #expect(suppress.status != 0 && suppress.standardError.contains("--suppress-below must be 2 or more"))
    }

    @Test func exportWritesEachEntityAndLeavesNamesOutUnlessAsked() throws {
        try seeded()
        let out = home.file("export")
        #expect(try succeed(["export", "--format", "csv", "--out", out]) == "Wrote 6 files into \(out).\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names == ["cases.csv", "notes.csv", "organisations.csv", "referrals.csv", "steps.csv", "users.csv"])
        #expect(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int == 0o700)
        let cases = try String(contentsOfFile: out + "/cases.csv", encoding: .utf8)
        #expect(cases.hasPrefix("id,alias,sex,birth_year,"))
        #expect(!cases.contains("Amina Secret"))

        let again = try assist.run(["export", "--format", "csv", "--out", out])
        #expect(again.status == 1)
        #expect(again.standardError.hasPrefix("assist: Nothing was written because these files already exist: \(out)/cases.csv, "))

        let named = home.file("named")
        try succeed(["export", "--format", "jsonl", "--out", named, "--include-names"])
        let lines = try String(contentsOfFile: named + "/cases.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains(#""legal_name":"Amina Secret""#))
    }

    /// Issue 13: a link planted in the output directory, at a file's name or as the directory
    /// itself, is refused with one sentence; where it points stays byte-identical and nothing
    /// else appears anywhere.
    @Test func plantedSymbolicLinksAreRefusedAndNothingIsWritten() throws {
        try seeded()
        let victim = home.file("victim.txt")
        try Data("the victim's bytes".utf8).write(to: URL(fileURLWithPath: victim))
        let out = home.file("report")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: out + "/caseload.csv", withDestinationPath: victim)
        let elsewhere = home.file("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: home.file("export"), withDestinationPath: elsewhere)
        let before = FileTree(home.path)

        let report = try assist.run(["report", "--year", "2025", "--format", "csv", "--out", out])
        #expect(report.status == 1 && report.standardOutput.isEmpty)
        #expect(report.standardError == "assist: Nothing was written because \(out)/caseload.csv is a symbolic link, which output files never follow; remove the link or choose another directory.\n")
        let export = try assist.run(["export", "--format", "csv", "--out", home.file("export")])
        #expect(export.status == 1 && export.standardOutput.isEmpty)
        #expect(export.standardError == "assist: Nothing was written because \(home.file("export")) is a symbolic link, which output files never follow; remove the link or choose another directory.\n")
        #expect(FileTree(home.path) == before)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "the victim's bytes")
    }

    /// The rule for an existing directory is stated in both commands' help.
    @Test func helpSaysHowOutputFilesAreWritten() throws {
        for command in ["export", "report"] {
            let help = try succeed([command, "--help"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("an existing one takes the files beside what it holds, but nothing is written if any of their names is taken."))
            #expect(help.contains("A symbolic link as the directory, or at a file's name, is refused."))
        }
    }
}

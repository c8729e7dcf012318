import Foundation
import Testing
import TestSupport

/// The `assist` binary end to end: what scripts depend on (exact command names, ids alone on
/// stdout, JSON that parses, exit codes and one-sentence errors that change nothing).
@Suite struct CommandLineTests {
    let home = TemporaryDirectory()
    var journal: String { home.file("journal.jsonl") }
    var assist: AssistBinary { AssistBinary(home: home.path, journal: journal) }

    /// Runs a command that must succeed and returns its standard output.
    @discardableResult
    func succeed(_ arguments: [String], input: String = "", sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try assist.run(arguments, input: input)
        #expect(result.status == 0, "assist \(arguments.joined(separator: " ")) failed: \(result.standardError)", sourceLocation: sourceLocation)
        return result.standardOutput
    }

    /// Runs a command that must fail, checks the journal did not change, and returns standard error.
    func refuse(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let before = try Data(contentsOf: URL(fileURLWithPath: journal))
        let result = try assist.run(arguments)
        #expect(result.status != 0, "expected a refusal", sourceLocation: sourceLocation)
        #expect(result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before, "the journal changed", sourceLocation: sourceLocation)
        return result.standardError
    }

    /// A journal with a coordinator, an organisation and one case.
    func seeded() throws -> String {
        try succeed(["init", "--name", "Test Admin"])
        try succeed(["user", "add", "mette", "--name", "Mette Nielsen", "--role", "caseworker"])
        try succeed(["org", "add", "redcross", "--name", "Red Cross Shelter", "--kind", "shelter", "--city", "Copenhagen"])
        return try succeed([
            "case", "open", "--alias", "Amina", "--sex", "female", "--nationality", "NG", "--exploitation", "sexual,forced_labour",
            "--born", "1999", "--identified-on", "-3", "--consent-share",
        ]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func initCreatesAPrivateJournalThatVerifies() throws {
        let output = try succeed(["init"])
        #expect(output.contains("is its admin"))
        let mode = try FileManager.default.attributesOfItem(atPath: journal)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let verify = try succeed(["verify"])
        #expect(verify.contains("intact: 1 entry"))
        #expect(verify.range(of: "Head hash: [0-9a-f]{64}", options: .regularExpression) != nil)
        let again = try assist.run(["init"])
        #expect(again.status == 1)
        #expect(again.standardError.hasPrefix("assist: "))
    }

    @Test func recordsAWholeCaseAndPrintsIDsAlone() throws {
        let caseID = try seeded()
        #expect(caseID.range(of: "^C-[0-9]{4}-[0-9]{4}$", options: .regularExpression) != nil)
        let stepSeq = try succeed(["step", "add", caseID, "--kind", "medical", "--date", "today", "--org", "redcross", "--note", "Check-up"])
        #expect(Int(stepSeq.trimmingCharacters(in: .whitespacesAndNewlines)) != nil)
        let planned = try succeed(["step", "add", caseID, "--kind", "legal_counselling", "--date", "+2", "--planned"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let referral = try succeed(["referral", "send", caseID, "--org", "redcross", "--service", "accommodation"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(referral.range(of: "^R-[0-9]{4}-[0-9]{4}$", options: .regularExpression) != nil)
        try succeed(["referral", "decline", referral, "--reason", "No beds this month"])
        try succeed(["note", "add", caseID, "Prefers a female interpreter; taler dansk og русский."])
        try succeed(["step", "done", planned])

        let show = try succeed(["case", "show", caseID, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any])
        #expect(object["alias"] as? String == "Amina")
        #expect(object["nationality"] as? String == "NG")
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        #expect(timeline.count >= 6)

        let referrals = try succeed(["referrals", "--status", "all", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(referrals.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["status"] as? String == "declined")
        #expect(rows.first?["overdue"] as? Bool == false)

        let csv = try succeed(["cases", "--format", "csv"])
        #expect(csv.hasPrefix("id,alias,nationality,exploitation,status,"))
        #expect(csv.contains("\(caseID),Amina,NG,sexual;forced_labour,open,"))

        let verify = try succeed(["verify"])
        #expect(verify.contains("intact: 10 entries"))
    }

    @Test func refusalsAreOneSentenceAndWriteNothing() throws {
        let caseID = try seeded()
        let badSex = try refuse(["case", "open", "--alias", "X", "--sex", "robot", "--exploitation", "sexual"])
        #expect(badSex.contains("--sex") && badSex.contains("female, male, transgender, unknown"))
        let badDate = try refuse(["step", "add", caseID, "--kind", "medical", "--date", "30/11/2026"])
        #expect(badDate.contains("'30/11/2026' is not a date"))
        let unknownCase = try refuse(["note", "add", "C-1999-0001", "text"])
        #expect(unknownCase.contains("C-1999-0001"))
        let unknownOrg = try refuse(["referral", "send", caseID, "--org", "nowhere", "--service", "medical"])
        #expect(unknownOrg.contains("nowhere"))
        let notAdmin = try refuse(["note", "add", caseID, "text", "--as", "nobody"])
        #expect(!notAdmin.isEmpty)
        for message in [badSex, badDate, unknownCase, unknownOrg, notAdmin] {
            #expect(message.hasPrefix("assist: "))
            #expect(!message.contains("Amina"), "an error quoted personal data")
        }
    }

    @Test func verifyNamesTheDamagedLineAndExitsNonZero() throws {
        let caseID = try seeded()
        var lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "Mette", with: "Mettx")
        try lines.joined(separator: "\n").write(toFile: journal, atomically: false, encoding: .utf8)
        let result = try assist.run(["verify"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("line 3") || result.standardError.contains("line 4"))
        let refused = try refuse(["note", "add", caseID, "text"])
        #expect(refused.hasPrefix("assist: "))
    }

    @Test func demoIsWrittenBesideTheDefaultJournalAndNeverOverwritten() throws {
        let demo = AssistBinary(home: home.path)
        let first = try demo.run(["demo", "--seed", "7"])
        #expect(first.status == 0, "\(first.standardError)")
        let path = home.path + "/data/assist/demo.jsonl"
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: home.path + "/data/assist/journal.jsonl"))
        let second = try demo.run(["demo"])
        #expect(second.status == 1)
        #expect(second.standardError.contains("--force"))
        let forced = try demo.run(["demo", "--force", "--seed", "7"])
        #expect(forced.status == 0)
        let verify = try demo.run(["verify", "--journal", path])
        #expect(verify.status == 0)
        let cases = try demo.run(["cases", "--status", "all", "--format", "json", "--journal", path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(cases.standardOutput.utf8)) as? [[String: Any]])
        #expect(rows.count >= 70)
    }

    @Test func badEnvironmentIsExplained() throws {
        var empty = assist
        empty.environment["ASSIST_JOURNAL"] = ""
        let result = try empty.run(["cases"])
        #expect(result.status == 1)
        #expect(result.standardError == "assist: ASSIST_JOURNAL is set but empty; set it to the path of a journal file, or unset it to use the default.\n")
        let missing = try assist.run(["cases"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains(journal))
    }
}

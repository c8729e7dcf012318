import Foundation
import Testing
import TestSupport

/// The case, organisation and user commands the other CLI tests do not reach: each must change
/// what `case show`, `org list` or `user list` report, and refuse what the core refuses.
@Suite struct CaseLifecycleCommandTests {
    let home = TemporaryDirectory()
    var assist: AssistBinary { AssistBinary(home: home.path, journal: home.file("journal.jsonl")) }

    @discardableResult
    func output(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try assist.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func show(_ caseID: String) throws -> [String: Any] {
        let text = try output(["case", "show", caseID, "--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func assignConsentReflectionExtendCloseAndReopen() throws {
        try output(["init"])
        try output(["user", "add", "mette", "--name", "Mette Nielsen", "--role", "caseworker"])
        let caseID = try output(["case", "open", "--alias", "Ola", "--sex", "male", "--exploitation", "forced_labour",
                                 "--identified-on", "-2", "--no-consent-share"])
        try output(["case", "assign", caseID, "mette"])
        #expect(try show(caseID)["caseworker"] as? String == "mette")
        try output(["case", "consent", caseID, "--processing", "--sharing"])
        #expect(try show(caseID)["consent_sharing"] as? Bool == true)
        try output(["case", "reflection", caseID, "--date", "-2"])
        let started = try #require(try show(caseID)["reflection"] as? [String: String])
        let ends = try #require(started["ends_on"])
        try output(["case", "extend", caseID, "--until", "+60", "--reason", "Prepared return being arranged"])
        let extended = try #require(try show(caseID)["reflection"] as? [String: String])
        #expect(extended["ends_on"] != ends)
        let tooLong = try assist.run(["case", "extend", caseID, "--until", "+200", "--reason", "x"])
        #expect(tooLong.status == 1)
        #expect(tooLong.standardError.contains("120"))
        try output(["case", "update", caseID, "--risk", "high", "--shelter", "Nordlys"])
        #expect(try show(caseID)["risk"] as? String == "high")
        try output(["case", "close", caseID, "--reason", "integrated"])
        #expect(try show(caseID)["status"] as? String == "closed")
        try output(["case", "reopen", caseID, "--reason", "Came back for help"])
        #expect(try show(caseID)["status"] as? String == "open")
    }

    @Test func organisationsAndRoles() throws {
        try output(["init"])
        try output(["org", "add", "nordlys", "--name", "Nordlys Shelter", "--kind", "shelter"])
        try output(["org", "update", "nordlys", "--no-active", "--city", "Aarhus"])
        let orgs = try output(["org", "list", "--format", "csv"])
        #expect(orgs.contains("nordlys,Nordlys Shelter,shelter,Aarhus,no,0,0"))
        let bothWays = try assist.run(["org", "update", "nordlys", "--active", "--no-active"])
        #expect(bothWays.status == 64)
        #expect(bothWays.standardError.hasPrefix("assist: Value to be set with flag '--no-active' had already been set with flag '--active'\n"))
        try output(["user", "add", "sofie", "--name", "Sofie Krag", "--role", "caseworker"])
        try output(["user", "role", "sofie", "coordinator"])
        #expect(try output(["user", "list", "--format", "csv"]).contains("sofie,Sofie Krag,coordinator"))
        let caseID = try output(["case", "open", "--alias", "Ola", "--sex", "male", "--exploitation", "forced_labour", "--consent-share"])
        let inactive = try assist.run(["referral", "send", caseID, "--org", "nordlys", "--service", "accommodation"])
        #expect(inactive.status == 1)
        #expect(inactive.standardError.contains("nordlys"))
    }
}

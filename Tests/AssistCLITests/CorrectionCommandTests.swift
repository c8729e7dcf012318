import Foundation
import Testing
import TestSupport

/// Recording on behalf of someone, amending and retracting, closing and the day's log, through the binary.
@Suite struct CorrectionCommandTests {
    let home = TemporaryDirectory()
    var journal: String { home.file("journal.jsonl") }
    var assist: AssistBinary { AssistBinary(home: home.path, journal: journal) }

    func run(_ arguments: [String]) throws -> RunResult { try assist.run(arguments) }

    func output(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try assist.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.standardError)", sourceLocation: sourceLocation)
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func lastLine() throws -> [String: Any] {
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").last)
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func anAdminRecordsOnBehalfOfACaseworkerAndTheEntryNamesBoth() throws {
        _ = try output(["init"])
        _ = try output(["user", "add", "mette", "--name", "Mette Nielsen", "--role", "caseworker"])
        let caseID = try output(["case", "open", "--alias", "Ola", "--sex", "male", "--exploitation", "forced_labour", "--as", "mette"])
        let entry = try lastLine()
        #expect(entry["actor"] as? String == "root")
        #expect(entry["as"] as? String == "mette")
        let rows = try output(["cases", "--format", "json"])
        #expect(rows.contains("\"caseworker\":\"mette\""))
        let unknown = try run(["note", "add", caseID, "x", "--as", "ghost"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("ghost"))
    }

    @Test func amendAndRetractKeepBothVersions() throws {
        _ = try output(["init"])
        // Identified before the step, as a done step must be.
        let caseID = try output(["case", "open", "--alias", "Ola", "--sex", "male", "--exploitation", "forced_labour", "--identified-on", "-5"])
        let step = try output(["step", "add", caseID, "--kind", "medical", "--date", "-1"])
        let note = try output(["note", "add", caseID, "First note"])
        _ = try output(["amend", step, "--reason", "Wrong day", "--set", "date=\(dateString(daysAgo: 2))"])
        _ = try output(["retract", note, "--reason", "Wrong case"])
        let show = try output(["case", "show", caseID, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any])
        let timeline = try #require(object["timeline"] as? [[String: Any]])
        let noteItem = try #require(timeline.first { ($0["seq"] as? Int) == Int(note) })
        #expect(noteItem["retracted"] as? Bool == true)
        let stepItem = try #require(timeline.first { ($0["seq"] as? Int) == Int(step) })
        #expect((stepItem["amended_by"] as? [Int])?.count == 1)
        let bad = try run(["amend", step, "--reason", "x", "--set", "date"])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("FIELD=VALUE"))
    }

    @Test func closingAndTheDayLog() throws {
        _ = try output(["init"])
        let caseID = try output(["case", "open", "--alias", "Ola", "--sex", "male", "--exploitation", "forced_labour"])
        _ = try output(["case", "close", caseID, "--reason", "prepared_return"])
        let again = try run(["case", "close", caseID, "--reason", "integrated"])
        #expect(again.status == 1)
        #expect(try output(["cases"]).split(separator: "\n").count == 1)
        #expect(try output(["cases", "--status", "closed"]).contains(caseID))
        let log = try output(["log", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["entries"] as? Int == 3)
        #expect(totals["new_cases"] as? Int == 1)
        let text = try output(["log"])
        #expect(text.contains("3 entries by 1 person"))
    }

    func dateString(daysAgo: Int) -> String {
        let date = Date(timeIntervalSinceNow: -Double(daysAgo) * 86_400)
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

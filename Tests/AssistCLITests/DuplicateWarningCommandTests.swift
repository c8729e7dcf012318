import Foundation
import Testing
import TestSupport

/// Issue 16: `assist case open` warns on standard error of cases that may be the same person
/// and opens the case all the same, its id alone on standard output.
@Suite struct DuplicateWarningCommandTests {
    let home = TemporaryDirectory()
    var assist: AssistBinary { AssistBinary(home: home.path, journal: home.file("journal.jsonl")) }

    /// Opens a case for a man exploited for forced labour; returns what the run printed.
    func open(_ alias: String, _ options: [String] = []) throws -> RunResult {
        try assist.run(["case", "open", "--alias", alias, "--sex", "male", "--exploitation", "forced_labour"] + options)
    }

    /// The header line of the warning for `caseID`, with one case listed.
    func header(_ caseID: String) -> String {
        "assist: warning: \(caseID) may be the same person as 1 case already in the journal (a similar name, the same nationality "
            + "and birth year within one where known); check before recording more:\n"
    }

    @Test func aSecondSpellingOfTheSamePersonIsWarnedOfAndStillOpened() throws {
        #expect(try assist.run(["init"]).status == 0)
        let first = try open("Nguyễn Văn Đức", ["--nationality", "VN", "--born", "1990"])
        #expect(first.status == 0)
        #expect(first.standardError == "")
        let firstID = first.standardOutput.trimmingCharacters(in: .newlines)

        let second = try open("Nguyen Van Duc", ["--nationality", "VN", "--born", "1991"])
        #expect(second.status == 0)
        let secondID = second.standardOutput.trimmingCharacters(in: .newlines)
        #expect(second.standardOutput == secondID + "\n")
        #expect(secondID.hasPrefix("C-") && secondID != firstID)
        #expect(second.standardError == header(secondID) + "assist:   \(firstID) Nguyễn Văn Đức\n")
        #expect(try assist.run(["case", "show", secondID]).status == 0)

        let otherCountry = try open("Nguyen Van Duc", ["--nationality", "TH", "--born", "1991"])
        #expect(otherCountry.status == 0)
        #expect(otherCountry.standardError == "")
        let olderPerson = try open("Nguyen Van Duc", ["--nationality", "VN", "--born", "1980"])
        #expect(olderPerson.status == 0)
        #expect(olderPerson.standardError == "")
    }

    @Test func theWarningNamesAliasesEscapedAndNeverALegalName() throws {
        #expect(try assist.run(["init"]).status == 0)
        let first = try open("Hoa\u{1B}]0;x\u{7}", ["--legal-name", "Trần Thị Hồng"])
        let firstID = first.standardOutput.trimmingCharacters(in: .newlines)
        let second = try open("Tran Thi Hong")
        #expect(second.status == 0)
        let secondID = second.standardOutput.trimmingCharacters(in: .newlines)
        #expect(second.standardError == header(secondID) + "assist:   \(firstID) Hoa\\e]0;x\\u{7}\n")
        #expect(!second.standardError.contains("Trần"))
    }
}

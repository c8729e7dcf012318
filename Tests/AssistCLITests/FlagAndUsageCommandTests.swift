import Foundation
import Testing
import TestSupport

/// Issue 14: yes/no as flag pairs, required options refused by ArgumentParser before anything is
/// opened, and the one place that reports every failure (VocabularyCommandTests.swift has the lists).
extension CommandLineTests {
    /// The case as `case show --format json` prints it.
    func show(_ caseID: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value(["case", "show", caseID, "--format", "json"]).utf8)) as? [String: Any])
    }

    /// Opens a case with `flags` added and returns its consent to processing and to sharing.
    func consentOfACaseOpened(with flags: [String]) throws -> (processing: Bool?, sharing: Bool?) {
        let caseID = try value(["case", "open", "--alias", "A", "--sex", "male", "--exploitation", "sexual"] + flags)
        let object = try show(caseID)
        return (object["consent_processing"] as? Bool, object["consent_sharing"] as? Bool)
    }

    @Test func theConsentFlagsOfCaseOpenWorkBothWays() throws {
        try succeed(["init"])
        #expect(try consentOfACaseOpened(with: []) == (true, false))
        #expect(try consentOfACaseOpened(with: ["--consent-share"]) == (true, true))
        #expect(try consentOfACaseOpened(with: ["--no-consent-share"]) == (true, false))
        #expect(try consentOfACaseOpened(with: ["--no-consent-processing"]) == (false, false))
        #expect(try consentOfACaseOpened(with: ["--consent-processing", "--consent-share"]) == (true, true))
    }

    @Test func caseConsentTakesEachAnswerBothWaysAndRequiresBoth() throws {
        let caseID = try seeded()
        for (processing, sharing) in [(true, true), (false, true), (true, false), (false, false)] {
            try succeed(["case", "consent", caseID, processing ? "--processing" : "--no-processing", sharing ? "--sharing" : "--no-sharing"])
            let object = try show(caseID)
            #expect(object["consent_processing"] as? Bool == processing && object["consent_sharing"] as? Bool == sharing)
        }
        #expect(try usageRefusal(["case", "consent", caseID, "--processing"]) == "assist: Missing one of: '--sharing', '--no-sharing'")
        #expect(try usageRefusal(["case", "consent", caseID, "--sharing", "--processing", "--no-processing"])
            == "assist: Value to be set with flag '--no-processing' had already been set with flag '--processing'")
    }

    @Test func orgUpdateActiveWorksBothWaysAndLeavesItAsItIsWithout() throws {
        _ = try seeded()
        func active() throws -> String? {
            try succeed(["org", "list", "--format", "csv"]).split(whereSeparator: \.isNewline).first { $0.hasPrefix("redcross,") }
                .map { String($0.split(separator: ",", omittingEmptySubsequences: false)[4]) }
        }
        try succeed(["org", "update", "redcross", "--no-active"])
        #expect(try active() == "no")
        try succeed(["org", "update", "redcross", "--city", "Aarhus"])
        #expect(try active() == "no")
        try succeed(["org", "update", "redcross", "--active"])
        #expect(try active() == "yes")
    }

    @Test func plannedMakesAPlannedStepAndItsAbsenceADoneOne() throws {
        let caseID = try seeded()
        try succeed(["step", "add", caseID, "--kind", "medical", "--date", "+3", "--planned"])
        #expect((try show(caseID)["next_step"] as? [String: Any])?["kind"] as? String == "medical")
        try succeed(["step", "add", caseID, "--kind", "legal_counselling"])
        #expect((try show(caseID)["next_step"] as? [String: Any])?["kind"] as? String == "medical")
    }

    @Test func aMissingRequiredOptionIsRefusedByArgumentParsersSentence() throws {
        let caseID = try seeded()
        #expect(try usageRefusal(["case", "open", "--sex", "female", "--exploitation", "sexual"])
            == "assist: Missing expected argument '--alias <alias>'")
        #expect(try usageRefusal(["case", "open", "--alias", "A", "--exploitation", "sexual"]) == "assist: Missing expected argument '--sex <sex>'")
        #expect(try usageRefusal(["case", "open", "--alias", "A", "--sex", "female"])
            == "assist: Missing expected argument '--exploitation <exploitation>'")
        #expect(try usageRefusal(["step", "add", caseID]) == "assist: Missing expected argument '--kind <kind>'")
        #expect(try usageRefusal(["amend", "4", "--reason", "Wrong"]) == "assist: Missing expected argument '--set <field=value> ...'")
        #expect(try usageRefusal(["user", "role", "mette"]) == "assist: Missing expected argument '<role>'")
    }

    @Test func helpGoesToStandardOutputAndAnErrorOfTheJournalStaysOneLineWithStatusOne() throws {
        let caseID = try seeded()
        for arguments in [["step", "add", "--help"], ["help", "step", "add"]] {
            let result = try assist.run(arguments)
            #expect(result.status == 0 && result.standardError.isEmpty, "\(arguments)")
            #expect(result.standardOutput.hasPrefix("OVERVIEW: Record a step done for the person"), "\(arguments)")
        }
        let unknown = try assist.run(["step", "add", "C-1999-0001", "--kind", "medical"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasPrefix("assist: ") && unknown.standardError.split(separator: "\n").count == 1)
        #expect(unknown.standardError.contains("C-1999-0001") && !unknown.standardError.contains(caseID))
    }

    @Test func aRefusedValueIsEscapedLikeStoredText() throws {
        _ = try seeded()
        let result = try assist.run(["cases", "--status", "\u{1B}[2J"])
        #expect(result.status == 64)
        #expect(!result.standardError.contains("\u{1B}"))
        #expect(result.standardError.hasPrefix(#"assist: The value '\e[2J' is invalid for '--status <status>'"#))
    }
}

import AssistanceCore
import Foundation
import Testing
import TestSupport

/// Issue 14, "the CLI from the vocabulary": each closed list of the vocabulary is one type, and
/// the built binary's help, shell completion and refusals all come from it.
extension CommandLineTests {
    /// Runs a command line ArgumentParser must refuse: status 64 (`EX_USAGE`), nothing on
    /// standard output, the journal byte for byte as it was, the usage after the sentence;
    /// returns the sentence, the first line of standard error.
    func usageRefusal(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let error = try refusal(status: 64, sourceLocation: sourceLocation) { try assist.run(arguments) }
        #expect(error.contains("\nUsage: assist "), sourceLocation: sourceLocation)
        return String(error.prefix { $0 != "\n" })
    }

    /// The tokens of `Term`, as a refusal and `--help` list them.
    static func tokens<Term: VocabularyTerm>(_ type: Term.Type) -> String {
        Term.allCases.map(\.rawValue).joined(separator: ", ")
    }

    @Test func aKindNotOnTheListIsRefusedWithEveryKind() throws {
        let caseID = try seeded()
        let sentence = try usageRefusal(["step", "add", caseID, "--kind", "foo"])
        #expect(sentence == "assist: The value 'foo' is invalid for '--kind <kind>': it is not a known kind of assistance; use one of: \(Self.tokens(StepKind.self)).")
    }

    @Test func stepAddHelpListsEveryKind() throws {
        let help = try value(["step", "add", "--help"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--kind <kind> The kind of assistance. (values: \(Self.tokens(StepKind.self)))"), "\(help)")
    }

    @Test func theBashCompletionScriptOffersTheVocabulary() throws {
        let script = try value(["--generate-completion-script", "bash"])
        func offers(_ tokens: [String]) -> Bool {
            let words = tokens.map { "'\($0)'" }.joined(separator: "$'\\n'")
            return script.contains("__assist_add_completions -W \(words)")
        }
        #expect(offers(StepKind.allCases.map(\.rawValue)))
        #expect(offers(ExploitationForm.allCases.map(\.rawValue)))
        #expect(offers(Role.allCases.map(\.rawValue)))
        #expect(offers(Country.all.map(\.code)))
    }

    /// Every option and argument that takes a value of a closed list, a command line that reaches
    /// it, and the end of its refusal; one that lost its list would answer otherwise.
    static let closedLists: [(arguments: [String], option: String, refusal: String)] = [
        (["case", "open", "--alias", "A", "--exploitation", "sexual", "--sex"], "--sex <sex>", "sex; use one of: \(tokens(Sex.self))."),
        (["case", "update", "C-1", "--sex"], "--sex <sex>", "sex; use one of: \(tokens(Sex.self))."),
        (["case", "open", "--alias", "A", "--sex", "male", "--exploitation"], "--exploitation <exploitation>",
         "form of exploitation; use one of: \(tokens(ExploitationForm.self))."),
        (["case", "open", "--alias", "A", "--sex", "male", "--exploitation", "sexual", "--identified-by"], "--identified-by <identified-by>",
         "identifying authority; use one of: \(tokens(IdentifiedBy.self))."),
        (["case", "update", "C-1", "--risk"], "--risk <risk>", "risk level; use one of: \(tokens(RiskLevel.self))."),
        (["case", "update", "C-1", "--nationality"], "--nationality <nationality>",
         "country; use an ISO 3166-1 alpha-2 code such as DK or NG, or an English country name."),
        (["case", "close", "C-1", "--reason"], "--reason <reason>", "closing reason; use one of: \(tokens(ClosingReason.self))."),
        (["step", "add", "C-1", "--kind"], "--kind <kind>", "kind of assistance; use one of: \(tokens(StepKind.self))."),
        (["referral", "send", "C-1", "--org", "x", "--service"], "--service <service>", "kind of assistance; use one of: \(tokens(StepKind.self))."),
        (["org", "add", "x", "--name", "X", "--kind"], "--kind <kind>", "kind of organisation; use one of: \(tokens(OrganisationKind.self))."),
        (["org", "update", "x", "--kind"], "--kind <kind>", "kind of organisation; use one of: \(tokens(OrganisationKind.self))."),
        (["user", "add", "x", "--name", "X", "--role"], "--role <role>", "role; use one of: \(tokens(Role.self))."),
        (["user", "role", "x"], "<role>", "role; use one of: \(tokens(Role.self))."),
        (["cases", "--status"], "--status <status>", "case status; use one of: open, closed, all."),
        (["referrals", "--status"], "--status <status>", "referral status; use one of: open, overdue, all."),
        (["cases", "--format"], "--format <format>", "format; use one of: text, json, csv."),
        (["case", "show", "C-1", "--format"], "--format <format>", "format; use one of: text, json."),
        (["report", "--format"], "--format <format>", "report format; use one of: text, csv, json."),
        (["export", "--format"], "--format <format>", "export format; use one of: csv, jsonl."),
        (["--screen"], "--screen <screen>", "screen; use one of: cases, referrals, activity, organisations, reports."),
    ]

    @Test func everyClosedListRefusesAValueNotOnItWithItsValues() throws {
        try succeed(["init"])
        for (arguments, option, refusal) in Self.closedLists {
            let sentence = try usageRefusal(arguments + ["nonsense"])
            #expect(sentence == "assist: The value 'nonsense' is invalid for '\(option)': it is not a known \(refusal)", "\(arguments)")
        }
    }

    @Test func aListNamesTheOneValueThatIsWrong() throws {
        try succeed(["init"])
        let sentence = try usageRefusal(["case", "open", "--alias", "A", "--sex", "male", "--exploitation", "sexual,robots"])
        #expect(sentence == "assist: The value 'sexual,robots' is invalid for '--exploitation <exploitation>': "
            + "'robots' is not a known form of exploitation; use one of: \(Self.tokens(ExploitationForm.self)).")
    }

    @Test func labelsAndAnyLetterCaseAreTakenAsBefore() throws {
        let caseID = try seeded()
        try succeed(["case", "update", caseID, "--sex", "MALE", "--identified-by", "Police", "--nationality", "ukraine", "--risk", "High"])
        try succeed(["step", "add", caseID, "--kind", "Legal counselling"])
        try succeed(["case", "update", caseID, "--exploitation", "Forced labour, sexual"])
        let show = try value(["case", "show", caseID, "--format", "JSON"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(show.utf8)) as? [String: Any])
        #expect(object["sex"] as? String == "male")
        #expect(object["identified_by"] as? String == "police")
        #expect(object["nationality"] as? String == "UA")
        #expect(object["risk"] as? String == "high")
        #expect(object["exploitation"] as? [String] == ["forced_labour", "sexual"])
        #expect(try String(contentsOfFile: journal, encoding: .utf8).contains(#""kind":"legal_counselling""#))
    }
}

import ArgumentParser
import AssistanceCore

// The vocabulary (DESIGN.md §2) as values of the command line: tokens or labels are accepted,
// tokens are listed and completed.
extension Sex: ChoiceArgument {}
extension ExploitationForm: ChoiceArgument {}
extension IdentifiedBy: ChoiceArgument {}
extension RiskLevel: ChoiceArgument {}
extension Role: ChoiceArgument {}
extension ClosingReason: ChoiceArgument {}
extension StepKind: ChoiceArgument {}
extension OrganisationKind: ChoiceArgument {}

extension Country: ChoiceArgument {
    /// A country by its ISO 3166-1 alpha-2 code or its English name.
    public static func choice(_ argument: String) throws(VocabularyError) -> Country {
        try parse(argument)
    }

    /// Too many to list in `--help`; completion offers every code.
    public static var defaultCompletionKind: CompletionKind { .list(all.map(\.code)) }
}

extension CaseListFilter: KeywordChoice {
    /// What one value is called in a refusal.
    public static let keywordName = "case status"
}

extension ReferralListFilter: KeywordChoice {
    /// What one value is called in a refusal.
    public static let keywordName = "referral status"
}

extension OutputFormat: KeywordChoice {
    static let keywordName = "format"
}

extension DocumentFormat: KeywordChoice {
    static let keywordName = "format"
}

extension StartScreen: KeywordChoice {
    static let keywordName = "screen"
}

extension ReportCommand.Format: KeywordChoice {
    static let keywordName = "report format"
}

extension ExportCommand.Format: KeywordChoice {
    static let keywordName = "export format"
}

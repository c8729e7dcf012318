import Foundation

/// A closed list of the vocabulary (DESIGN.md §2): each case's raw value is the stable token
/// stored in the journal, its `label` the text people read.
///
/// Labels may change between versions; tokens never do, so parsing accepts both.
public protocol VocabularyTerm: RawRepresentable, CaseIterable, Sendable, Hashable, CustomStringConvertible
where RawValue == String, AllCases == [Self] {
    /// The text shown to people, for example "Forced labour".
    var label: String { get }
    /// What one value is called in a sentence, for example "form of exploitation".
    static var termName: String { get }
}

extension VocabularyTerm {
    /// The display label.
    public var description: String { label }

    /// The value whose token or label is `text`, ignoring case and surrounding spaces; failing
    /// that, the one value whose token or label `text` names once both are folded
    /// (``NameFolding``: "forced-labour", "Legal counselling!"). An exact token always wins.
    ///
    /// Refusals list every allowed token, so the person can correct the input at once.
    public static func parse(_ text: String) throws(VocabularyError) -> Self {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        for term in allCases where term.rawValue == wanted || term.label.lowercased() == wanted {
            return term
        }
        let query = NameQuery(text)
        let folded = allCases.filter { query.equalsAField(of: NameFolding.key([$0.rawValue, $0.label])) }
        if folded.count == 1 { return folded[0] }
        throw VocabularyError(termName: termName, text: text, allowed: allCases.map(\.rawValue))
    }

    /// The value for a stored token, or nil when the token is unknown.
    public init?(token: String) {
        self.init(rawValue: token)
    }
}

/// A value that is not in a closed list of the vocabulary.
public struct VocabularyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What one value is called, for example "sex".
    public var termName: String
    /// What was given.
    public var text: String
    /// The tokens that would have been accepted.
    public var allowed: [String]

    /// Creates the error.
    public init(termName: String, text: String, allowed: [String]) {
        self.termName = termName
        self.text = text
        self.allowed = allowed
    }

    /// A sentence quoting the input and listing the allowed values.
    public var description: String {
        "'\(text)' is not a known \(termName); \(remedy)"
    }

    /// What to give instead, as the end of a sentence: "use one of: female, male, …".
    /// Countries are too many to list, so an empty `allowed` asks for a code or a name instead.
    public var remedy: String {
        guard !allowed.isEmpty else {
            return "use an ISO 3166-1 alpha-2 code such as DK or NG, or an English country name."
        }
        return "use one of: \(allowed.joined(separator: ", "))."
    }
}

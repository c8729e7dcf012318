import ArgumentParser
import AssistanceCore

/// A value an option or argument takes from a closed list: a term of the vocabulary, a
/// country, a list filter, an output format.
///
/// The type is the one source of what the command line says about it: `--help` lists its
/// `allValueStrings`, shell completion offers its `defaultCompletionKind`, and a value that is
/// not on the list is refused while the arguments are parsed, before any file is opened, with
/// a sentence naming the option and the values it takes (``ChoiceRefusal``). The `@Option` and
/// `@Argument` initialisers in ChoiceOptions.swift are chosen for these types, so a declaration
/// stays `@Option(help: "…") var kind: StepKind`.
public protocol ChoiceArgument: ExpressibleByArgument {
    /// The value `argument` names, or why it names none.
    static func choice(_ argument: String) throws(VocabularyError) -> Self
}

extension ChoiceArgument {
    /// The value `argument` names, for ArgumentParser's own uses of the type; options and
    /// arguments parse with ``choice(_:)`` so that a refusal can say why.
    public init?(argument: String) {
        guard let value = try? Self.choice(argument) else { return nil }
        self = value
    }
}

extension ChoiceArgument where Self: RawRepresentable, RawValue: ExpressibleByArgument {
    /// The value `argument` names. Declared again here to break the tie with ArgumentParser's
    /// `init?(argument:)` for raw-value enums, which knows no labels and no letter case.
    public init?(argument: String) {
        guard let value = try? Self.choice(argument) else { return nil }
        self = value
    }
}

extension ChoiceArgument where Self: VocabularyTerm {
    /// A term by its token or its label, in any letter case, as the core parses it.
    public static func choice(_ argument: String) throws(VocabularyError) -> Self {
        try parse(argument)
    }
}

/// A closed list of the command line's own, such as a format or a list filter: the raw values
/// are what is typed, and `keywordName` is what one of them is called in a refusal.
public protocol KeywordChoice: ChoiceArgument, CaseIterable, RawRepresentable<String> {
    /// What one value is called in a sentence, for example "format".
    static var keywordName: String { get }
}

extension KeywordChoice {
    /// The case whose raw value is `argument`, ignoring letter case and surrounding spaces.
    public static func choice(_ argument: String) throws(VocabularyError) -> Self {
        let wanted = argument.trimmingCharacters(in: .whitespaces).lowercased()
        guard let value = allCases.first(where: { $0.rawValue == wanted }) else {
            throw VocabularyError(termName: keywordName, text: argument, allowed: allCases.map(\.rawValue))
        }
        return value
    }
}

/// Why a value was refused, as the end of ArgumentParser's sentence "The value 'x' is invalid
/// for '--kind <kind>': …".
struct ChoiceRefusal: Error, CustomStringConvertible {
    /// The core's refusal of the value, or of one value of a list.
    var refusal: VocabularyError
    /// The whole argument as typed.
    var argument: String

    var description: String {
        // The sentence already quotes the argument; a list names the one value that is wrong.
        refusal.text == argument ? "it is not a known \(refusal.termName); \(refusal.remedy)" : refusal.description
    }
}

import ArgumentParser
import AssistanceCore

/// Several values of one closed list typed as one argument, separated by commas:
/// `--exploitation sexual,forced_labour`. Each is parsed, listed in `--help` and completed as
/// `Element` is; a refusal names the value that is wrong.
struct ChoiceList<Element: ChoiceArgument>: ChoiceArgument {
    /// The values in the order given.
    var values: [Element]

    static func choice(_ argument: String) throws(VocabularyError) -> Self {
        var values: [Element] = []
        for part in argument.split(separator: ",") {
            values.append(try Element.choice(String(part)))
        }
        return ChoiceList(values: values)
    }

    static var allValueStrings: [String] { Element.allValueStrings }

    static var defaultCompletionKind: CompletionKind { Element.defaultCompletionKind }
}

import ArgumentParser
import AssistanceCore

// `@Option` and `@Argument` for a ``ChoiceArgument``. Each initialiser has the signature of
// ArgumentParser's own for `ExpressibleByArgument`, in an extension constrained to the
// narrower protocol, so Swift prefers it for these types; it parses with a transform that can
// say why a value was refused, which `init?(argument:)` cannot. A transform hides the values
// and the default from ArgumentParser's help, so they are added to the help here, worded as
// ArgumentParser words them.

extension Option where Value: ChoiceArgument {
    /// A required option taking one value of `Value`'s list.
    init(
        name: NameSpecification = .long, parsing parsingStrategy: SingleValueParsingStrategy = .next,
        help: ArgumentHelp? = nil, completion: CompletionKind? = nil
    ) {
        self.init(
            name: name, parsing: parsingStrategy, help: ChoiceParsing.help(help, Value.self),
            completion: completion ?? Value.defaultCompletionKind, transform: ChoiceParsing.transform(Value.self))
    }

    /// An option taking one value of `Value`'s list, `wrappedValue` unless given.
    init(
        wrappedValue: Value, name: NameSpecification = .long,
        parsing parsingStrategy: SingleValueParsingStrategy = .next, help: ArgumentHelp? = nil,
        completion: CompletionKind? = nil
    ) {
        self.init(
            wrappedValue: wrappedValue, name: name, parsing: parsingStrategy,
            help: ChoiceParsing.help(help, Value.self, default: wrappedValue),
            completion: completion ?? Value.defaultCompletionKind, transform: ChoiceParsing.transform(Value.self))
    }
}

extension Option {
    /// An option taking one value of `T`'s list, or nil when it is not given.
    init<T: ChoiceArgument>(
        name: NameSpecification = .long, parsing parsingStrategy: SingleValueParsingStrategy = .next,
        help: ArgumentHelp? = nil, completion: CompletionKind? = nil
    ) where Value == T? {
        self.init(
            name: name, parsing: parsingStrategy, help: ChoiceParsing.help(help, T.self),
            completion: completion ?? T.defaultCompletionKind, transform: ChoiceParsing.transform(T.self))
    }
}

extension Argument where Value: ChoiceArgument {
    /// A required positional argument taking one value of `Value`'s list.
    init(help: ArgumentHelp? = nil, completion: CompletionKind? = nil) {
        self.init(
            help: ChoiceParsing.help(help, Value.self), completion: completion ?? Value.defaultCompletionKind,
            transform: ChoiceParsing.transform(Value.self))
    }
}

/// The parsing and help the initialisers above share.
enum ChoiceParsing {
    /// Parses with `type.choice`; a refusal becomes the end of ArgumentParser's sentence.
    static func transform<T: ChoiceArgument>(_ type: T.Type) -> @Sendable (String) throws -> T {
        { argument in
            do throws(VocabularyError) {
                return try T.choice(argument)
            } catch {
                throw ChoiceRefusal(refusal: error, argument: argument)
            }
        }
    }

    /// `help` followed by the values and the default: "The kind of assistance. (values: …)".
    static func help<T: ChoiceArgument>(_ help: ArgumentHelp?, _ type: T.Type, default value: T? = nil) -> ArgumentHelp {
        var facts: [String] = []
        if !T.allValueStrings.isEmpty { facts.append("values: " + T.allValueStrings.joined(separator: ", ")) }
        if let value { facts.append("default: " + value.defaultValueDescription) }
        var help = help ?? ArgumentHelp()
        guard !facts.isEmpty else { return help }
        help.abstract += (help.abstract.isEmpty ? "" : " ") + "(" + facts.joined(separator: "; ") + ")"
        return help
    }
}

/// Typed access to an event's `data` by key, whatever holds it: a parsed `JSONValue`
/// (`FieldReader`) or the bytes of a journal line (`IndexedFieldReader`, replay's fast path).
///
/// `Command.decode` is written once against this protocol, so both sources decode an event
/// to the same command and refuse bad data with the same sentence. A key whose value is
/// `null` counts as absent, as if the writer had left it out.
protocol CommandFields {
    /// Whether `key` is present with a value other than `null`.
    func isPresent(_ key: String) -> Bool
    func string(_ key: String) throws(CommandError) -> String
    func int(_ key: String) throws(CommandError) -> Int
    func bool(_ key: String) throws(CommandError) -> Bool
    func date(_ key: String) throws(CommandError) -> CalendarDate
    func term<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) throws(CommandError) -> Term
    func terms<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) throws(CommandError) -> [Term]
    func strings(_ key: String) throws(CommandError) -> [String]
    func country(_ key: String) throws(CommandError) -> Country
    /// The members of the object at `key`, or nil when it is absent or not an object
    /// (only amendments carry one, so its cost does not matter).
    func objectMembers(_ key: String) -> [JSONMember]?
}

extension CommandFields {
    /// The refusal for a `key` whose value is not `expected`; both readers word it alike.
    func failure(_ key: String, _ expected: String) -> CommandError {
        CommandError(field: key, message: "The field '\(key)' must be \(expected).")
    }

    /// The refusal for a vocabulary field that does not hold one of `Term`'s tokens.
    func termFailure<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) -> CommandError {
        failure(key, "one of: \(Term.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// The refusal for a list field with an element that is not one of `Term`'s tokens.
    func termListFailure<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) -> CommandError {
        failure(key, "a list of: \(Term.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    func term<Term: VocabularyTerm>(_ key: String) throws(CommandError) -> Term {
        try term(key, Term.self)
    }

    func terms<Term: VocabularyTerm>(_ key: String) throws(CommandError) -> [Term] {
        try terms(key, Term.self)
    }

    func optionalString(_ key: String) throws(CommandError) -> String? {
        isPresent(key) ? try string(key) : nil
    }

    func optionalInt(_ key: String) throws(CommandError) -> Int? {
        isPresent(key) ? try int(key) : nil
    }

    func optionalBool(_ key: String) throws(CommandError) -> Bool? {
        isPresent(key) ? try bool(key) : nil
    }

    func optionalDate(_ key: String) throws(CommandError) -> CalendarDate? {
        isPresent(key) ? try date(key) : nil
    }

    func optionalTerm<Term: VocabularyTerm>(_ key: String, _ type: Term.Type = Term.self) throws(CommandError) -> Term? {
        isPresent(key) ? try term(key, type) : nil
    }

    func optionalCountry(_ key: String) throws(CommandError) -> Country? {
        isPresent(key) ? try country(key) : nil
    }
}

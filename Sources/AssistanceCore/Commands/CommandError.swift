/// Why a command was refused: one sentence naming the field and what is allowed. It never
/// quotes personal data (aliases, names, notes); ids, field names and dates are fine.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field at fault (a data key such as `alias`), or nil when the command as a whole
    /// is refused (for example a missing permission).
    public var field: String?
    /// The sentence to show.
    public var message: String

    /// Creates the error.
    public init(field: String?, message: String) {
        self.field = field
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Reads typed values out of an event's parsed `data`, failing with a sentence that names the key.
struct FieldReader: CommandFields {
    let data: JSONValue

    func value(_ key: String) -> JSONValue? {
        // A pattern, not `!= .null`: the synthesized `==` of the whole enum is slower.
        guard let found = data[key] else { return nil }
        if case .null = found { return nil }
        return found
    }

    func isPresent(_ key: String) -> Bool {
        value(key) != nil
    }

    func string(_ key: String) throws(CommandError) -> String {
        guard let text = value(key)?.stringValue else { throw failure(key, "a string") }
        return text
    }

    func int(_ key: String) throws(CommandError) -> Int {
        guard let number = value(key)?.intValue else { throw failure(key, "a whole number") }
        return number
    }

    func bool(_ key: String) throws(CommandError) -> Bool {
        guard let flag = value(key)?.boolValue else { throw failure(key, "true or false") }
        return flag
    }

    func date(_ key: String) throws(CommandError) -> CalendarDate {
        guard let date = value(key)?.stringValue.flatMap({ CalendarDate(iso: $0) }) else {
            throw failure(key, "a date written YYYY-MM-DD")
        }
        return date
    }

    func term<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) throws(CommandError) -> Term {
        guard let token = value(key)?.stringValue, let term = Term(rawValue: token) else { throw termFailure(key, type) }
        return term
    }

    func terms<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) throws(CommandError) -> [Term] {
        guard let elements = value(key)?.arrayValue else { throw failure(key, "a list of \(Term.termName) tokens") }
        var result: [Term] = []
        for element in elements {
            guard let token = element.stringValue, let term = Term(rawValue: token) else { throw termListFailure(key, type) }
            result.append(term)
        }
        return result
    }

    func strings(_ key: String) throws(CommandError) -> [String] {
        guard let elements = value(key)?.arrayValue else { throw failure(key, "a list of strings") }
        var result: [String] = []
        for element in elements {
            guard let text = element.stringValue else { throw failure(key, "a list of strings") }
            result.append(text)
        }
        return result
    }

    func country(_ key: String) throws(CommandError) -> Country {
        guard let code = value(key)?.stringValue, let country = Country(code: code) else {
            throw failure(key, "an ISO 3166-1 alpha-2 country code")
        }
        return country
    }

    func objectMembers(_ key: String) -> [JSONMember]? {
        value(key)?.objectMembers
    }
}

/// Builds an event's `data` object, leaving out nil values so that optional keys are absent.
struct FieldWriter {
    private(set) var members: [JSONMember] = []

    mutating func set(_ key: String, _ value: String?) {
        if let value { members.append(JSONMember(key, .string(value))) }
    }

    mutating func set(_ key: String, _ value: Int?) {
        if let value { members.append(JSONMember(key, .int(value))) }
    }

    mutating func set(_ key: String, _ value: Bool?) {
        if let value { members.append(JSONMember(key, .bool(value))) }
    }

    mutating func set(_ key: String, _ value: CalendarDate?) {
        if let value { members.append(JSONMember(key, .string(value.isoText))) }
    }

    mutating func set<Term: VocabularyTerm>(_ key: String, _ value: Term?) {
        if let value { members.append(JSONMember(key, .string(value.rawValue))) }
    }

    mutating func set<Term: VocabularyTerm>(_ key: String, _ values: [Term]?) {
        if let values { members.append(JSONMember(key, .array(values.map { .string($0.rawValue) }))) }
    }

    mutating func set(_ key: String, _ values: [String]?) {
        if let values { members.append(JSONMember(key, .array(values.map { .string($0) }))) }
    }

    mutating func set(_ key: String, _ value: Country?) {
        if let value { members.append(JSONMember(key, .string(value.code))) }
    }

    mutating func set(_ key: String, json value: JSONValue) {
        members.append(JSONMember(key, value))
    }

    var object: JSONValue { .object(members) }
}

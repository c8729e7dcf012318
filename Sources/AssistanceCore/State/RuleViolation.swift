/// The first entry replay refused because it breaks a rule that `prepare` would have
/// enforced when it was written (DESIGN.md §3: replay checks what append checked).
///
/// The state holds only the entries before it; the store turns it into damage at the
/// entry's line (`JournalError.damaged`), so the journal opens read-only until an admin
/// runs `assist recover`. Its sentences name the entry, its type and the rule, never the
/// entry's text.
public struct RuleViolation: Error, Sendable, Equatable, CustomStringConvertible {
    /// The refused entry's `seq`.
    public var seq: Int
    /// Its type, or nil when the type is not one this version knows.
    public var type: EventType?
    /// The rule it breaks, as a phrase that starts in lower case and has no final stop
    /// ("a caseworker may not record user.role_changed").
    public var rule: String

    /// Creates a violation.
    public init(seq: Int, type: EventType?, rule: String) {
        self.seq = seq
        self.type = type
        self.rule = rule
    }

    /// A violation whose rule is the refusal `prepare` would have given, cut to its first
    /// clause: the advice after a semicolon speaks to someone typing a command, not to a
    /// reader of a damaged file.
    init(seq: Int, type: EventType?, refusal: CommandError) {
        var rule = Substring(refusal.message)
        if let clauseEnd = rule.range(of: "; ") { rule = rule[..<clauseEnd.lowerBound] }
        while rule.last == "." { rule = rule.dropLast() }
        self.init(seq: seq, type: type, rule: rule.prefix(1).lowercased() + rule.dropFirst())
    }

    /// The line of the journal file the entry is on (line 1 is the header).
    public var line: Int { seq + 1 }

    /// "entry 57 (user.role_changed) breaks a rule: a caseworker may not record user.role_changed".
    public var reason: String {
        let named = type.map { "entry \(seq) (\($0.rawValue))" } ?? "entry \(seq)"
        return "\(named) breaks a rule: \(rule)"
    }

    /// The reason.
    public var description: String { reason }
}

extension ChoiceField {
    /// What a key does to a choice field; `.edit` is all a plain text field of a form takes.
    public enum Action: Hashable, Sendable {
        /// Takes the completion.
        case accept
        /// Steps to the next match.
        case nextMatch
        /// Steps to the previous match.
        case previousMatch
        /// Edits the text typed.
        case edit(TextField.Edit)
    }

    /// Tab and Enter take the completion (in a form the dialog takes it before moving on).
    static let acceptKeys = KeyBinding([.tab, .enter], label: "take", description: "Take the completion.", action: Action.accept,
                                       showsInHelp: false)

    /// ↑ and ↓ step through the choices that match what was typed.
    public static let stepKeys = KeyBinding([.up: Action.previousMatch, .down: .nextMatch], label: "step choices",
                                            description: "Step through the choices that match what you typed.", showsInHintBar: false)

    /// A choice field's key table: taking and stepping, then a text field's keys.
    public static let keys = KeyTable<Action>([acceptKeys, stepKeys]) + TextField.keys.map { .edit($0) }

    /// Handles a key of `keys`: Tab and Enter accept, ↑/↓ step through matches, others edit
    /// the text. Returns false for keys it does not use, and when Tab or Enter had nothing to take.
    public mutating func handle(key: Key) -> Bool {
        guard let action = Self.keys.action(for: key) else { return false }
        return apply(action)
    }

    /// Carries out `action`; false when there was no completion to take.
    @discardableResult
    public mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .accept:
            return acceptCompletion()
        case .nextMatch:
            highlighted = min(highlighted + 1, max(0, matches.count - 1))
        case .previousMatch:
            highlighted = max(0, highlighted - 1)
        case .edit(let edit):
            input.apply(edit)
            highlighted = 0
        }
        return true
    }
}

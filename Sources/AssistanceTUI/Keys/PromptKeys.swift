/// What a key does to a one-line prompt over a list: the `/` filter, Activity's `d` date.
public enum PromptAction: Hashable, Sendable {
    /// Esc: stop typing and drop what was typed.
    case cancel
    /// Enter: use what was typed.
    case accept
    /// Typing and readline's keys.
    case edit(TextField.Edit)
}

/// The keys of a one-line prompt, which the sentence of the key that opened it explains
/// ("Enter keeps it, Esc clears it"), so no help lists them one by one.
public enum PromptKeys {
    /// Esc, Enter, then a text field's keys.
    public static let entry = KeyTable<PromptAction>([
        KeyBinding([.escape], label: "cancel", description: "Stop typing and drop what was typed.", action: .cancel, showsInHelp: false),
        KeyBinding([.enter], label: "keep", description: "Use what was typed.", action: .accept, showsInHelp: false),
    ]) + TextField.keys.map { .edit($0) }

    /// A filter kept after Enter: Esc clears it, as the filter line says ("(Esc clears)").
    public static let clearKeys = KeyBinding([.escape], label: "clears", description: "Clear the filter.", action: PromptAction.cancel,
                                             showsInHelp: false)
}

extension PromptKeys {
    /// A list screen's tables around its `/` filter, from its own `keys`: with a filter kept
    /// (Esc also clears it) and while one is typed (letters go into it, arrows and pages
    /// still move, as `line` and `move` make them the screen's actions).
    public static func filterTables<Action>(
        _ keys: KeyTable<Action>, line: @escaping @Sendable (PromptAction) -> Action, move: @escaping @Sendable (Movement) -> Action
    ) -> (kept: KeyTable<Action>, typing: KeyTable<Action>) {
        (keys + KeyTable([clearKeys.map(line)]), entry.map(line) + MovementKeys.list.map(move))
    }
}

extension PromptAction {
    /// The `/` filter after this key: the field while it is still typed (nil once Esc or
    /// Enter closed it), and the text to filter by now, or nil when it stays as it is.
    public func editingFilter(_ field: TextField?) -> (field: TextField?, text: String?) {
        switch self {
        case .cancel:
            return (nil, "")
        case .accept:
            return (nil, nil)
        case .edit(let edit):
            var edited = field ?? TextField()
            edited.apply(edit)
            return (edited, edited.text)
        }
    }
}

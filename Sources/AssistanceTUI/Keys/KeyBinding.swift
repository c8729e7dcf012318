/// One entry of a key table: which keys, what they are called, and what each does — the one
/// value the dispatcher matches and the hint line and `?` overlay show (Bubble Tea's
/// `key.Binding`), so what a person is told and what happens can never disagree.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// The keys that trigger the binding; the first is the one shown in the hint line.
    public private(set) var keys: [Key]
    /// What each key does, in the order of `keys`: the same action for most bindings, one
    /// per direction for movement ("j ↓ k ↑").
    public private(set) var actions: [Action]
    /// A word or two for the hint line ("new step").
    public var label: String
    /// A sentence for the help overlay ("Record a new assistance step for this case.").
    public var description: String
    /// Whether the hint line shows this binding.
    public var showsInHintBar: Bool
    /// Whether the help overlay lists it: false only for keys told elsewhere — a text
    /// field's editing keys (readline's, which no help lists) and keys another binding's
    /// sentence names ("Esc clears it").
    public var showsInHelp: Bool

    /// A binding of every key in `keys` to `action`.
    public init(_ keys: [Key], label: String, description: String, action: Action, showsInHintBar: Bool = true,
                showsInHelp: Bool = true) {
        self.init(keys.map { ($0, action) }, label: label, description: description, showsInHintBar: showsInHintBar,
                  showsInHelp: showsInHelp)
    }

    /// A binding of each key to its own action, listed in this order.
    public init(_ keyActions: KeyValuePairs<Key, Action>, label: String, description: String, showsInHintBar: Bool = true,
                showsInHelp: Bool = true) {
        self.init(keyActions.map { ($0.key, $0.value) }, label: label, description: description, showsInHintBar: showsInHintBar,
                  showsInHelp: showsInHelp)
    }

    private init(_ pairs: [(Key, Action)], label: String, description: String, showsInHintBar: Bool, showsInHelp: Bool) {
        keys = pairs.map(\.0)
        actions = pairs.map(\.1)
        self.label = label
        self.description = description
        self.showsInHintBar = showsInHintBar && showsInHelp
        self.showsInHelp = showsInHelp
    }

    /// What `key` does, or nil when it is not one of the binding's keys.
    public func action(for key: Key) -> Action? {
        keys.firstIndex(of: key).map { actions[$0] }
    }

    /// The same keys doing `transform` of their actions: how a widget's binding (a text
    /// field's, the shared movement keys) joins a screen's table.
    public func map<Other>(_ transform: (Action) -> Other) -> KeyBinding<Other> {
        KeyBinding<Other>(Array(zip(keys, actions.map(transform))), label: label, description: description,
                          showsInHintBar: showsInHintBar, showsInHelp: showsInHelp)
    }

    /// The same keys and actions in other words, where one screen says them differently.
    public func worded(label: String, description: String, showsInHintBar: Bool? = nil) -> KeyBinding {
        var copy = self
        copy.label = label
        copy.description = description
        copy.showsInHintBar = showsInHintBar ?? self.showsInHintBar
        return copy
    }

    /// The same binding, shown in the hint line or not.
    public func shown(inHintBar: Bool) -> KeyBinding {
        worded(label: label, description: description, showsInHintBar: inHintBar)
    }

    /// The keys as written in the help overlay ("j ↓").
    public var keysLabel: String { keys.map(\.label).joined(separator: " ") }

    /// The first key and the label, as the hint line and in-dialog key lines write them ("Esc cancel").
    public var hint: String { (keys.first?.label ?? "") + " " + label }

    /// The binding without its actions, for the hint line and help overlay.
    public var help: KeyHelp {
        KeyHelp(keys: keysLabel, hintKey: keys.first?.label ?? "", label: label,
                description: description, showsInHintBar: showsInHintBar)
    }
}

/// A key binding's words without its action: what the hint line and help overlay show.
public struct KeyHelp: Hashable, Sendable {
    /// All the keys, as the help overlay lists them.
    public var keys: String
    /// The one key the hint line shows.
    public var hintKey: String
    /// The short label.
    public var label: String
    /// The sentence for the help overlay.
    public var description: String
    /// Whether the hint line shows it.
    public var showsInHintBar: Bool

    /// Words for one key binding.
    public init(keys: String, hintKey: String, label: String, description: String, showsInHintBar: Bool) {
        self.keys = keys
        self.hintKey = hintKey
        self.label = label
        self.description = description
        self.showsInHintBar = showsInHintBar
    }
}

/// One entry of a screen's key table: which keys, what they are called, and what they do.
///
/// Each screen keeps one table; the dispatcher, the bottom hint line and the `?` help overlay
/// all read it, so what a person is told and what happens can never disagree.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// The keys that trigger the action; the first is the one shown in the hint line.
    public var keys: [Key]
    /// A word or two for the hint line ("new step").
    public var label: String
    /// A sentence for the help overlay ("Record a new assistance step for this case.").
    public var description: String
    /// What the screen does.
    public var action: Action
    /// Whether the hint line shows this binding (the help overlay always does).
    public var showsInHintBar: Bool

    /// A binding of `keys` to `action`.
    public init(_ keys: [Key], label: String, description: String, action: Action, showsInHintBar: Bool = true) {
        self.keys = keys
        self.label = label
        self.description = description
        self.action = action
        self.showsInHintBar = showsInHintBar
    }

    /// The keys as written in the help overlay ("j ↓").
    public var keysLabel: String { keys.map(\.label).joined(separator: " ") }

    /// The binding without its action, for the hint line and help overlay.
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

/// A screen's key table: the one list the dispatcher, hint line and help overlay share.
public struct KeyTable<Action: Sendable>: Sendable {
    /// The bindings in the order the help overlay lists them.
    public var bindings: [KeyBinding<Action>]

    /// A table of the given bindings.
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action bound to `key`, or nil if the table has none.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The table's words for the hint line and help overlay.
    public var help: [KeyHelp] { bindings.map(\.help) }
}

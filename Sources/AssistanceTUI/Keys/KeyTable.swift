/// A screen's (or a widget's) key table: the one list its dispatcher matches keys against
/// and its hint line and help overlay are drawn from.
///
/// A table that takes text (a form, a filter being typed) also has `typing`: there every
/// printable character is text, even one another binding names ("j" types a j).
public struct KeyTable<Action: Sendable>: Sendable {
    /// The bindings in the order the help overlay lists them; for a key named twice the
    /// first binding wins.
    public private(set) var bindings: [KeyBinding<Action>]
    /// What a printable character does when the table takes text; nil when it does not.
    public private(set) var typing: (@Sendable (Character) -> Action)?

    /// A table of the given bindings, taking text through `typing` if given.
    public init(_ bindings: [KeyBinding<Action>], typing: (@Sendable (Character) -> Action)? = nil) {
        self.bindings = bindings
        self.typing = typing
    }

    /// The action bound to `key`, or nil if the table has none.
    public func action(for key: Key) -> Action? {
        if let typing, case .character(let character) = key { return typing(character) }
        for binding in bindings {
            if let action = binding.action(for: key) { return action }
        }
        return nil
    }

    /// The same table with every action passed through `transform`: how a widget's table
    /// joins the table of the screen that holds it.
    public func map<Other>(_ transform: @escaping @Sendable (Action) -> Other) -> KeyTable<Other> {
        guard let typing else { return KeyTable<Other>(bindings.map { $0.map(transform) }) }
        return KeyTable<Other>(bindings.map { $0.map(transform) }, typing: { transform(typing($0)) })
    }

    /// Both tables' bindings, `lhs`'s first; the table takes text if either does.
    public static func + (lhs: KeyTable, rhs: KeyTable) -> KeyTable {
        KeyTable(lhs.bindings + rhs.bindings, typing: lhs.typing ?? rhs.typing)
    }

    /// The table's words for the hint line and help overlay: its bindings shown in help.
    public var help: [KeyHelp] { bindings.filter(\.showsInHelp).map(\.help) }
}

/// Where a movement key takes a list's selection or a report's scroll.
public enum Movement: Hashable, Sendable {
    /// One row down.
    case down
    /// One row up.
    case up
    /// A page down.
    case pageDown
    /// A page up.
    case pageUp
    /// To the first row.
    case first
    /// To the last row.
    case last

    /// True when the movement goes towards the end of the list.
    public var isDownward: Bool {
        switch self {
        case .down, .pageDown, .last: true
        case .up, .pageUp, .first: false
        }
    }
}

/// The movement keys of htop and tig — `j k` and arrows, PgUp/PgDn, Home/End — as one table
/// that every screen with a cursor joins to its own, so they move and are listed alike.
public enum MovementKeys {
    /// Moving through a list: Cases, a case's timeline, Referrals, Activity, Organisations
    /// and the reflection periods. The help overlay lists them; the hint line does not.
    public static let list = KeyTable<Movement>([
        KeyBinding([.character("j"): .down, .down: .down, .character("k"): .up, .up: .up], label: "move",
                   description: "Move down or up the list.", showsInHintBar: false),
        KeyBinding([.pageDown: .pageDown, .pageUp: .pageUp, .home: .first, .end: .last], label: "page",
                   description: "Move a page, or to the first or last case.", showsInHintBar: false),
    ])

    /// The same keys scrolling the Reports screen, in words that say so.
    public static let scrolling = KeyTable<Movement>(zip(list.bindings, [
        ("scroll", "Scroll the report down or up a line."),
        ("page", "Scroll a page, or to the top or the end."),
    ]).map { binding, words in binding.worded(label: words.0, description: words.1) })
}

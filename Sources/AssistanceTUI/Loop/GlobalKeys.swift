/// What a global key does.
public enum GlobalAction: Hashable, Sendable {
    /// Show the `?` overlay.
    case showHelp
    /// Quit, asking first if a form holds unsaved input.
    case quit
    /// Show home screen number n (0-based).
    case goToScreen(Int)
    /// Show the next home screen.
    case nextScreen
    /// Show the previous home screen.
    case previousScreen
    /// Repaint the whole terminal.
    case redraw
    /// Close the top screen.
    case back
    /// Open what is selected, as Enter does (`l` and → for people used to vi, tig and hledger-ui).
    case open
    /// Read the journal again by hand.
    case reload
    /// Go to the Referrals board showing overdue referrals only (the top line's first count).
    case showOverdueReferrals
    /// Open the list of reflection periods ending within 7 days (the top line's second count).
    case showReflectionsEnding
}

/// The keys that work on every screen, handled in one place; the help overlay lists them
/// under "Everywhere" from this same table.
public enum GlobalKeys {
    /// The global key table.
    public static let table = KeyTable<GlobalAction>([
        KeyBinding([.character("?")], label: "help", description: "Show every key of this screen.", action: .showHelp),
        KeyBinding([.character("q"), .control("q")], label: "quit",
                   description: "Quit (asks first when a form holds unsaved input; Ctrl-Q works in forms too).",
                   action: .quit),
        KeyBinding([.character("1")], label: "cases", description: "Go to Cases.", action: .goToScreen(0), showsInHintBar: false),
        KeyBinding([.character("2")], label: "referrals", description: "Go to Referrals.", action: .goToScreen(1), showsInHintBar: false),
        KeyBinding([.character("3")], label: "activity", description: "Go to Activity.", action: .goToScreen(2), showsInHintBar: false),
        KeyBinding([.character("4")], label: "organisations", description: "Go to Organisations.", action: .goToScreen(3), showsInHintBar: false),
        KeyBinding([.character("5")], label: "reports", description: "Go to Reports.", action: .goToScreen(4), showsInHintBar: false),
        KeyBinding([.tab], label: "next screen", description: "Go to the next screen.", action: .nextScreen, showsInHintBar: false),
        KeyBinding([.backTab], label: "previous screen", description: "Go to the previous screen.", action: .previousScreen, showsInHintBar: false),
        KeyBinding([.character("g")], label: "reload", description: "Read the journal again now (changes also show by themselves within a second).",
                   action: .reload, showsInHintBar: false),
        KeyBinding([.control("l")], label: "redraw", description: "Redraw the whole terminal.", action: .redraw, showsInHintBar: false),
        KeyBinding([.character("!")], label: "overdue", description: "Go to Referrals, showing the overdue referrals counted on the top line.",
                   action: .showOverdueReferrals, showsInHintBar: false),
        KeyBinding([.character("@")], label: "reflection ending",
                   description: "List the reflection periods ending within 7 days counted on the top line.",
                   action: .showReflectionsEnding, showsInHintBar: false),
        KeyBinding([.escape, .character("h"), .left], label: "back", description: "Go back to the previous screen.", action: .back, showsInHintBar: false),
        KeyBinding([.character("l"), .right], label: "open", description: "Open what is selected, as Enter does.", action: .open, showsInHintBar: false),
    ])

    /// Keys that stay global even while a screen takes text input: the table's control keys
    /// (Ctrl-Q, Ctrl-L). Letters, arrows, Tab and Esc belong to the field or form first.
    static func worksDuringTextInput(_ key: Key) -> Bool {
        guard case .control = key else { return false }
        return table.action(for: key) != nil
    }
}

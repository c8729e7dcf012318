/// What a cell means, rather than which colour it has: the terminal backend maps each role to
/// a colour pair, or to attributes alone when colour is off (`NO_COLOR`).
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text on the user's own background.
    case normal
    /// Secondary text: hints, completions, empty-table notes.
    case dim
    /// Keys in the hint bar, the current tab, field labels in focus.
    case accent
    /// Something needs attention soon: overdue referrals, a reflection period ending.
    case warning
    /// Something went wrong: a refused save, a field that does not validate.
    case error
    /// The selected row or the focused field.
    case selected
    /// Titles, table headers and the tab bar.
    case header
}

/// How a cell is drawn: its role plus attributes.
///
/// The presets set attributes as well as roles so that meaning survives on a monochrome
/// terminal (selected is reversed, headers bold, errors bold), never colour alone.
public struct Style: Hashable, Sendable {
    /// The meaning, which the backend turns into a colour pair.
    public var role: StyleRole
    /// Bold (or bright) text.
    public var bold: Bool
    /// Foreground and background swapped.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool

    /// A style of the given role and attributes.
    public init(role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Plain text.
    public static let normal = Style()
    /// Secondary text.
    public static let dim = Style(role: .dim)
    /// Emphasised text such as keys in the hint bar.
    public static let accent = Style(role: .accent, bold: true)
    /// Needs attention soon (overdue).
    public static let warning = Style(role: .warning, bold: true)
    /// An error.
    public static let error = Style(role: .error, bold: true)
    /// The selected row or focused field.
    public static let selected = Style(role: .selected, reverse: true)
    /// Titles and table headers.
    public static let header = Style(role: .header, bold: true)

    /// This style with underline added, for the focused input field.
    public var underlined: Style {
        var copy = self
        copy.underline = true
        return copy
    }
}

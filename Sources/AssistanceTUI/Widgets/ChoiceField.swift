import AssistanceCore

/// One entry of a closed list: the stored token and the label a person reads.
public struct Choice: Hashable, Sendable {
    /// The stable lower-case token stored in the journal (`forced_labour`).
    public var token: String { didSet { searchKey = Self.searchKey(token: token, label: label) } }
    /// The label shown (`Forced labour`).
    public var label: String { didSet { searchKey = Self.searchKey(token: token, label: label) } }
    /// Label and token folded (``NameFolding``), once per choice rather than per key typed.
    private(set) var searchKey: [UInt8]

    /// A choice of `token` shown as `label`.
    public init(token: String, label: String) {
        self.token = token
        self.label = label
        searchKey = Self.searchKey(token: token, label: label)
    }

    private static func searchKey(token: String, label: String) -> [UInt8] {
        NameFolding.key([label, token])
    }
}

/// A text field that completes from a closed list as you type: the first match is shown
/// dimmed after the cursor, ↑/↓ step through the matches, and Tab or Enter accepts.
public struct ChoiceField: Hashable, Sendable {
    /// The list to choose from.
    public var choices: [Choice]
    /// What has been typed.
    public internal(set) var input: TextField
    /// Which of the current matches ↑/↓ has stepped to.
    public internal(set) var highlighted: Int = 0

    /// A field over `choices`, preset to the choice with token `selectedToken` if given.
    public init(choices: [Choice], selectedToken: String? = nil) {
        self.choices = choices
        let preset = choices.first { $0.token == selectedToken }
        input = TextField(text: preset?.label ?? "")
    }

    /// The choices whose label or token starts with what was typed (or contains it, when no
    /// prefix matches), ignoring case, diacritics, spaces and punctuation as every filter
    /// does (``NameQuery``: "cote" finds "Côte d'Ivoire"); all of them when nothing was typed.
    public var matches: [Choice] {
        if input.text.isEmpty { return choices }
        let query = NameQuery(input.text)
        guard !query.isEmpty else { return [] }
        let prefixed = choices.filter { query.startsAField(of: $0.searchKey) }
        if !prefixed.isEmpty { return prefixed }
        return choices.filter { query.matches($0.searchKey) }
    }

    /// The choice the text names (by label or token): exactly, ignoring case, or else the
    /// only choice it names once folded ("cote d ivoire"), if any.
    public var selectedChoice: Choice? {
        let typed = input.text.lowercased()
        if let exact = choices.first(where: { $0.label.lowercased() == typed || $0.token == typed }) { return exact }
        let query = NameQuery(input.text)
        let folded = choices.filter { query.equalsAField(of: $0.searchKey) }
        return folded.count == 1 ? folded[0] : nil
    }

    /// The value a form stores: the chosen token, or the raw text when it names no choice
    /// (so that validation can say so).
    public var value: String { selectedChoice?.token ?? input.text }

    /// The choice Tab or Enter would take.
    public var completion: Choice? {
        let found = matches
        guard !input.text.isEmpty, !found.isEmpty else { return nil }
        return found[min(highlighted, found.count - 1)]
    }

    /// Takes the completion, if there is one; returns whether the text changed.
    @discardableResult
    public mutating func acceptCompletion() -> Bool {
        guard let choice = completion, choice.label != input.text else { return false }
        input.setText(choice.label)
        highlighted = 0
        return true
    }

    /// Replaces what was typed.
    public mutating func setText(_ text: String) {
        input.setText(text)
        highlighted = 0
    }

    /// Draws the typed text, the rest of the completion dimmed, and the number of matches.
    public func draw(into canvas: inout Canvas, area: Rect, focused: Bool) {
        guard !area.isEmpty else { return }
        input.draw(into: &canvas, area: area, focused: focused)
        guard focused, input.cursor == input.text.count, let choice = completion else { return }
        let typedWidth = DisplayWidth.of(SafeText.display(input.text)) - input.scrollColumn(width: area.width)
        var rest = choice.label
        if rest.lowercased().hasPrefix(input.text.lowercased()) {
            rest = String(rest.dropFirst(input.text.count))
        } else {
            rest = " → " + rest
        }
        let count = matches.count
        let suffix = count > 1 ? "  (\(count) matches)" : ""
        // The ghost text starts under the cursor, as in a shell's suggestions.
        let x = area.x + typedWidth
        guard x < area.maxX else { return }
        canvas.put(rest + suffix, x: x, y: area.y, style: Style.dim.underlined, maxWidth: area.maxX - x)
        canvas.restyle(Rect(x: x, y: area.y, width: max(1, canvas[x, area.y].width), height: 1), style: .selected)
    }
}

import AssistanceCore

/// A one-line text input with a cursor, readline's editing keys and horizontal scrolling.
///
/// The cursor counts grapheme clusters, so a Thai syllable with its marks, a Vietnamese
/// letter with two accents or a wide CJK character is one step; scrolling counts columns.
public struct TextField: Hashable, Sendable {
    /// The text typed so far.
    public private(set) var text: String
    /// The cursor position, in grapheme clusters from the start.
    public private(set) var cursor: Int

    /// A field holding `text`, the cursor at its end.
    public init(text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Replaces the text and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// What a key does to the text.
    public enum Edit: Hashable, Sendable {
        /// Types a character at the cursor.
        case insert(Character)
        /// Deletes the character before the cursor.
        case deleteBackward
        /// Deletes the character under the cursor.
        case deleteForward
        /// Moves the cursor one character left.
        case left
        /// Moves the cursor one character right.
        case right
        /// Moves the cursor to the start.
        case start
        /// Moves the cursor to the end.
        case end
        /// Deletes everything before the cursor.
        case clearToStart
        /// Deletes everything from the cursor on.
        case clearToEnd
    }

    /// Ctrl-U, the one editing key the forms' help lists.
    public static let clearKeys = KeyBinding([.control("u")], label: "clear", description: "Delete everything before the cursor.",
                                             action: Edit.clearToStart, showsInHintBar: false)

    /// readline's editing keys, as every text field has them; no help lists them.
    static let editingKeys: [KeyBinding<Edit>] = [
        KeyBinding([.backspace, .control("h")], label: "delete", description: "Delete the character before the cursor.",
                   action: .deleteBackward, showsInHelp: false),
        KeyBinding([.delete, .control("d")], label: "delete forward", description: "Delete the character under the cursor.",
                   action: .deleteForward, showsInHelp: false),
        KeyBinding([.left, .control("b")], label: "left", description: "Move the cursor one character left.", action: .left, showsInHelp: false),
        KeyBinding([.right, .control("f")], label: "right", description: "Move the cursor one character right.", action: .right, showsInHelp: false),
        KeyBinding([.home, .control("a")], label: "start", description: "Move the cursor to the start.", action: .start, showsInHelp: false),
        KeyBinding([.end, .control("e")], label: "end", description: "Move the cursor to the end.", action: .end, showsInHelp: false),
        KeyBinding([.control("k")], label: "clear after", description: "Delete everything from the cursor on.", action: .clearToEnd,
                   showsInHelp: false),
    ]

    /// Typing and readline's keys, all but Ctrl-U: for tables that list Ctrl-U where they choose.
    public static let editing = KeyTable<Edit>(editingKeys, typing: { .insert($0) })

    /// A text field's key table: characters are typed, readline's keys edit.
    public static let keys = editing + KeyTable([clearKeys])

    /// Edits the text for a key of `keys`; returns false for keys a text field does not use.
    public mutating func handle(key: Key) -> Bool {
        guard let edit = Self.keys.action(for: key) else { return false }
        apply(edit)
        return true
    }

    /// Carries out `edit`; deleting past either end does nothing.
    public mutating func apply(_ edit: Edit) {
        switch edit {
        case .insert(let character): insert(String(character))
        case .deleteBackward:
            guard cursor > 0 else { return }
            remove(from: cursor - 1, to: cursor)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return }
            remove(from: cursor, to: cursor + 1)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = text.count
        case .clearToStart:
            remove(from: 0, to: cursor)
            cursor = 0
        case .clearToEnd: remove(from: cursor, to: text.count)
        }
    }

    /// Inserts `typed` at the cursor; a combining mark joins the letter before it, so the
    /// cursor is recounted rather than simply advanced.
    public mutating func insert(_ typed: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        let head = String(text[..<index]) + typed
        text = head + String(text[index...])
        cursor = min(head.count, text.count)
    }

    /// Removes the grapheme clusters from `start` up to, not including, `end`.
    mutating func remove(from start: Int, to end: Int) {
        let lower = text.index(text.startIndex, offsetBy: start)
        let upper = text.index(text.startIndex, offsetBy: end)
        text.removeSubrange(lower..<upper)
    }

    /// The first column shown when the field is `width` columns wide: the start, or far
    /// enough along that the cursor sits in the last column.
    public func scrollColumn(width: Int) -> Int {
        let cursorColumn = DisplayWidth.of(SafeText.display(String(text.prefix(cursor))))
        return max(0, cursorColumn - max(0, width - 1))
    }

    /// Draws the visible part of the text into the one-row `area`, with the cursor shown as a
    /// reversed cell when `focused`.
    public func draw(into canvas: inout Canvas, area: Rect, focused: Bool, style: Style = .normal) {
        guard !area.isEmpty else { return }
        let fieldStyle = focused ? style.underlined : style
        canvas.fill(area.row(0), style: fieldStyle)
        let skip = scrollColumn(width: area.width)
        var column = 0
        var cursorDrawn = false
        for (index, grapheme) in text.enumerated() {
            let shown = SafeText.display(String(grapheme))
            let columns = DisplayWidth.of(shown)
            defer { column += columns }
            if column < skip { continue }
            let x = area.x + column - skip
            if x + columns > area.maxX { break }
            let isCursor = focused && index == cursor
            canvas.put(shown, x: x, y: area.y, style: isCursor ? .selected : fieldStyle, maxWidth: area.maxX - x)
            cursorDrawn = cursorDrawn || isCursor
        }
        if focused, !cursorDrawn {
            let x = area.x + DisplayWidth.of(SafeText.display(String(text.prefix(cursor)))) - skip
            if x < area.maxX { canvas.set(.blank(.selected), x: x, y: area.y) }
        }
    }
}

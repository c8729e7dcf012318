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

    /// Edits the text for an editing key; returns false for keys a text field does not use.
    public mutating func handle(key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            remove(from: cursor - 1, to: cursor)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(from: cursor, to: cursor + 1)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            remove(from: 0, to: cursor)
            cursor = 0
        case .control("k"): remove(from: cursor, to: text.count)
        default: return false
        }
        return true
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

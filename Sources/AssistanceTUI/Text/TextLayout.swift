/// Fitting text into columns by display width rather than by character count, so that
/// Danish, Thai, Vietnamese and CJK text lines up in tables and forms.
public enum TextLayout {
    /// Where text sits in a column wider than it.
    public enum Alignment: Sendable, Hashable {
        /// Flush left, as for names and notes.
        case left
        /// Flush right, as for numbers.
        case right
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var result = ""
        var used = 0
        for grapheme in text {
            let columns = DisplayWidth.of(grapheme)
            if used + columns > width - 1 { break }
            result.append(grapheme)
            used += columns
        }
        return result + "…"
    }

    /// `text` truncated and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let fitted = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        return alignment == .left ? fitted + padding : padding + fitted
    }

    /// `text` broken into lines of at most `width` columns, at spaces where possible and
    /// inside a word only when the word alone is too long.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                let (head, rest) = split(word, atWidth: width)
                lines.append(head)
                word = rest
                wordWidth = DisplayWidth.of(word)
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest head of `text` within `width` columns (at least one grapheme), and the rest.
    static func split(_ text: String, atWidth width: Int) -> (String, String) {
        var used = 0
        var index = text.startIndex
        while index < text.endIndex {
            let columns = DisplayWidth.of(text[index])
            if used + columns > width, index > text.startIndex { break }
            used += columns
            index = text.index(after: index)
        }
        return (String(text[..<index]), String(text[index...]))
    }
}

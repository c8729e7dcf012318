/// Makes stored text safe to show: nothing a person typed or a file held is ever sent raw
/// to a terminal, where an escape sequence could move the cursor, retitle the window, write
/// the clipboard (OSC 52) or hide text, and a bidi control could make "gpj.exe" read as
/// "exe.jpg".
///
/// This is the one definition of which characters are unsafe and how they are shown: the
/// screens, the command line's text and CSV output and export files use ``display(_:)``;
/// JSON output writes the same characters as `\u` escapes (``JSONWriter/Escaping/terminalSafe``).
public enum SafeText {
    /// `text` with every unsafe scalar (see ``needsEscape(_:)``) replaced by a visible escape:
    /// `\n`, `\t`, `\r`, `\e` for those four, `\u{…}` in upper-case hexadecimal for the rest
    /// (`\u{7}` for BEL, `\u{7F}` for DEL, `\u{9B}`, `\u{202E}`).
    ///
    /// Backslashes are left alone so that ordinary text reads as written; the escapes are
    /// printable, so running this twice changes nothing more.
    public static func display(_ text: String) -> String {
        guard containsUnsafe(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds any scalar ``display(_:)`` would replace.
    public static func containsUnsafe(_ text: String) -> Bool {
        // Plain ASCII is most of what is shown: decide it byte by byte, and look at scalars
        // only once a non-ASCII byte appears.
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if byte > 0x7F { return text.unicodeScalars.contains(where: needsEscape) }
        }
        return false
    }

    /// True for the scalars that are never shown raw: the C0 controls (U+0000–U+001F, line
    /// breaks and tabs included), DEL (U+007F), the C1 controls (U+0080–U+009F), the bidi
    /// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069), and the line and paragraph separators (U+2028, U+2029).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028...0x2029: true
        default: false
        }
    }

    /// The visible form of one unsafe scalar.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: "\\n"
        case 0x09: "\\t"
        case 0x0D: "\\r"
        case 0x1B: "\\e"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}

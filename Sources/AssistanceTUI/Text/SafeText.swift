/// Makes stored text safe to show: nothing a person typed or a file held is ever sent raw
/// to the terminal, where an escape sequence could move the cursor, change the title or
/// hide text, and a bidi override could make "gpj.exe" read as "exe.jpg".
public enum SafeText {
    /// `text` with every control character (C0, DEL, C1 including ESC), bidi override and
    /// isolate, and line or paragraph separator replaced by a visible escape: `\n`, `\t`,
    /// `\r`, `\e`, or `\u{…}` in hexadecimal.
    ///
    /// Backslashes are left alone so that ordinary text reads as written; the escapes are
    /// printable, so running this twice changes nothing more.
    public static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
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

    /// True for the scalars `display` replaces.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        case 0x2028...0x2029: return true
        default: return false
        }
    }

    /// The visible form of one unsafe scalar.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        default: return "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}

/// What the output tests of issue 13 look for: characters that must never reach a terminal,
/// defined here independently of the code under test (`SafeText`), so that a change to that
/// definition cannot make the tests agree with it.
public enum RawControls {
    /// Every such character in `text`, as "U+1B at 12": C0 other than a line end (`\n`, or
    /// CSV's `\r\n`), DEL, C1 and the bidi controls. Output is decoded as UTF-8 first, so C1
    /// and bidi controls are found by their scalars.
    public static func found(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0x0A { continue }
            if value == 0x0D, index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            let unsafe = value < 0x20 || (0x7F...0x9F).contains(value) || [0x061C, 0x200E, 0x200F].contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if unsafe { found.append("U+" + String(value, radix: 16, uppercase: true) + " at \(index)") }
        }
        return found
    }
}

/// The string escaping of JSON that is printed or exported rather than journaled.
extension JSONWriter {
    /// Appends `text` as a quoted JSON string in which, beyond what JSON requires, every
    /// scalar ``SafeText/needsEscape(_:)`` names (DEL, C1, bidi controls, line separators) is a
    /// `\uXXXX` escape, so that no byte of it can drive a terminal.
    ///
    /// For text without such scalars the bytes are those of the journal's form, so the two
    /// differ only where they must.
    static func appendTerminalSafeString(_ text: String, to output: inout [UInt8]) {
        guard SafeText.containsUnsafe(text) else { return appendString(text, to: &output) }
        output.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": appendASCII("\\\"", to: &output)
            case "\\": appendASCII("\\\\", to: &output)
            case "\n": appendASCII("\\n", to: &output)
            case "\t": appendASCII("\\t", to: &output)
            default:
                if SafeText.needsEscape(scalar) {
                    appendUnicodeEscape(scalar.value, to: &output)
                } else {
                    UTF8.encode(scalar) { output.append($0) }
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `\u` and four lower-case hexadecimal digits; every scalar escaped lies in the
    /// Basic Multilingual Plane, so no surrogate pair is ever needed.
    static func appendUnicodeEscape(_ value: UInt32, to output: inout [UInt8]) {
        assert(value <= 0xFFFF, "only scalars of the Basic Multilingual Plane are escaped")
        appendASCII("\\u", to: &output)
        for shift in stride(from: 12, through: 0, by: -4) {
            output.append(hexDigit(UInt8((value >> UInt32(shift)) & 0x0F)))
        }
    }
}

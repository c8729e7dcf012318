/// Writes a `JSONValue` as compact, deterministic UTF-8 JSON.
///
/// The journal's hash chain covers exact bytes, so the same value must always give the
/// same bytes: no spaces, object members in their stored order, `"` and `\` escaped,
/// control characters below U+0020 written as `\n`, `\t` or `\u00XX`, every other
/// character left as UTF-8, and doubles in Swift's shortest round-trip form. Reading
/// back what this writes and writing it again gives the same bytes.
///
/// Output meant for a terminal (`--format json`, exported JSON lines) asks for
/// ``Escaping/terminalSafe`` instead, which also writes DEL, the C1 controls and the bidi
/// controls as `\u` escapes; the journal keeps ``Escaping/required``, so its bytes (and
/// hashes) do not change.
///
/// JSON has no spelling for NaN or infinity, so non-finite doubles are written as `null`.
public enum JSONWriter {
    /// Which characters of a string are written as escapes.
    public enum Escaping: Sendable {
        /// Only what JSON requires: `"`, `\` and the C0 controls. The journal's form.
        case required
        /// Also every other scalar ``SafeText`` counts as unsafe, as `\uXXXX`, so that the
        /// document can be printed to a terminal; it decodes to the same strings.
        case terminalSafe
    }

    /// The encoding of `value`.
    public static func encode(_ value: JSONValue, escaping: Escaping = .required) -> [UInt8] {
        var output: [UInt8] = []
        append(value, to: &output, escaping: escaping)
        return output
    }

    /// The encoding of `value` as a `String`.
    public static func encodeString(_ value: JSONValue, escaping: Escaping = .required) -> String {
        String(decoding: encode(value, escaping: escaping), as: UTF8.self)
    }

    /// Appends the encoding of `value` to `output`.
    public static func append(_ value: JSONValue, to output: inout [UInt8], escaping: Escaping = .required) {
        switch value {
        case .null:
            appendASCII("null", to: &output)
        case .bool(let flag):
            appendASCII(flag ? "true" : "false", to: &output)
        case .int(let number):
            appendInteger(number, to: &output)
        case .double(let number):
            if number.isFinite {
                output.append(contentsOf: number.description.utf8)
            } else {
                appendASCII("null", to: &output)
            }
        case .string(let text):
            appendString(text, to: &output, escaping: escaping)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                append(element, to: &output, escaping: escaping)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendString(member.key, to: &output, escaping: escaping)
                output.append(UInt8(ascii: ":"))
                append(member.value, to: &output, escaping: escaping)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a quoted JSON string, escaped as `escaping` says.
    public static func appendString(_ text: String, to output: inout [UInt8], escaping: Escaping) {
        switch escaping {
        case .required: appendString(text, to: &output)
        case .terminalSafe: appendTerminalSafeString(text, to: &output)
        }
    }

    /// Appends `text` as a quoted, escaped JSON string.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): appendASCII("\\\"", to: &output)
                case UInt8(ascii: "\\"): appendASCII("\\\\", to: &output)
                case 0x0A: appendASCII("\\n", to: &output)
                case 0x09: appendASCII("\\t", to: &output)
                default: appendUnicodeEscape(UInt32(byte), to: &output)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends the decimal digits of `number`, without going through `String`.
    static func appendInteger(_ number: Int, to output: inout [UInt8]) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        // Work with the magnitude as UInt so that Int.min does not overflow.
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(magnitude % 10) + 48
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)..<20]))
        }
    }

    static func appendASCII(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? value + 48 : value + 87
    }
}

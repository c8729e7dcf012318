import Foundation

/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, and a field quoted
/// (with inner quotes doubled) when it holds a comma, a quote, CR or LF, or starts with a space.
public struct CSVWriter: Sendable {
    /// The text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Creates a writer whose first record is `header`.
    public init(header: [String]) {
        appendRecord(header)
    }

    /// Appends one record.
    public mutating func appendRecord(_ fields: [String]) {
        text += fields.map(Self.quoted).joined(separator: ",")
        text += "\r\n"
    }

    /// One field, quoted when it must be.
    public static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation

/// Writes RFC 4180 CSV that is safe to print and to open: fields separated by commas, records
/// ended by CRLF, and a field quoted (with inner quotes doubled) when it holds a comma or a
/// quote, or starts or ends with a space.
///
/// Two defences are built in, so that no listing, export or report file can forget them:
/// - every unsafe character (``SafeText``) is shown as its visible escape, line breaks
///   included (`\n`), so no raw control reaches a terminal and every record is one line;
/// - a text field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, which a
///   spreadsheet would run as a formula, is neutralised as OWASP recommends for CSV
///   injection: prefixed with `'` and quoted. Values the tool computed (counts, medians,
///   days) are ``Field/computed(_:)`` and written as they are, minus signs included.
public struct CSVWriter: Sendable {
    /// One field of a record.
    public enum Field: Sendable, Hashable {
        /// Text from stored data or typed by a person (and the tool's own labels): escaped,
        /// and neutralised when a spreadsheet would read it as a formula.
        case text(String)
        /// A value the tool computed, such as a count or a number of days, which may begin
        /// with a minus sign and must stay a number: escaped, never prefixed.
        case computed(String)
    }

    /// The text written so far.
    public private(set) var text = ""

    /// Creates an empty writer.
    public init() {}

    /// Creates a writer whose first record is `header`.
    public init(header: [String]) {
        appendRecord(header)
    }

    /// Appends one record whose fields are all text.
    public mutating func appendRecord(_ fields: [String]) {
        appendRecord(fields.map(Field.text))
    }

    /// Appends one record.
    public mutating func appendRecord(_ fields: [Field]) {
        text += fields.map(Self.encoded).joined(separator: ",")
        text += "\r\n"
    }

    /// One field as it appears in the file.
    public static func encoded(_ field: Field) -> String {
        switch field {
        case .computed(let value):
            return quotedIfNeeded(SafeText.display(value))
        case .text(let value):
            guard let first = value.unicodeScalars.first, formulaStarts.contains(first) else {
                return quotedIfNeeded(SafeText.display(value))
            }
            return quoted("'" + SafeText.display(value))
        }
    }

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func quotedIfNeeded(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" } || field.hasPrefix(" ") || field.hasSuffix(" ")
        return needsQuotes ? quoted(field) : field
    }

    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

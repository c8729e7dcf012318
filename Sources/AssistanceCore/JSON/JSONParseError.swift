/// Why a piece of JSON could not be read, and where.
///
/// The message names the byte offset and what the parser expected there; it never
/// quotes the input, because journal lines hold personal data.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Offset of the offending byte from the start of the input (0-based).
    public var offset: Int
    /// What would have been valid at that offset, as a phrase ("a value", "',' or '}'").
    public var expected: String

    /// Creates an error at `offset`.
    public init(offset: Int, expected: String) {
        self.offset = offset
        self.expected = expected
    }

    /// One sentence: the offset and what was expected there.
    public var description: String {
        "The JSON is invalid at byte offset \(offset): expected \(expected)."
    }
}

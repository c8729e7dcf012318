/// Reads JSON (RFC 8259) from UTF-8 bytes into a `JSONValue`.
///
/// Written by hand for the journal's replay path, which decodes a million lines a second:
/// it works in place on the bytes, makes a `String` only for the decoded values, and is
/// strict — invalid UTF-8, lone surrogates, trailing bytes and nesting deeper than
/// `maximumDepth` are errors that name the byte offset.
///
/// Numbers without a fraction or exponent that fit in an `Int` become `.int`; every other
/// number becomes `.double`.
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted; deeper input is refused so that
    /// a hostile file cannot exhaust the stack.
    public static let maximumDepth = 64

    /// Parses one JSON value that must fill `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        var cursor = JSONCursor(bytes: bytes)
        cursor.skipWhitespace()
        let value = try cursor.parseValue()
        cursor.skipWhitespace()
        guard cursor.isAtEnd else { throw cursor.error("the end of the input") }
        return value
    }

    /// Parses one JSON value that must fill `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(JSONParseError) in try parse(buffer) } }
        return try result.get()
    }

    /// Parses one JSON value that must fill `text` (surrounding whitespace allowed).
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// A read position inside a buffer of JSON bytes.
///
/// Internal so that the journal's line decoder can walk an entry's envelope member by member
/// with the same code, without building a `JSONValue` for it.
struct JSONCursor {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    var depth = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The byte at the read position, or nil at the end.
    @inline(__always)
    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func error(_ expected: String) -> JSONParseError {
        JSONParseError(offset: position, expected: expected)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// Consumes `byte` or throws naming `expected`.
    @inline(__always)
    mutating func consume(_ byte: UInt8, expected: String) throws(JSONParseError) {
        guard current == byte else { throw error(expected) }
        position += 1
    }

    mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = current else { throw error("a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try parseLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("a value")
        }
    }

    mutating func enterNesting() throws(JSONParseError) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else {
            throw error("at most \(JSONParser.maximumDepth) nested arrays and objects")
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSONValue {
        var members: [JSONMember] = []
        if try enterContainer(closing: UInt8(ascii: "}")) { return .object(members) }
        // An event's data has a handful of members: one allocation for them, instead of one per
        // doubling from a single member (replay parses a million of these).
        members.reserveCapacity(8)
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("a member name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            try consume(UInt8(ascii: ":"), expected: "':' after a member name")
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key, value))
            if try endOfMember(closing: UInt8(ascii: "}"), in: .object) { return .object(members) }
        }
    }

    mutating func parseArray() throws(JSONParseError) -> JSONValue {
        var elements: [JSONValue] = []
        if try enterContainer(closing: UInt8(ascii: "]")) { return .array(elements) }
        while true {
            elements.append(try parseValue())
            if try endOfMember(closing: UInt8(ascii: "]"), in: .array) { return .array(elements) }
        }
    }

    /// At an opening bracket: enters the container (refusing nesting past `maximumDepth`) and
    /// returns true when it is empty, having consumed `closing` and left it again.
    @inline(__always)
    mutating func enterContainer(closing: UInt8) throws(JSONParseError) -> Bool {
        try enterNesting()
        position += 1
        skipWhitespace()
        guard current == closing else { return false }
        position += 1
        depth -= 1
        return true
    }

    /// Which kind of container a separator belongs to, for the message when it is missing.
    enum Container {
        case object, array
    }

    /// After a member or element: consumes a `,` (and the white space after it) and returns
    /// false, or consumes `closing`, leaves the container and returns true; anything else is
    /// an error naming both. Every container of the parser, the index and the skipper ends here.
    @inline(__always)
    mutating func endOfMember(closing: UInt8, in container: Container) throws(JSONParseError) -> Bool {
        skipWhitespace()
        switch current {
        case UInt8(ascii: ","):
            position += 1
            skipWhitespace()
            return false
        case closing:
            position += 1
            depth -= 1
            return true
        default:
            throw error(container == .object ? "',' or '}' in an object" : "',' or ']' in an array")
        }
    }

    mutating func parseLiteral(_ word: StaticString) throws(JSONParseError) {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for index in 0..<count {
            guard position < bytes.count, bytes[position] == start[index] else { throw error("'\(word)'") }
            position += 1
        }
    }

    mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = position
        let isNegative = current == UInt8(ascii: "-")
        if isNegative { position += 1 }
        var isIntegral = true
        var magnitude = 0
        var fitsInInt = true
        if current == UInt8(ascii: "0") {
            position += 1
        } else if let digit = current, isDigit(digit) {
            while let digit = current, isDigit(digit) {
                let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
                let (added, overflowB) = shifted.addingReportingOverflow(Int(digit &- 48))
                if overflowA || overflowB { fitsInInt = false }
                magnitude = added
                position += 1
            }
        } else {
            throw error("a digit")
        }
        if current == UInt8(ascii: ".") {
            isIntegral = false
            position += 1
            try skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isIntegral = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try skipDigits()
        }
        if isIntegral && fitsInInt {
            return .int(isNegative ? -magnitude : magnitude)
        }
        if isIntegral && isNegative && magnitude == Int.min && position - start == 20 {
            // "-9223372036854775808": the magnitude overflowed to exactly Int.min.
            return .int(Int.min)
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Double(text) else { throw JSONParseError(offset: start, expected: "a number") }
        return .double(number)
    }

    private mutating func skipDigits() throws(JSONParseError) {
        guard let first = current, isDigit(first) else { throw error("a digit") }
        while let digit = current, isDigit(digit) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}

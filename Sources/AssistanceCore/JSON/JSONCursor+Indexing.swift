/// Where one member of an object sits in the bytes, and what kind of value it has: replay's
/// index of an event's `data`, read without building a `JSONValue` for it.
///
/// Plain integers, so that a whole index lives in one stack buffer and costs no allocation.
struct IndexedMember {
    /// What the member's value is; only strings and numbers keep more than their range.
    enum Kind: UInt8 {
        case null, bool, int, double, string, array, object
    }

    /// Offset and length of the key's bytes (between its quotes; keys have no escapes here).
    var keyStart: Int
    var keyCount: Int
    /// For a string, its contents between the quotes; for anything else, the value's bytes.
    var valueStart: Int
    var valueEnd: Int
    var kind: Kind
    /// The value of a `bool`.
    var flag: Bool
    /// Whether a string's contents hold escapes, which must be decoded to get its text.
    var hasEscapes: Bool
    /// Whether a string's contents hold bytes past ASCII (already checked as UTF-8).
    var hasNonASCII: Bool
    /// The value of an `int`.
    var integer: Int

    /// The string contents' byte range.
    var valueRange: Range<Int> { valueStart..<valueEnd }
}

/// The members of one object, in the order written, in a buffer the caller owns.
struct ObjectIndex {
    /// Objects with more members are left to the `JSONValue` path; events have at most 16.
    static let capacity = 32

    let storage: UnsafeMutableBufferPointer<IndexedMember>
    private(set) var count = 0

    init(storage: UnsafeMutableBufferPointer<IndexedMember>) {
        self.storage = storage
    }

    /// The members indexed so far.
    var members: UnsafeBufferPointer<IndexedMember> {
        UnsafeBufferPointer(rebasing: storage[0..<count])
    }

    var isFull: Bool { count >= storage.count }

    mutating func append(_ member: IndexedMember) {
        storage[count] = member
        count += 1
    }
}

extension JSONCursor {
    /// Checks the object at the read position as strictly as `parseValue` would, recording
    /// where its members are instead of building them; false when the value is not an object
    /// or has a member this index does not take (an escaped or non-ASCII key, or too many
    /// members), so that the caller can use `parseValue` instead.
    mutating func indexObject(into index: inout ObjectIndex) throws(JSONParseError) -> Bool {
        guard current == UInt8(ascii: "{") else { return false }
        if try enterContainer(closing: UInt8(ascii: "}")) { return true }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("a member name in double quotes") }
            let (keyRange, keyHasEscapes, keyHasNonASCII) = try scanString()
            // A non-ASCII key could still equal an ASCII one as a `String`; leave that to the slow path.
            if keyHasEscapes || keyHasNonASCII || index.isFull { return false }
            skipWhitespace()
            try consume(UInt8(ascii: ":"), expected: "':' after a member name")
            skipWhitespace()
            index.append(try indexValue(keyRange))
            if try endOfMember(closing: UInt8(ascii: "}"), in: .object) { return true }
        }
    }

    /// Checks the member value at the read position and says where it is.
    private mutating func indexValue(_ keyRange: Range<Int>) throws(JSONParseError) -> IndexedMember {
        var member = IndexedMember(
            keyStart: keyRange.lowerBound, keyCount: keyRange.count, valueStart: position, valueEnd: position,
            kind: .null, flag: false, hasEscapes: false, hasNonASCII: false, integer: 0)
        guard let byte = current else { throw error("a value") }
        switch byte {
        case UInt8(ascii: "\""):
            let (range, hasEscapes, hasNonASCII) = try skipString()
            member.kind = .string
            member.valueStart = range.lowerBound
            member.valueEnd = range.upperBound
            member.hasEscapes = hasEscapes
            member.hasNonASCII = hasNonASCII
            return member
        case UInt8(ascii: "{"):
            try skipObject()
            member.kind = .object
        case UInt8(ascii: "["):
            try skipArray()
            member.kind = .array
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            member.kind = .bool
            member.flag = true
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            member.kind = .bool
        case UInt8(ascii: "n"):
            try parseLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if case .int(let number) = try parseNumber() {
                member.kind = .int
                member.integer = number
            } else {
                member.kind = .double
            }
        default:
            throw error("a value")
        }
        member.valueEnd = position
        return member
    }

    /// Checks any value as `parseValue` would, building nothing.
    mutating func skipValue() throws(JSONParseError) {
        guard let byte = current else { throw error("a value") }
        switch byte {
        case UInt8(ascii: "{"): try skipObject()
        case UInt8(ascii: "["): try skipArray()
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "t"): try parseLiteral("true")
        case UInt8(ascii: "f"): try parseLiteral("false")
        case UInt8(ascii: "n"): try parseLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try parseNumber()
        default: throw error("a value")
        }
    }

    /// Checks a string as `parseString` would (UTF-8, escapes), returning where its contents are.
    mutating func skipString() throws(JSONParseError) -> (range: Range<Int>, hasEscapes: Bool, hasNonASCII: Bool) {
        let scanned = try scanString()
        if scanned.hasNonASCII, let invalid = firstInvalidUTF8(in: scanned.range) {
            throw JSONParseError(offset: invalid, expected: "valid UTF-8")
        }
        // Decoding is the only full check of escapes (hex digits, surrogate pairs); they are rare.
        if scanned.hasEscapes { _ = try unescape(scanned.range) }
        return scanned
    }

    private mutating func skipObject() throws(JSONParseError) {
        if try enterContainer(closing: UInt8(ascii: "}")) { return }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("a member name in double quotes") }
            _ = try skipString()
            skipWhitespace()
            try consume(UInt8(ascii: ":"), expected: "':' after a member name")
            skipWhitespace()
            try skipValue()
            if try endOfMember(closing: UInt8(ascii: "}"), in: .object) { return }
        }
    }

    private mutating func skipArray() throws(JSONParseError) {
        if try enterContainer(closing: UInt8(ascii: "]")) { return }
        while true {
            try skipValue()
            if try endOfMember(closing: UInt8(ascii: "]"), in: .array) { return }
        }
    }
}

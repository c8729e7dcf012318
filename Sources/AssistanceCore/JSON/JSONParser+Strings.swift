extension JSONCursor {
    /// Parses a string starting at its opening quote.
    ///
    /// The common case — no escapes — becomes a `String` straight from the bytes; only
    /// strings with escapes are assembled in a scratch buffer.
    mutating func parseString() throws(JSONParseError) -> String {
        let (range, hasEscapes, hasNonASCII) = try scanString()
        if hasNonASCII, let invalid = firstInvalidUTF8(in: range) {
            throw JSONParseError(offset: invalid, expected: "valid UTF-8")
        }
        if !hasEscapes {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        return try unescape(range)
    }

    /// Moves past a string and returns the range of its contents (without the quotes).
    ///
    /// Escapes are only checked for their shape here; `unescape` decodes them.
    mutating func scanString() throws(JSONParseError) -> (range: Range<Int>, hasEscapes: Bool, hasNonASCII: Bool) {
        let start = position + 1
        var index = start
        var hasEscapes = false
        var hasNonASCII = false
        let count = bytes.count
        // A local index over the raw pointer keeps this loop, the hottest of replay, in registers.
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
            throw JSONParseError(offset: start, expected: "'\"' to close the string")
        }
        while true {
            // Eight bytes at a time while none of them needs a look: the text of notes is most
            // of a journal, and this loop is the hottest of replay.
            while index &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let special = Self.bytesNeedingALook(word)
                if special == 0 {
                    hasNonASCII = hasNonASCII || word & 0x8080_8080_8080_8080 != 0
                    index &+= 8
                    continue
                }
                // Straight to the first byte that needs a look (the lowest flag is exact).
                let skipped = special.trailingZeroBitCount &>> 3
                let bytesBefore: UInt64 = (1 &<< UInt64(skipped &* 8)) &- 1
                hasNonASCII = hasNonASCII || word & 0x8080_8080_8080_8080 & bytesBefore != 0
                index &+= skipped
                break
            }
            guard index < count else { break }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                position = index + 1
                return (start..<index, hasEscapes, hasNonASCII)
            } else if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
            } else if byte < 0x20 {
                position = index
                throw error("a control character to be escaped")
            } else {
                hasNonASCII = hasNonASCII || byte >= 0x80
                index += 1
            }
        }
        position = count
        throw JSONParseError(offset: count, expected: "'\"' to close the string")
    }

    /// The high bit of each byte of `word` (first byte lowest) that is a quote, a backslash or
    /// a control character; zero when there is none.
    ///
    /// `(x - 0x01…) & ~x & 0x80…` flags the zero bytes of `x`, and with `0x20…` the bytes below
    /// 0x20 (the classic "has zero byte" test). A borrow can flag a byte after a true one, never
    /// before, so the lowest flag is always exact.
    @inline(__always)
    private static func bytesNeedingALook(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let quoteFlags = (quotes &- ones) & ~quotes
        let backslashFlags = (backslashes &- ones) & ~backslashes
        let controlFlags = (word &- ones &* 0x20) & ~word
        return (quoteFlags | backslashFlags | controlFlags) & 0x8080_8080_8080_8080
    }

    /// Decodes the escapes of a string whose contents are `range`.
    func unescape(_ range: Range<Int>) throws(JSONParseError) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < range.upperBound else {
                throw JSONParseError(offset: index, expected: "an escape after '\\'")
            }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hexQuad(at: index, end: range.upperBound)
                index += 4
                if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONParseError(offset: index - 6, expected: "a high surrogate before a low surrogate")
                }
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 1 < range.upperBound, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    else { throw JSONParseError(offset: index, expected: "a '\\u' low surrogate after a high surrogate") }
                    let low = try hexQuad(at: index + 2, end: range.upperBound)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONParseError(offset: index, expected: "a low surrogate after a high surrogate")
                    }
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                appendUTF8(scalar, to: &output)
            default:
                throw JSONParseError(offset: index - 1, expected: "one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private func hexQuad(at start: Int, end: Int) throws(JSONParseError) -> UInt32 {
        guard start + 4 <= end else { throw JSONParseError(offset: start, expected: "four hexadecimal digits") }
        var value: UInt32 = 0
        for index in start..<(start + 4) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 65...70: digit = byte - 55
            case 97...102: digit = byte - 87
            default: throw JSONParseError(offset: index, expected: "a hexadecimal digit")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    private func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// The offset of the first byte in `range` that starts an invalid UTF-8 sequence, or nil.
    ///
    /// Follows the well-formed byte sequences of Unicode Table 3-7, so overlong forms,
    /// surrogates and values above U+10FFFF are refused.
    func firstInvalidUTF8(in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return index
            }
            guard index + length <= range.upperBound, secondRange.contains(bytes[index + 1]) else { return index }
            for continuation in (index + 2)..<(index + length) where bytes[continuation] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}

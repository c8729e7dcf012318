/// The bytes after a journal's last complete line: a torn append, or damage (DESIGN.md §3).
///
/// Only what can be exactly one append in progress is torn, and only that is ever cut (after
/// it is copied to a side file): no `\n` (the caller passes what follows the last one), no NUL
/// byte, shorter than the longest line the tool writes, and a prefix of an entry line as the
/// tool writes one: `{"seq":` and the next seq, compact JSON with nothing out of place, the
/// object still open, or just closed with only its newline missing. Anything else (NUL blocks
/// a crash or a disk left, a tail longer than a line, bytes after a complete entry) may be
/// acknowledged entries that were overwritten, so it is damage and nothing is cut.
enum JournalTail {
    /// Why `tail` (the bytes after the last complete line, none of them `\n`) cannot be one
    /// unfinished append of entry `nextSeq`, as a reason phrase without the bytes' content;
    /// nil when it can.
    static func damage(in tail: [UInt8], nextSeq: Int) -> String? {
        if tail.contains(0) {
            return "NUL bytes follow the last complete line"
        }
        if tail.count >= JournalLimits.maximumLineLength {
            return "the \(tail.count) bytes after the last complete line are more than one unfinished line can hold"
        }
        let opening = Array("{\"seq\":".utf8)
        guard opening.starts(with: tail.prefix(opening.count)) else {
            return "the bytes after the last complete line do not begin an entry"
        }
        let digits = tail.dropFirst(opening.count).prefix { (0x30...0x39).contains($0) }
        let expected = Array(String(nextSeq).utf8)
        let isComplete = opening.count + digits.count < tail.count
        guard isComplete ? digits.elementsEqual(expected) : expected.starts(with: digits) else {
            return "the unfinished line after the last complete line is not entry \(nextSeq)"
        }
        var scanner = EntryPrefixScanner()
        for (offset, byte) in tail.enumerated() {
            switch scanner.take(byte) {
            case .fits: continue
            case .afterTheEnd: return "bytes follow a complete entry where its newline belongs"
            case .outOfPlace: return "the bytes after the last complete line are no entry's beginning (byte \(offset + 1) is out of place)"
            }
        }
        return nil
    }
}

/// A byte-at-a-time check that bytes can begin one compact JSON object as `JSONWriter` writes
/// it: no whitespace between tokens, strings with valid escapes and no raw control characters,
/// brackets that match. Numbers and literals are only checked for their characters: a prefix
/// cannot be judged further, and the tail is damage or torn, never decoded.
struct EntryPrefixScanner {
    /// What one byte did.
    enum Verdict: Equatable {
        /// It can continue a written line.
        case fits
        /// The object was already complete before it.
        case afterTheEnd
        /// No written line has it here.
        case outOfPlace
    }

    private enum Expecting: Equatable {
        case value, firstMemberOrEnd, member, colon, firstElementOrEnd, separatorOrEnd
        case string(isKey: Bool), escape(isKey: Bool), unicode(isKey: Bool, digitsLeft: Int)
        case number, literal(remaining: ArraySlice<UInt8>), done
    }

    private var expecting = Expecting.value
    /// The open objects (`{`) and arrays (`[`), innermost last.
    private var open: [UInt8] = []

    /// Takes the next byte.
    mutating func take(_ byte: UInt8) -> Verdict {
        switch expecting {
        case .done:
            return .afterTheEnd
        case .value, .firstElementOrEnd:
            if expecting == .firstElementOrEnd, byte == UInt8(ascii: "]") { return close(byte) }
            return startValue(byte)
        case .firstMemberOrEnd, .member:
            if expecting == .firstMemberOrEnd, byte == UInt8(ascii: "}") { return close(byte) }
            guard byte == UInt8(ascii: "\"") else { return .outOfPlace }
            expecting = .string(isKey: true)
        case .colon:
            guard byte == UInt8(ascii: ":") else { return .outOfPlace }
            expecting = .value
        case .separatorOrEnd:
            return separate(byte)
        case .string(let isKey):
            if byte == UInt8(ascii: "\"") {
                expecting = isKey ? .colon : .separatorOrEnd
            } else if byte == UInt8(ascii: "\\") {
                expecting = .escape(isKey: isKey)
            } else if byte < 0x20 {
                return .outOfPlace
            }
        case .escape(let isKey):
            guard "\"\\/bfnrtu".utf8.contains(byte) else { return .outOfPlace }
            expecting = byte == UInt8(ascii: "u") ? .unicode(isKey: isKey, digitsLeft: 4) : .string(isKey: isKey)
        case .unicode(let isKey, let digitsLeft):
            guard Self.isHexadecimalDigit(byte) else { return .outOfPlace }
            expecting = digitsLeft == 1 ? .string(isKey: isKey) : .unicode(isKey: isKey, digitsLeft: digitsLeft - 1)
        case .number:
            if Self.isNumberByte(byte) { return .fits }
            return separate(byte)
        case .literal(let remaining):
            guard remaining.first == byte else { return .outOfPlace }
            let rest = remaining.dropFirst()
            expecting = rest.isEmpty ? .separatorOrEnd : .literal(remaining: rest)
        }
        return .fits
    }

    private mutating func startValue(_ byte: UInt8) -> Verdict {
        switch byte {
        case UInt8(ascii: "\""): expecting = .string(isKey: false)
        case UInt8(ascii: "{"): open.append(byte); expecting = .firstMemberOrEnd
        case UInt8(ascii: "["): open.append(byte); expecting = .firstElementOrEnd
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): expecting = .number
        case UInt8(ascii: "t"): expecting = .literal(remaining: Array("rue".utf8)[...])
        case UInt8(ascii: "f"): expecting = .literal(remaining: Array("alse".utf8)[...])
        case UInt8(ascii: "n"): expecting = .literal(remaining: Array("ull".utf8)[...])
        default: return .outOfPlace
        }
        return .fits
    }

    /// After a value: a comma, or the end of the innermost object or array.
    private mutating func separate(_ byte: UInt8) -> Verdict {
        guard let innermost = open.last else { return .outOfPlace }
        if byte == UInt8(ascii: ",") {
            expecting = innermost == UInt8(ascii: "{") ? .member : .value
            return .fits
        }
        return close(byte)
    }

    private mutating func close(_ byte: UInt8) -> Verdict {
        let matching = open.last == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard !open.isEmpty, byte == matching else { return .outOfPlace }
        open.removeLast()
        expecting = open.isEmpty ? .done : .separatorOrEnd
        return .fits
    }

    private static func isHexadecimalDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
}

import Crypto

/// A SHA-256 value of the hash chain, held as four words so that checking a line's `prev`
/// against the previous line's hash is four integer comparisons, not a string comparison.
struct ChainHash: Sendable, Hashable {
    var first: UInt64
    var second: UInt64
    var third: UInt64
    var fourth: UInt64

    /// The 32 bytes in order.
    init(bytes: UnsafeRawBufferPointer) {
        first = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        second = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        third = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        fourth = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
    }

    /// The SHA-256 of `line` (the line's bytes without its `\n`).
    init(hashing line: UnsafeRawBufferPointer) {
        var hasher = SHA256()
        hasher.update(bufferPointer: line)
        let digest = hasher.finalize()
        self = digest.withUnsafeBytes { ChainHash(bytes: $0) }
    }

    /// Decodes 64 lowercase hexadecimal digits; nil for anything else (uppercase is refused
    /// because the writer never produces it, so it can only come from an edit).
    ///
    /// Every line's `prev` passes through here, and digits and letters alternate at random, so a
    /// branch per digit mispredicted about every other byte: a table lookup per byte, with the
    /// refusals gathered in one flag checked at the end, costs a fraction of that.
    init?(hexadecimal text: UnsafeRawBufferPointer) {
        guard text.count == 64, let base = text.baseAddress else { return nil }
        let digits = base.assumingMemoryBound(to: UInt8.self)
        var invalid: UInt8 = 0
        // Through a buffer pointer, since a byte always indexes the 256-entry table: no bounds check per digit.
        let words = ChainHash.nibbleByByte.withUnsafeBufferPointer { table -> (UInt64, UInt64, UInt64, UInt64) in
            func word(_ start: Int) -> UInt64 {
                var value: UInt64 = 0
                for index in start..<(start + 16) {
                    let nibble = table[Int(digits[index])]
                    invalid |= nibble
                    value = value << 4 | UInt64(nibble & 0x0F)
                }
                // The digits read as a big-endian number; store it the way the digest's bytes load.
                return UInt64(bigEndian: value)
            }
            return (word(0), word(16), word(32), word(48))
        }
        let (first, second, third, fourth) = words
        guard invalid & ChainHash.notADigit == 0 else { return nil }
        self.first = first
        self.second = second
        self.third = third
        self.fourth = fourth
    }

    /// Marks a byte that is not a lowercase hexadecimal digit in `nibbleByByte`.
    private static let notADigit: UInt8 = 0x10

    /// The value of each byte as a lowercase hexadecimal digit, or `notADigit`.
    private static let nibbleByByte: [UInt8] = (0...255).map { byte -> UInt8 in
        switch byte {
        case 48...57: UInt8(byte - 48)
        case 97...102: UInt8(byte - 87)
        default: notADigit
        }
    }

    /// 64 lowercase hexadecimal digits.
    var hexadecimal: String {
        var output: [UInt8] = []
        appendHexadecimal(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the 64 lowercase hexadecimal digits to `output`.
    func appendHexadecimal(to output: inout [UInt8]) {
        var copy = self
        withUnsafeBytes(of: &copy) { bytes in
            for byte in bytes {
                output.append(JSONWriter.hexDigit(byte >> 4))
                output.append(JSONWriter.hexDigit(byte & 0x0F))
            }
        }
    }
}

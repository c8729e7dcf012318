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
    /// Every line's `prev` passes through here, so the digits are checked and converted eight
    /// at a time in one 64-bit word, without a branch or a table lookup per digit.
    init?(hexadecimal text: UnsafeRawBufferPointer) {
        guard text.count == 64 else { return nil }
        var valid = true
        let (first, second, third, fourth) = (
            Self.word(text, at: 0, valid: &valid), Self.word(text, at: 16, valid: &valid),
            Self.word(text, at: 32, valid: &valid), Self.word(text, at: 48, valid: &valid)
        )
        guard valid else { return nil }
        self.first = first
        self.second = second
        self.third = third
        self.fourth = fourth
    }

    /// The checksum an entry line carries (its `sum`): the first eight bytes of the SHA-256 of
    /// the line's content, held as `first` holds them, so checking it is one comparison.
    var checksum: UInt64 { first }

    /// Decodes a `sum`: 16 lowercase hexadecimal digits, as `checksum` would compare; nil for anything else.
    static func checksum(hexadecimal text: UnsafeRawBufferPointer) -> UInt64? {
        guard text.count == 16 else { return nil }
        var valid = true
        let value = word(text, at: 0, valid: &valid)
        return valid ? value : nil
    }

    /// The eight bytes spelled by the 16 digits at `offset`, loaded as `init(bytes:)` loads them
    /// on any machine; clears `valid` when any of them is not a lowercase digit.
    @inline(__always)
    private static func word(_ text: UnsafeRawBufferPointer, at offset: Int, valid: inout Bool) -> UInt64 {
        let low = fourBytes(UInt64(littleEndian: text.loadUnaligned(fromByteOffset: offset, as: UInt64.self)), valid: &valid)
        let high = fourBytes(UInt64(littleEndian: text.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)), valid: &valid)
        return UInt64(littleEndian: UInt64(low) | UInt64(high) << 32)
    }

    /// Eight lowercase hexadecimal digits, loaded little-endian (the first digit in the lowest
    /// byte), as the four bytes they spell in the order the digest's bytes load; clears `valid`
    /// when any of them is not a digit.
    ///
    /// Each byte below 0x80 is compared with a bound by adding to it so that its top bit says
    /// the answer; no addition carries into the next byte.
    @inline(__always)
    private static func fourBytes(_ digits: UInt64, valid: inout Bool) -> UInt32 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        func atLeast(_ bound: UInt64) -> UInt64 { (digits &+ ones &* (0x80 - bound)) & tops }
        func atMost(_ bound: UInt64) -> UInt64 { ~(digits &+ ones &* (0x7F - bound)) & tops }
        let isDigit = atLeast(0x30) & atMost(0x39)
        let isLetter = atLeast(0x61) & atMost(0x66)
        valid = valid && digits & tops == 0 && isDigit | isLetter == tops
        // '0'...'9' are 0x30...0x39 and 'a'...'f' 0x61...0x66: the low four bits, plus 9 for a letter.
        let nibbles = (digits & (ones &* 0x0F)) &+ ((digits >> 6) & ones) &* 9
        // Each pair of nibbles into the low byte of its 16-bit lane, the first as the high nibble.
        let pairs = ((nibbles & 0x000F_000F_000F_000F) << 4) | ((nibbles >> 8) & 0x000F_000F_000F_000F)
        var packed = (pairs | pairs >> 8) & 0x0000_FFFF_0000_FFFF
        packed = (packed | packed >> 16) & 0xFFFF_FFFF
        return UInt32(truncatingIfNeeded: packed)
    }

    /// 64 lowercase hexadecimal digits.
    var hexadecimal: String {
        var output: [UInt8] = []
        appendHexadecimal(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the 64 lowercase hexadecimal digits to `output`.
    func appendHexadecimal(to output: inout [UInt8]) {
        appendHexadecimal(byteCount: 32, to: &output)
    }

    /// Appends the 16 lowercase hexadecimal digits of `checksum` to `output`.
    func appendChecksumHexadecimal(to output: inout [UInt8]) {
        appendHexadecimal(byteCount: 8, to: &output)
    }

    private func appendHexadecimal(byteCount: Int, to output: inout [UInt8]) {
        var copy = self
        withUnsafeBytes(of: &copy) { bytes in
            for byte in bytes.prefix(byteCount) {
                output.append(JSONWriter.hexDigit(byte >> 4))
                output.append(JSONWriter.hexDigit(byte & 0x0F))
            }
        }
    }
}

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
    init?(hexadecimal text: UnsafeRawBufferPointer) {
        guard text.count == 64 else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        for index in 0..<64 {
            let byte = text[index]
            let digit: UInt64
            switch byte {
            case 48...57: digit = UInt64(byte - 48)
            case 97...102: digit = UInt64(byte - 87)
            default: return nil
            }
            words[index / 16] = words[index / 16] << 4 | digit
        }
        // The words above read the digits as big-endian numbers; store them as the bytes load.
        first = UInt64(bigEndian: words[0])
        second = UInt64(bigEndian: words[1])
        third = UInt64(bigEndian: words[2])
        fourth = UInt64(bigEndian: words[3])
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

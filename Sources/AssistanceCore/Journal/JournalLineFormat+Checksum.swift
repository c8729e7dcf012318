/// The checksum every entry line ends with, so that a complete line vouches for itself even
/// when no line follows it to record its hash (DESIGN.md §3; LevelDB and RocksDB give every
/// log record a CRC for the same reason).
///
/// A line is `CONTENT,"sum":"<16 lowercase hex>"}` where CONTENT is everything up to and
/// including the closing quote of `prev`. D = SHA-256(CONTENT) is the line's chain hash (the
/// next line's `prev`), and `sum` is D's first eight bytes: replay hashes each line once, and
/// that one hash serves both the line's own check and the chain.
extension JournalLineFormat {
    /// The bytes after a line's content: `,"sum":"` (8), 16 digits, `"}` (2).
    static let checksumSuffixLength = 26

    /// `,"sum":"` (2C 22 73 75 6D 22 3A 22) as the eight bytes `loadUnaligned` reads from a
    /// line: a constant, so checking the shape costs one load and one comparison.
    private static var checksumOpening: UInt64 { UInt64(littleEndian: 0x223A_226D_7573_222C) }

    /// Appends the end of a line whose content has `hash`: `,"sum":"<16 hex>"}` and `\n`.
    static func appendChecksum(_ hash: ChainHash, to output: inout [UInt8]) {
        JSONWriter.appendASCII(",\"sum\":\"", to: &output)
        hash.appendChecksumHexadecimal(to: &output)
        JSONWriter.appendASCII("\"}\n", to: &output)
    }

    /// The length of `line`'s content and the checksum its last 26 bytes record, or nil when
    /// the line (without its `\n`) does not end exactly as this program writes a `sum`.
    ///
    /// Read from the fixed shape of the end, before anything is decoded, so that a line whose
    /// bytes changed is named for that, whatever else the change broke.
    @inline(__always)
    static func checksumSuffix(of line: UnsafeRawBufferPointer) -> (contentLength: Int, checksum: UInt64)? {
        let contentLength = line.count - checksumSuffixLength
        guard contentLength > 0,
            line.loadUnaligned(fromByteOffset: contentLength, as: UInt64.self) == checksumOpening,
            line[line.count - 2] == UInt8(ascii: "\""), line[line.count - 1] == UInt8(ascii: "}"),
            let checksum = ChainHash.checksum(hexadecimal: UnsafeRawBufferPointer(rebasing: line[(contentLength + 8)..<(line.count - 2)]))
        else { return nil }
        return (contentLength, checksum)
    }
}

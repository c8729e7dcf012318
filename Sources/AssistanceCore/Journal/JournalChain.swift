/// The hash-chain check of a run of entry lines.
///
/// Kept apart from decoding on purpose: it needs only the line ranges and the `prev`
/// values decoding found, so replay can later hash on a second core while the first
/// decodes the next chunk.
enum JournalChain {
    /// Checks that line 0 claims `previous` and every later line claims its predecessor's hash.
    ///
    /// Returns how many lines from the start are good and the hash of the last good one
    /// (`previous` when none is).
    static func check(
        lines: [Range<Int>], in chunk: UnsafeRawBufferPointer, claimed: [ChainHash], after previous: ChainHash
    ) -> (goodCount: Int, lastHash: ChainHash) {
        let hashes = lines.map { ChainHash(hashing: UnsafeRawBufferPointer(rebasing: chunk[$0])) }
        var expected = previous
        for index in hashes.indices {
            guard claimed[index] == expected else { return (index, expected) }
            expected = hashes[index]
        }
        return (hashes.count, expected)
    }
}

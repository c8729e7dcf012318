/// The hash-chain check of a run of entry lines.
///
/// Kept apart from decoding on purpose: it needs only the line ranges and the `prev`
/// values decoding found, so replay can later hash on a second core while the first
/// decodes the next chunk.
enum JournalChain {
    /// Which line a break at `breakIndex` blames: a break only says that line `breakIndex - 1`
    /// or the `prev` of line `breakIndex` changed. When the line after the break still chains
    /// to it, its `prev` is not what changed, so the line before it is the damaged one.
    static func damagedIndex(breakIndex: Int, hashes: UnsafeBufferPointer<ChainHash>, claimed: UnsafeBufferPointer<ChainHash>) -> Int {
        guard breakIndex >= 1, breakIndex + 1 < claimed.count else { return breakIndex }
        return claimed[breakIndex + 1] == hashes[breakIndex] ? breakIndex - 1 : breakIndex
    }

    /// How many lines from the start chain correctly: line 0 claims `previous`, and every
    /// later line claims its predecessor's hash.
    static func goodCount(hashes: UnsafeBufferPointer<ChainHash>, claimed: UnsafeBufferPointer<ChainHash>, after previous: ChainHash) -> Int {
        var expected = previous
        for index in hashes.indices {
            guard claimed[index] == expected else { return index }
            expected = hashes[index]
        }
        return hashes.count
    }
}

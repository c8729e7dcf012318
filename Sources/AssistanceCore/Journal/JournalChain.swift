/// The hash-chain check of a run of decoded entry lines: only the SHA-256 of each line and the
/// `prev` each line claims, both worked out while decoding (`LineBatch`), are compared here.
enum JournalChain {
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

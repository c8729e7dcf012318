extension EventType {
    /// Every type's token as bytes, grouped by length: most lengths hold one or two types.
    private static let tokensByLength: [[(token: [UInt8], type: EventType)]] = {
        let longest = allCases.map(\.rawValue.utf8.count).max() ?? 0
        var table = [[(token: [UInt8], type: EventType)]](repeating: [], count: longest + 1)
        for type in allCases {
            table[type.rawValue.utf8.count].append((Array(type.rawValue.utf8), type))
        }
        return table
    }()

    /// The type whose token is exactly `bytes`: replay asks this of every line, and it is
    /// several times cheaper than `init(rawValue:)`'s hashed string switch.
    ///
    /// Nil for anything else, including a non-ASCII spelling that `init(rawValue:)` might
    /// still take as canonically equivalent: replay then decodes the line the slow way.
    static func matching(utf8 bytes: UnsafeRawBufferPointer) -> EventType? {
        guard bytes.count < tokensByLength.count else { return nil }
        for candidate in tokensByLength[bytes.count] {
            // A plain loop: `elementsEqual` over two sequence types walks iterators, several times slower.
            let matches = candidate.token.withUnsafeBufferPointer { token in
                var index = 0
                while index < token.count, token[index] == bytes[index] { index &+= 1 }
                return index == token.count
            }
            if matches { return candidate.type }
        }
        return nil
    }
}

extension CaseIterable where Self: RawRepresentable, Self.RawValue == String {
    /// The case whose raw value is the UTF-8 text `bytes`, as `init(rawValue:)` finds it, but
    /// without making a `String` from plain ASCII: replay matches an event type and several
    /// vocabulary tokens on every line.
    static func matching(utf8 bytes: UnsafeRawBufferPointer) -> Self? {
        var index = 0
        while index < bytes.count, bytes[index] < 0x80 { index &+= 1 }
        // Plain ASCII equals a token exactly when its bytes do; anything else is compared as
        // `String`s are, by canonical equivalence.
        guard index == bytes.count else { return Self(rawValue: String(decoding: bytes, as: UTF8.self)) }
        for candidate in allCases {
            var token = candidate.rawValue
            let matches = token.withUTF8 { tokenBytes in
                guard tokenBytes.count == bytes.count else { return false }
                var position = 0
                while position < bytes.count, tokenBytes[position] == bytes[position] { position &+= 1 }
                return position == bytes.count
            }
            if matches { return candidate }
        }
        return nil
    }
}

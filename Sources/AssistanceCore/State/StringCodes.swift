/// Strings numbered in the order they were first added, found again by their bytes: the
/// logins that author entries and the organisation ids that steps and referrals name.
///
/// Replay looks up an author for every entry; a `Dictionary` of strings spent most of that
/// time in SipHash (DESIGN.md §6). Here a string is hashed with FNV-1a over its UTF-8 bytes,
/// which for ids of a few bytes is a handful of multiplications, and found by open addressing.
/// Strings are compared as Swift compares them (canonical equivalence), so equal strings always
/// share a code: that is why every string with a non-ASCII byte hashes alike, since two equal
/// ones may differ in bytes (é written precomposed or not). Logins and organisation ids are
/// ASCII by rule, so only a hand-edited journal ever takes that slower road.
struct StringCodes: Sendable {
    /// Each code's string, by code.
    private(set) var strings: [String] = []
    /// Code + 1 per slot; 0 for an empty slot. The count is a power of two, at least twice the strings'.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    /// An empty table.
    init() {}

    /// The number of strings.
    var count: Int { strings.count }

    /// The code of `string`, or nil when it was never added.
    func code(of string: String) -> Int32? {
        let mask = slots.count - 1
        var slot = Self.hash(string) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if strings[Int(stored) - 1] == string { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The code of `string`, adding it with the next code when it is new.
    mutating func code(adding string: String) -> Int32 {
        if let found = code(of: string) { return found }
        let code = Int32(strings.count)
        strings.append(string)
        if strings.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (existing, text) in strings.enumerated() { place(Int32(existing), hash: Self.hash(text)) }
        } else {
            place(code, hash: Self.hash(string))
        }
        return code
    }

    private mutating func place(_ code: Int32, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = code + 1
    }

    /// FNV-1a over the UTF-8 bytes of an ASCII string, folded so the low bits that pick a slot
    /// depend on all of them; one fixed value for any other string.
    private static func hash(_ string: String) -> Int {
        var copy = string
        let value = copy.withUTF8 { bytes -> UInt64 in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                if byte >= 0x80 { return 0 }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}

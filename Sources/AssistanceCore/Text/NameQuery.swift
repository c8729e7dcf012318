/// What a person typed into a filter or a completion, folded once (per key typed) so that it
/// can be matched against many keys built by ``NameFolding/key(_:)``.
///
/// A key matches when the query's plain form occurs in it or its loose form does (see
/// ``NameFolding`` for why both): "soeren" finds "Søren", "mueller" finds "Müller".
public struct NameQuery: Sendable, Hashable {
    /// The query's plain form.
    let plain: [UInt8]
    /// The query's loose form, when it differs from the plain one.
    let loose: [UInt8]?

    /// Folds `text`.
    public init(_ text: String) {
        plain = NameFolding.plain(text)
        loose = NameFolding.loosened(plain)
    }

    /// True when nothing searchable was typed (only spaces or punctuation): a filter then
    /// shows everything.
    public var isEmpty: Bool { plain.isEmpty }

    /// Whether the query occurs anywhere in `key`; an empty query matches every key.
    public func matches(_ key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { bytes in
            Self.occurs(plain, in: bytes, from: 0, to: bytes.count) || loose.map { Self.occurs($0, in: bytes, from: 0, to: bytes.count) } == true
        }
    }

    /// The indices of the keys the query matches, in order, of keys laid end to end in
    /// `bytes`, key `i` being `bytes[starts[i]..<starts[i + 1]]`: the Cases filter keeps every
    /// row's key in one buffer and runs this on every key typed.
    func matchingKeys(in bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int>) -> [Int] {
        var found: [Int] = []
        plain.withUnsafeBufferPointer { plain in
            (loose ?? []).withUnsafeBufferPointer { loose in
                for key in 0..<max(0, starts.count - 1) {
                    let start = starts[key], end = starts[key + 1]
                    if Self.occurs(plain, in: bytes, from: start, to: end) || !loose.isEmpty && Self.occurs(loose, in: bytes, from: start, to: end) {
                        found.append(key)
                    }
                }
            }
        }
        return found
    }

    /// Whether one of the key's fields starts with the query: completion prefers these.
    public func startsAField(of key: [UInt8]) -> Bool {
        fieldStarts(in: key).contains { start in
            Self.hasPrefix(plain, key, at: start) || loose.map { Self.hasPrefix($0, key, at: start) } == true
        }
    }

    /// Whether one of the key's fields is exactly the query: "cote d ivoire" names
    /// "Côte d'Ivoire". An empty query equals no field.
    public func equalsAField(of key: [UInt8]) -> Bool {
        guard !isEmpty else { return false }
        return fieldStarts(in: key).contains { start in
            Self.isField(plain, key, at: start) || loose.map { Self.isField($0, key, at: start) } == true
        }
    }

    /// Where each field of `key` starts (the plain fields, then the loose ones if any).
    private func fieldStarts(in key: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in key.enumerated() where byte == NameFolding.fieldEnd && index + 1 < key.count {
            starts.append(index + 1)
        }
        return starts
    }

    private static func hasPrefix(_ prefix: [UInt8], _ key: [UInt8], at start: Int) -> Bool {
        start + prefix.count <= key.count && key[start..<(start + prefix.count)].elementsEqual(prefix)
    }

    private static func isField(_ text: [UInt8], _ key: [UInt8], at start: Int) -> Bool {
        hasPrefix(text, key, at: start) && start + text.count < key.count && key[start + text.count] == NameFolding.fieldEnd
    }

    /// Whether `needle` occurs in `bytes[start..<end]`.
    static func occurs(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        needle.withUnsafeBufferPointer { occurs($0, in: bytes, from: start, to: end) }
    }

    /// Whether `needle` occurs in `bytes[start..<end]`: a plain search, since keys are short,
    /// over raw buffers because the Cases filter runs it on every case for every key typed.
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let first = needle.first else { return true }
        var candidate = start
        let lastCandidate = end - needle.count
        while candidate <= lastCandidate {
            if bytes[candidate] == first {
                var offset = 1
                while offset < needle.count, bytes[candidate + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            candidate += 1
        }
        return false
    }
}

/// Reads typed values of an event's `data` straight from the journal line's bytes, through
/// the index `JSONCursor.indexObject` made of the data object: replay's fast path (issue 6).
///
/// Makes a `String` only for values that go into the command; dates, numbers, Booleans and
/// vocabulary tokens are read from the bytes. Refusals are `FieldReader`'s, word for word.
/// The bytes were fully checked while indexing, so reading them again cannot fail.
struct IndexedFieldReader: CommandFields {
    /// The whole line; the index's offsets count from its start.
    let bytes: UnsafeRawBufferPointer
    let members: UnsafeBufferPointer<IndexedMember>

    /// The first member named `key` (as `JSONValue`'s subscript takes the first), or nil
    /// when it is absent or `null`.
    func member(_ key: String) -> IndexedMember? {
        var key = key
        return key.withUTF8 { keyBytes -> IndexedMember? in
            // Keys are a few bytes long: comparing in place beats a call to `memcmp`.
            for member in members where member.keyCount == keyBytes.count {
                var index = 0
                while index < keyBytes.count, bytes[member.keyStart &+ index] == keyBytes[index] { index &+= 1 }
                if index == keyBytes.count { return member.kind == .null ? nil : member }
            }
            return nil
        }
    }

    func isPresent(_ key: String) -> Bool {
        member(key) != nil
    }

    func string(_ key: String) throws(CommandError) -> String {
        guard let found = member(key), found.kind == .string else { throw failure(key, "a string") }
        return text(found.valueRange, hasEscapes: found.hasEscapes)
    }

    func int(_ key: String) throws(CommandError) -> Int {
        guard let found = member(key), found.kind == .int else { throw failure(key, "a whole number") }
        return found.integer
    }

    func bool(_ key: String) throws(CommandError) -> Bool {
        guard let found = member(key), found.kind == .bool else { throw failure(key, "true or false") }
        return found.flag
    }

    func date(_ key: String) throws(CommandError) -> CalendarDate {
        guard let found = member(key), found.kind == .string else { throw failure(key, "a date written YYYY-MM-DD") }
        let date = found.hasEscapes
            ? CalendarDate(iso: text(found.valueRange, hasEscapes: true))
            : CalendarDate(isoBytes: UnsafeRawBufferPointer(rebasing: bytes[found.valueRange]))
        guard let date else { throw failure(key, "a date written YYYY-MM-DD") }
        return date
    }

    func term<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) throws(CommandError) -> Term {
        guard let found = member(key), found.kind == .string,
            let term = self.term(found.valueRange, hasEscapes: found.hasEscapes, hasNonASCII: found.hasNonASCII, type)
        else { throw termFailure(key, type) }
        return term
    }

    func terms<Term: VocabularyTerm>(_ key: String, _ type: Term.Type) throws(CommandError) -> [Term] {
        guard let found = member(key), found.kind == .array else { throw failure(key, "a list of \(Term.termName) tokens") }
        var result: [Term] = []
        let complete = forEachString(in: found) { range, hasEscapes, hasNonASCII in
            guard let term = self.term(range, hasEscapes: hasEscapes, hasNonASCII: hasNonASCII, type) else { return false }
            result.append(term)
            return true
        }
        guard complete else { throw termListFailure(key, type) }
        return result
    }

    func strings(_ key: String) throws(CommandError) -> [String] {
        guard let found = member(key), found.kind == .array else { throw failure(key, "a list of strings") }
        var result: [String] = []
        let complete = forEachString(in: found) { range, hasEscapes, _ in
            result.append(text(range, hasEscapes: hasEscapes))
            return true
        }
        guard complete else { throw failure(key, "a list of strings") }
        return result
    }

    func country(_ key: String) throws(CommandError) -> Country {
        guard let found = member(key), found.kind == .string,
            let country = Country(code: text(found.valueRange, hasEscapes: found.hasEscapes))
        else { throw failure(key, "an ISO 3166-1 alpha-2 country code") }
        return country
    }

    func objectMembers(_ key: String) -> [JSONMember]? {
        guard let found = member(key), found.kind == .object else { return nil }
        var cursor = JSONCursor(bytes: bytes)
        cursor.position = found.valueStart
        return (try? cursor.parseValue())?.objectMembers
    }

    /// The text of string contents at `range`.
    private func text(_ range: Range<Int>, hasEscapes: Bool) -> String {
        guard hasEscapes else { return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        return (try? JSONCursor(bytes: bytes).unescape(range)) ?? ""
    }

    /// The term whose token is the string contents at `range`, as `Term(rawValue:)` finds it.
    private func term<Term: VocabularyTerm>(
        _ range: Range<Int>, hasEscapes: Bool, hasNonASCII: Bool, _ type: Term.Type
    ) -> Term? {
        guard !hasEscapes else { return Term(rawValue: text(range, hasEscapes: true)) }
        return Term.matching(utf8: UnsafeRawBufferPointer(rebasing: bytes[range]))
    }

    /// Calls `body` with each element of an array, in order, while it returns true; false when
    /// `body` did, or an element is not a string.
    private func forEachString(
        in array: IndexedMember, _ body: (_ range: Range<Int>, _ hasEscapes: Bool, _ hasNonASCII: Bool) -> Bool
    ) -> Bool {
        var cursor = JSONCursor(bytes: bytes)
        cursor.position = array.valueStart + 1
        cursor.skipWhitespace()
        while cursor.current == UInt8(ascii: "\"") {
            guard let (range, hasEscapes, hasNonASCII) = try? cursor.scanString(),
                body(range, hasEscapes, hasNonASCII)
            else { return false }
            cursor.skipWhitespace()
            guard cursor.current == UInt8(ascii: ",") else { break }
            cursor.position += 1
            cursor.skipWhitespace()
        }
        // Either the closing bracket, or an element that is not a string.
        return cursor.current == UInt8(ascii: "]")
    }
}

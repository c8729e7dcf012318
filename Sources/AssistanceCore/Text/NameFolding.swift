/// Folds names and other searchable text into byte keys, so that "duc", "nguyen", "soren",
/// "soeren" and "aero" find "Đức", "Nguyễn", "Søren" and "Ærø" (issue 16): every filter and
/// search of the tool (the Cases list, the referral board, choice completion in forms, country
/// and vocabulary names on the command line, likely duplicates) compares folded text.
///
/// **The plain form** of a text is, scalar by scalar:
/// - compatibility decomposition (NFKD: "ễ" is "e" and two marks, "ĳ" is "ij", "²" is "2"),
///   then lower case;
/// - nonspacing marks dropped: accents, the Vietnamese horn, the Romanian comma below and
///   cedilla alike, Polish ogonek, the dot of Turkish "İ" (so "Ştefan" and "Ștefan" are
///   "stefan");
/// - the letters that have no decomposition written the way the languages' own ASCII
///   spellings write them: đ→d, ð→d, ø→o, æ→ae, œ→oe, ß→ss, ı→i, þ→th, ł→l, ħ→h, ŧ→t, ŋ→n;
/// - Cyrillic transliterated to Latin as ICAO Doc 9303 (machine-readable passports) writes
///   it: "Иван"→"ivan", "Олена"→"olena", ж→zh, х→kh, ц→ts, щ→shch, ю→iu, я→ia, ь dropped.
///   So a Latin query finds a Cyrillic name, and a Cyrillic query a Cyrillic name. Г is "g"
///   (the Russian reading): a Ukrainian passport's "Serhii" does not find "Сергій", "sergii" does;
/// - Greek, Armenian, Georgian, Thai, CJK and other scripts only lower-cased (final ς as σ);
/// - everything that is not a letter or a digit dropped: spaces, hyphens, apostrophes (also
///   the modifier letters ʼ and ʻ), dots, other punctuation and symbols, controls.
///   "Jean-Pierre" is "jeanpierre", "O'Brien" "obrien", "C-2026-0042" "c20260042".
///
/// **The loose form** is the plain form with the two common spellings of a letter made one:
/// "ae", "oe", "ue" and "aa" become "a", "o", "u" and "a" (German ä/ö/ü written ae/oe/ue,
/// Danish/Norwegian ø written oe, å written aa, æ written ae), and "y" becomes "i"
/// (Ukrainian и, ю, я written y, yu, ya in one passport, i, iu, ia in another).
///
/// **How a query finds a name.** A key holds the plain form of each field and, when it
/// differs, the loose form after it (``key(_:)``); a query (``NameQuery``) matches when its
/// plain form occurs in the key or its loose form does. The plain form alone would miss
/// "soeren" in "soren"; the loose form alone would miss "el" in "Michael" ("michal") because
/// collapsing pairs depends on where a substring starts. Both together find "soren",
/// "soeren", "muller", "mueller", "aase", "aero" and "aeroe", and a name stored as "Mueller"
/// is found by "Müller" too. The price is a few extra matches ("michal" finds "Michael").
public enum NameFolding {
    /// Ends every field of a key; no folded text contains it, so no query matches across two
    /// fields or two keys laid end to end.
    static let fieldEnd: UInt8 = 0

    /// The search key of `fields`: each field's plain form followed by ``fieldEnd``, then,
    /// when anything differs, the loose form of the same fields. Built once per record (a case
    /// when its alias or nationality changes), matched many times by ``NameQuery``.
    public static func key(_ fields: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        var capacity = 0
        for field in fields { capacity += field.utf8.count + 1 }
        bytes.reserveCapacity(2 * capacity)
        for field in fields {
            appendPlain(field, to: &bytes)
            bytes.append(fieldEnd)
        }
        let plainCount = bytes.count
        if needsLoosening(bytes[0..<plainCount]) { appendLoose(of: 0..<plainCount, in: &bytes) }
        return bytes
    }

    /// The plain form of `text` (see the type's summary), as UTF-8 bytes.
    public static func plain(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendPlain(text, to: &bytes)
        return bytes
    }

    /// The loose form of `text`: its plain form with ae, oe, ue, aa and y made a, o, u, a, i.
    public static func loose(_ text: String) -> [UInt8] {
        let plain = plain(text)
        return loosened(plain) ?? plain
    }

    /// The loose form of plain-form bytes, or nil when it is the same (names without a y or
    /// a vowel pair), so that keys and queries do not carry the same bytes twice.
    static func loosened(_ plain: [UInt8]) -> [UInt8]? {
        guard needsLoosening(plain[...]) else { return nil }
        var bytes = plain
        appendLoose(of: 0..<plain.count, in: &bytes)
        return Array(bytes[plain.count...])
    }

    /// Appends the plain form of `text` to `bytes`, reading its UTF-8 in place: plain ASCII,
    /// most of what is typed, costs a table read per byte.
    static func appendPlain(_ text: String, to bytes: inout [UInt8]) {
        let table = NameFoldingTable.shared
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let lead = utf8[index]
                if lead < 0x80 {
                    let folded = table.ascii[Int(lead)]
                    if folded != 0 { bytes.append(folded) }
                    index += 1
                    continue
                }
                // A String's UTF-8 is valid: the lead byte says how many continuation bytes follow.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value) { table.append(scalar, to: &bytes) }
                index += length
            }
        }
    }

    /// Whether the loose form of `plain` differs from it: it holds a y or a vowel pair.
    static func needsLoosening(_ plain: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in plain {
            if byte == UInt8(ascii: "y") || Self.isPair(previous, byte) { return true }
            previous = byte
        }
        return false
    }

    /// Appends the loose form of `bytes[range]` to `bytes`.
    static func appendLoose(of range: Range<Int>, in bytes: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "y") {
                bytes.append(UInt8(ascii: "i"))
                index += 1
            } else if index + 1 < range.upperBound, isPair(byte, bytes[index + 1]) {
                bytes.append(byte)
                index += 2
            } else {
                bytes.append(byte)
                index += 1
            }
        }
    }

    /// ae, oe, ue and aa: the second spellings of ä/æ, ö/ø, ü and å, which the loose form
    /// writes as their first letter.
    @inline(__always)
    static func isPair(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (UInt8(ascii: "a"), UInt8(ascii: "e")), (UInt8(ascii: "o"), UInt8(ascii: "e")), (UInt8(ascii: "u"), UInt8(ascii: "e")),
             (UInt8(ascii: "a"), UInt8(ascii: "a")):
            true
        default:
            false
        }
    }
}

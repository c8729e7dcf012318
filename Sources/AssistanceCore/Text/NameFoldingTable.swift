/// What each Unicode scalar folds to in ``NameFolding``'s plain form, worked out once per
/// process (from ``decompositions`` and the scalars' own properties, in a millisecond or two)
/// for every scalar below U+2000 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
/// the Indic scripts, Thai, Georgian, Vietnamese's Latin Extended Additional), so that
/// building a key costs a table read per scalar: replay builds one for every case it opens,
/// and the Cases filter folds the query on every key typed (DESIGN.md §6).
///
/// Scalars from U+2000 up (CJK, Hangul, symbols, full-width forms) are rare in names and
/// folded as they come, without decomposition: full-width Latin letters and digits become
/// ASCII, letters are lower-cased, marks and everything else dropped.
struct NameFoldingTable: Sendable {
    /// Scalars below this value have an entry in the table.
    static let tableEnd: UInt32 = 0x2000

    /// The folded byte of each ASCII scalar; 0 for those dropped (spaces, punctuation, controls).
    let ascii: [UInt8]
    /// Where each scalar's folded bytes start in `bytes`; one more entry than scalars, the
    /// last being the end of `bytes`.
    let starts: [UInt32]
    /// The folded bytes of every scalar below ``tableEnd``, end to end.
    let bytes: [UInt8]

    /// The table, built on first use.
    static let shared = NameFoldingTable()

    /// Works out every entry; ``shared`` is the one to use (tests time a fresh one: it runs
    /// once per process, before the first key is built).
    init() {
        // Where each decomposable scalar's parts lie in `decompositions`.
        let decompositions = Self.decompositions
        var parts: [UInt32: Range<Int>] = [:]
        var index = 0
        while index + 1 < decompositions.count {
            let count = Int(decompositions[index + 1])
            parts[decompositions[index]] = (index + 2)..<(index + 2 + count)
            index += 2 + count
        }
        var starts: [UInt32] = []
        var bytes: [UInt8] = []
        starts.reserveCapacity(Int(Self.tableEnd) + 1)
        for value in 0..<Self.tableEnd {
            starts.append(UInt32(bytes.count))
            if let range = parts[value] {
                for part in decompositions[range].compactMap(Unicode.Scalar.init) { Self.appendLowered(part, to: &bytes) }
            } else if let scalar = Unicode.Scalar(value) {
                // The surrogate range lies above the table, so every value here is a scalar.
                Self.appendLowered(scalar, to: &bytes)
            }
        }
        starts.append(UInt32(bytes.count))
        ascii = (0..<128).map { value in
            let start = Int(starts[value])
            return starts[value + 1] > starts[value] ? bytes[start] : 0
        }
        self.starts = starts
        self.bytes = bytes
    }

    /// Appends the plain form of `scalar` to `output`.
    @inline(__always)
    func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let folded = ascii[Int(value)]
            if folded != 0 { output.append(folded) }
        } else if value < Self.tableEnd {
            let start = Int(starts[Int(value)])
            let end = Int(starts[Int(value) + 1])
            if start < end { output.append(contentsOf: bytes[start..<end]) }
        } else if (0xFF01...0xFF5E).contains(value), let halfWidth = Unicode.Scalar(value - 0xFEE0) {
            append(halfWidth, to: &output)
        } else {
            Self.appendLowered(scalar, to: &output)
        }
    }

    /// Appends `scalar` lower-cased, each resulting scalar through ``appendFinal(_:to:)``.
    static func appendLowered(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        guard scalar.properties.changesWhenLowercased else {
            appendFinal(scalar, to: &output)
            return
        }
        for letter in scalar.properties.lowercaseMapping.unicodeScalars { appendFinal(letter, to: &output) }
    }

    /// Appends one decomposed, lower-case scalar: its ASCII spelling, itself (a letter, digit
    /// or spacing mark of any script), or nothing.
    static func appendFinal(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if let spelled = spellings[scalar.value] {
            output.append(contentsOf: spelled.utf8)
            return
        }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber, .spacingMark:
            UTF8.encode(scalar) { output.append($0) }
        case .modifierLetter where !(0x02B0..<0x0300).contains(scalar.value):
            // Spacing modifier letters (ʼ ʻ ˈ) are apostrophes and stress marks in names;
            // modifier letters of other scripts (Japanese ー) are part of the word.
            UTF8.encode(scalar) { output.append($0) }
        default:
            break
        }
    }

    /// ASCII spellings of lower-case letters that have no decomposition, and Cyrillic
    /// transliterated as ICAO Doc 9303 writes it (letters with a decomposition, such as й, ё,
    /// ї, ў, ѓ, ќ, reach here as their base letter). An empty spelling drops the letter.
    static let spellings: [UInt32: String] = {
        var table: [UInt32: String] = [
            0x00DF: "ss", 0x00E6: "ae", 0x00F0: "d", 0x00F8: "o", 0x00FE: "th", 0x0111: "d", 0x0127: "h", 0x0131: "i",
            0x0138: "k", 0x0142: "l", 0x014B: "n", 0x0153: "oe", 0x0167: "t", 0x0192: "f",
            // Greek final sigma is the same letter as σ.
            0x03C2: "σ",
            // Latin ligatures of the alphabetic presentation forms.
            0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        ]
        let cyrillic: [(Character, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ж", "zh"), ("з", "z"), ("и", "i"),
            ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"),
            ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", "ie"),
            ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "iu"), ("я", "ia"),
            // Ukrainian, Belarusian, Serbian and Macedonian letters; ђ, ћ and џ as the Serbian
            // Latin alphabet writes them (đ, ć, dž), folded as those fold.
            ("є", "ie"), ("і", "i"), ("ґ", "g"), ("ђ", "d"), ("ѕ", "dz"), ("ј", "j"), ("љ", "lj"), ("њ", "nj"),
            ("ћ", "c"), ("џ", "dz"),
        ]
        for (letter, spelling) in cyrillic {
            table[letter.unicodeScalars.first!.value] = spelling
        }
        return table
    }()
}

/// The code point ranges behind `DisplayWidth`: sorted, non-overlapping, closed ranges, so a
/// binary search answers in a few comparisons.
///
/// Taken from Unicode's East Asian Width property (Wide and Fullwidth) and its combining
/// marks; the emoji presentation property and rarer marks are asked of the scalar itself.
enum DisplayWidthTable {
    /// Scalars drawn two columns wide: East Asian Wide and Fullwidth.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,   // CJK radicals, Kangxi radicals, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // fullwidth forms
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, // Tangut, Khitan, Kana supplements
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, // enclosed ideographic supplement
        0x1F900...0x1F9FF, // supplemental symbols and pictographs
        0x20000...0x2FFFD, // CJK extensions B to F
        0x30000...0x3FFFD, // CJK extension G and beyond
    ]

    /// Scalars that take no column of their own: combining marks that sit on the previous
    /// letter (Latin accents for Vietnamese, Thai vowel and tone marks, Hebrew and Arabic
    /// points), zero-width spaces and joiners, and variation selectors.
    static let zero: [ClosedRange<UInt32>] = [
        0x0300...0x036F,   // combining diacritical marks
        0x0483...0x0489,   // Cyrillic combining marks
        0x0591...0x05BD, 0x05BF...0x05BF, 0x05C1...0x05C2, 0x05C4...0x05C5, 0x05C7...0x05C7,
        0x0610...0x061A, 0x064B...0x065F, 0x0670...0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
        0x0E31...0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E, // Thai vowel signs, tone marks
        0x0EB1...0x0EB1, 0x0EB4...0x0EBC, 0x0EC8...0x0ECD, // Lao
        0x1160...0x11FF,   // Hangul Jamo medial vowels and final consonants
        0x1AB0...0x1AFF, 0x1DC0...0x1DFF, // combining marks extended and supplement
        0x200B...0x200F,   // zero-width space, non-joiner, joiner, direction marks
        0x2060...0x2064,
        0x20D0...0x20FF,   // combining marks for symbols
        0xD7B0...0xD7FF,   // Hangul Jamo extended B
        0xFE00...0xFE0F,   // variation selectors
        0xFE20...0xFE2F,   // combining half marks
        0xFEFF...0xFEFF,   // zero-width no-break space
        0xE0100...0xE01EF, // variation selectors supplement
    ]

    /// True when `value` lies in one of the sorted `ranges`.
    static func contains(_ value: UInt32, in ranges: [ClosedRange<UInt32>]) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

/// Whether two names may belong to the same person, for the duplicate warning when a case is
/// opened (issue 16): a second organisation identifying the same person writes the name its
/// own way — without diacritics, "ue" for "ü", surname first, a letter wrong.
///
/// Each name is folded to ``NameFolding``'s loose form (so "Nguyễn Văn Đức" and "Nguyen Van
/// Duc" are both "nguienvanduc"), once as written and once with its words sorted (so "Đức
/// Nguyễn Văn" matches too: Vietnamese, Chinese and Hungarian names are written surname first
/// in one document and last in another). Two names are similar when, in either form:
/// - their keys are equal;
/// - the shorter key has at least ``containedLength`` letters and the longer contains it
///   ("Van Duc" in "Nguyen Van Duc"; a short alias such as "Duc" would be inside too many);
/// - both have at least ``oneEditLength`` letters and they differ by one edit (a letter
///   added, dropped or changed, or two neighbours swapped: "Nguyen"/"Ngyuen"), or both have at
///   least ``twoEditsLength`` and they differ by two.
///
/// Names that fold to nothing (only punctuation) are similar to none.
struct NameSimilarity {
    /// The shortest key another may contain and count as similar.
    static let containedLength = 5
    /// The shortest keys one edit apart that count as similar.
    static let oneEditLength = 5
    /// The shortest keys two edits apart that count as similar.
    static let twoEditsLength = 10

    /// The name as written, folded.
    let written: [UInt8]
    /// The name's words folded one by one, sorted and joined.
    let sortedWords: [UInt8]

    /// Folds `name`.
    init(_ name: String) {
        written = NameFolding.loose(name)
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).map { NameFolding.loose(String($0)) }
        sortedWords = words.sorted { $0.lexicographicallyPrecedes($1) }.flatMap { $0 }
    }

    /// True when nothing in the name is a letter or a digit.
    var isEmpty: Bool { written.isEmpty }

    /// Whether `other` may be the same name (see the type's summary).
    func isSimilar(to other: NameSimilarity) -> Bool {
        guard !isEmpty, !other.isEmpty else { return false }
        return Self.areSimilar(written, other.written) || Self.areSimilar(sortedWords, other.sortedWords)
    }

    /// The rules of the type's summary for one pair of keys.
    static func areSimilar(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        if first == second { return true }
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        if shorter.count >= containedLength, longer.withUnsafeBufferPointer({ NameQuery.occurs(shorter, in: $0, from: 0, to: $0.count) }) {
            return true
        }
        let allowed = shorter.count >= twoEditsLength ? 2 : shorter.count >= oneEditLength ? 1 : 0
        return allowed > 0 && editDistance(shorter, longer, atMost: allowed) <= allowed
    }

    /// The optimal string alignment distance between `first` and `second` (insertions,
    /// deletions, substitutions and swaps of neighbours), or `limit + 1` once it is sure to
    /// exceed `limit`: names differ in length by more than the limit, or a whole row of the
    /// table does.
    static func editDistance(_ first: [UInt8], _ second: [UInt8], atMost limit: Int) -> Int {
        guard abs(first.count - second.count) <= limit else { return limit + 1 }
        guard !first.isEmpty, !second.isEmpty else { return max(first.count, second.count) }
        var beforePrevious = [Int](repeating: 0, count: second.count + 1)
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for row in 1...first.count {
            current[0] = row
            var rowMinimum = row
            for column in 1...second.count {
                let cost = first[row - 1] == second[column - 1] ? 0 : 1
                var best = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, first[row - 1] == second[column - 2], first[row - 2] == second[column - 1] {
                    best = min(best, beforePrevious[column - 2] + 1)
                }
                current[column] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[second.count]
    }
}

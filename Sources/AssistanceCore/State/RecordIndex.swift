/// Positions of cases or referrals by id, for ids shaped `PREFIX-YYYY-NNNN` as `prepare` makes
/// them: one dense array per year indexed by the number, so replay finds a case without
/// hashing its id (DESIGN.md §6; a dictionary of strings was a tenth of replay's time).
///
/// Only ids written as `prepare` writes them (the number padded to four digits and no more)
/// go in the arrays, so each slot stands for exactly one string and a lookup never reads the
/// id back. The others (another shape in a hand-edited file, `C-2026-00042`, a number far past
/// the rest) go to a dictionary, so every distinct string still has its own position.
struct RecordIndex: Sendable {
    /// `PREFIX` of the ids.
    private let prefix: UInt8
    /// `byYear[year]`: position + 1 by number (0: none); empty for years without ids.
    private var byYear: [[Int32]] = []
    /// Ids that are not in `byYear`.
    private var others: [String: Int] = [:]

    /// Numbers up to this much past the highest so far go in the dense arrays; one beyond
    /// would waste memory on empty slots.
    private static let densityAllowance = 65_536

    /// An empty index of ids starting with `prefix` (`C` or `R`).
    init(prefix: Character) {
        self.prefix = prefix.asciiValue ?? 0
    }

    /// The position of `id`.
    func position(of id: String) -> Int? {
        if let (year, number) = yearAndNumber(of: id), year < byYear.count, number < byYear[year].count, byYear[year][number] > 0 {
            return Int(byYear[year][number]) - 1
        }
        return others.isEmpty ? nil : others[id]
    }

    /// Records that `id` is at `position`; `id` must not be in the index yet.
    mutating func insert(_ id: String, at position: Int) {
        guard let (year, number) = yearAndNumber(of: id) else {
            others[id] = position
            return
        }
        if year >= byYear.count { byYear.append(contentsOf: repeatElement([], count: year + 1 - byYear.count)) }
        let slots = byYear[year].count
        if number < slots {
            guard byYear[year][number] == 0 else {
                others[id] = position
                return
            }
        } else {
            guard number - slots <= Self.densityAllowance else {
                others[id] = position
                return
            }
            byYear[year].append(contentsOf: repeatElement(0, count: number + 1 - slots))
        }
        byYear[year][number] = Int32(position + 1)
    }

    /// `(year, number)` of an id written as `prepare` writes it; nil for any other string.
    private func yearAndNumber(of id: String) -> (Int, Int)? {
        guard let parts = RecordID(id, prefixByte: prefix), parts.isCanonical else { return nil }
        return (parts.year, parts.number)
    }
}

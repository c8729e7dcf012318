import Foundation

/// The rows of one case list (open, closed, mine) read once, with each case's search key,
/// so the list can be filtered on every key typed without asking the state again: the
/// Cases screen's filter at 50 000 cases (DESIGN.md §6: a key to the next frame ≤ 10 ms).
///
/// Filtering matches exactly what `caseRows(_:caseworker:matching:today:)` matches.
public struct CaseRowList: Sendable {
    /// Every row of the list, in opening order.
    public let rows: [CaseRow]
    /// Each row's id, alias and nationality, lowercased, as the state keeps them.
    let searchKeys: [[UInt8]]

    /// No rows: a list not read yet.
    public static let empty = CaseRowList(rows: [], searchKeys: [])

    /// The positions in `rows` of the cases whose id, alias or nationality contains `text`
    /// (ignoring case and surrounding spaces), in order; every position when `text` is blank.
    public func positions(matching text: String) -> [Int] {
        let query = Array(text.trimmingCharacters(in: .whitespaces).lowercased().utf8)
        guard !query.isEmpty else { return Array(rows.indices) }
        var positions: [Int] = []
        for position in searchKeys.indices where searchKeys[position].containsBytes(query) { positions.append(position) }
        return positions
    }
}

extension AssistanceState {
    /// The rows of `caseRows(filter, caseworker: caseworker, today: today)` with their search
    /// keys, for filtering again and again (`CaseRowList.positions(matching:)`).
    public func caseRowList(_ filter: CaseListFilter = .open, caseworker: String? = nil, today: CalendarDate) -> CaseRowList {
        var rows: [CaseRow] = []
        var keys: [[UInt8]] = []
        rows.reserveCapacity(cases.count)
        keys.reserveCapacity(cases.count)
        for position in cases.indices where !cases[position].isRetracted {
            switch filter {
            case .open where cases[position].status != .open, .closed where cases[position].status != .closed: continue
            default: break
            }
            if let caseworker, cases[position].caseworker != caseworker { continue }
            rows.append(caseRow(at: position, today: today))
            keys.append(cases[position].searchKey)
        }
        return CaseRowList(rows: rows, searchKeys: keys)
    }
}

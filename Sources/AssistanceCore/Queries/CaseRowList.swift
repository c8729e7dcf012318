/// The rows of one case list (open, closed, mine) read once, with each case's search key,
/// so the list can be filtered on every key typed without asking the state again: the
/// Cases screen's filter at 50 000 cases (DESIGN.md §6: a key to the next frame ≤ 10 ms).
///
/// Filtering matches exactly what `caseRows(_:caseworker:matching:today:)` matches.
public struct CaseRowList: Sendable {
    /// Every row of the list, in opening order.
    public let rows: [CaseRow]
    /// Every row's search key (id, alias and nationality folded as the state keeps them), end
    /// to end in one buffer: a filter then reads memory in order rather than chasing one
    /// allocation per case.
    let searchBytes: [UInt8]
    /// Where each row's key starts in `searchBytes`; one more entry than `rows`, the last
    /// being the buffer's end.
    let searchStarts: [Int]

    /// No rows: a list not read yet.
    public static let empty = CaseRowList(rows: [], searchBytes: [], searchStarts: [0])

    /// The positions in `rows` of the cases whose id, alias or nationality contains `text`
    /// (as ``NameQuery`` matches: ignoring case, diacritics, spaces and punctuation), in
    /// order; every position when nothing searchable was typed.
    public func positions(matching text: String) -> [Int] {
        let query = NameQuery(text)
        guard !query.isEmpty else { return Array(rows.indices) }
        return searchBytes.withUnsafeBufferPointer { bytes in
            searchStarts.withUnsafeBufferPointer { query.matchingKeys(in: bytes, starts: $0) }
        }
    }
}

extension AssistanceState {
    /// The rows of `caseRows(filter, caseworker: caseworker, today: today)` with their search
    /// keys, for filtering again and again (`CaseRowList.positions(matching:)`).
    public func caseRowList(_ filter: CaseListFilter = .open, caseworker: String? = nil, today: CalendarDate) -> CaseRowList {
        var rows: [CaseRow] = []
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        rows.reserveCapacity(cases.count)
        starts.reserveCapacity(cases.count + 1)
        for position in cases.indices where !cases[position].isRetracted {
            switch filter {
            case .open where cases[position].status != .open, .closed where cases[position].status != .closed: continue
            default: break
            }
            if let caseworker, cases[position].caseworker != caseworker { continue }
            rows.append(caseRow(at: position, today: today))
            bytes += cases[position].searchKey
            starts.append(bytes.count)
        }
        return CaseRowList(rows: rows, searchBytes: bytes, searchStarts: starts)
    }
}

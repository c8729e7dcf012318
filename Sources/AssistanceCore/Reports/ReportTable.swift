/// One value in a report table.
public enum ReportCell: Sendable, Hashable {
    /// A label: a sex, a country, an organisation, a caseworker.
    case text(String)
    /// A number of cases, steps, people or referrals.
    case count(Int)
    /// A count from 1 to `threshold - 1` hidden for publication; shown as `<threshold`.
    case suppressed(threshold: Int)
    /// A median number of days, or nil when there was nothing to measure.
    case days(Double?)

    /// The cell as people read it: counts as digits, suppressed counts as `<N`, a missing
    /// median as `-`, a median with a half as `2.5`.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .count(let count): String(count)
        case .suppressed(let threshold): "<\(threshold)"
        case .days(nil): "-"
        case .days(let value?): value == value.rounded() ? String(Int(value)) : String(value)
        }
    }

    /// Whether the cell holds a number, so renderers align it right and bar charts can draw it.
    public var isNumeric: Bool {
        if case .text = self { return false }
        return true
    }

    /// The count, when the cell is an unsuppressed count (for bar charts).
    public var countValue: Int? {
        if case .count(let count) = self { return count }
        return nil
    }

    /// The cell with a count from 1 to `threshold - 1` replaced by `<threshold`; 0 stays 0,
    /// since an empty cell identifies nobody.
    func suppressed(below threshold: Int) -> ReportCell {
        if case .count(let count) = self, count > 0, count < threshold { return .suppressed(threshold: threshold) }
        return self
    }
}

/// One table of a period report: what a text renderer prints, a CSV section holds and a
/// screen draws.
public struct ReportTable: Sendable, Hashable {
    /// A stable lower-case name, also the file name of the table's CSV (`cases_by_sex`).
    public var id: String
    /// The heading people read ("Cases identified, by sex").
    public var title: String
    /// One heading per column; the first column holds the row labels.
    public var columns: [String]
    /// The rows, each with as many cells as there are columns.
    public var rows: [[ReportCell]]
    /// The totals row, or nil for tables whose rows do not add up (reflection periods).
    public var totals: [ReportCell]?
    /// Sentences that say how to read the table, such as how cases with two forms count.
    public var footnotes: [String]

    /// Creates a table.
    public init(id: String, title: String, columns: [String], rows: [[ReportCell]], totals: [ReportCell]? = nil, footnotes: [String] = []) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.footnotes = footnotes
    }

    /// The table with every count from 1 to `threshold - 1` suppressed, totals included, and
    /// the totals row saying so.
    func suppressed(below threshold: Int) -> ReportTable {
        var table = self
        table.rows = rows.map { $0.map { $0.suppressed(below: threshold) } }
        table.totals = totals.map { totals in
            var cells = totals.map { $0.suppressed(below: threshold) }
            if case .text(let label)? = cells.first { cells[0] = .text("\(label) (counts below \(threshold) suppressed)") }
            return cells
        }
        table.footnotes.append("Counts from 1 to \(threshold - 1) are shown as <\(threshold) so that no person can be recognised.")
        return table
    }
}

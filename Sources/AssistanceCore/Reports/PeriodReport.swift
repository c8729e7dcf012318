/// The period statistics the centre publishes (DESIGN.md §7), as named tables that the text,
/// CSV and JSON renderers and the Reports screen all read.
///
/// Retracted entries never count, and a retracted case takes its steps and referrals with
/// it; amended values count as amended, since the state already holds them. Counts come from
/// the state as it is now: a case reassigned or reopened after the period is counted with its
/// current caseworker and status.
public struct PeriodReport: Sendable, Hashable {
    /// The days covered.
    public var period: ReportPeriod
    /// The threshold below which counts are hidden, or nil for an internal report.
    public var suppressionThreshold: Int?
    /// The tables in reading order.
    public var tables: [ReportTable]

    /// The table with this ``ReportTable/id``.
    public func table(_ id: String) -> ReportTable? {
        tables.first { $0.id == id }
    }

    /// Computes every table for `period` from `state`.
    ///
    /// - Parameter suppressBelow: when given (2 or more), every count from 1 to
    ///   `suppressBelow - 1` is replaced by `<suppressBelow`, for publication.
    public static func build(from state: AssistanceState, period: ReportPeriod, suppressBelow: Int? = nil) -> PeriodReport {
        let facts = ReportFacts(state: state, period: period)
        let tables = facts.caseTables() + facts.caseworkTables()
        let report = PeriodReport(period: period, suppressionThreshold: nil, tables: tables)
        guard let suppressBelow else { return report }
        return report.suppressed(below: suppressBelow)
    }

    /// The same report with counts from 1 to `threshold - 1` suppressed; a threshold below 2
    /// hides nothing and leaves the report as it is.
    public func suppressed(below threshold: Int) -> PeriodReport {
        guard threshold >= 2, suppressionThreshold == nil else { return self }
        return PeriodReport(period: period, suppressionThreshold: threshold, tables: tables.map { $0.suppressed(below: threshold) })
    }
}

/// What the tables are computed from: the state, the period and the entities that count.
struct ReportFacts {
    let state: AssistanceState
    let period: ReportPeriod
    /// Cases not retracted.
    let cases: [Case]
    /// Ids of cases not retracted.
    let caseIDs: Set<String>

    init(state: AssistanceState, period: ReportPeriod) {
        self.state = state
        self.period = period
        cases = state.cases.filter { !$0.isRetracted }
        caseIDs = Set(cases.map(\.id))
    }

    /// Whether the case was open on the period's last day: identified by then and not
    /// closed by then.
    func isOpenAtEnd(_ item: Case) -> Bool {
        guard item.identifiedOn <= period.to else { return false }
        guard item.status == .closed, let closedOn = item.closedOn else { return true }
        return closedOn > period.to
    }

    /// One row per value of a closed list, in the list's order, with its count.
    func rows<Term: VocabularyTerm>(_ terms: [Term], counts: [Term: Int]) -> [[ReportCell]] {
        terms.map { [.text($0.label), .count(counts[$0] ?? 0)] }
    }
}

/// The median of `values`, the mean of the middle two for an even number; nil when empty.
func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return Double(sorted[middle]) }
    return Double(sorted[middle - 1] + sorted[middle]) / 2
}

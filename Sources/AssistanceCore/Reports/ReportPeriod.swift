/// The days a report covers, first and last day included.
public struct ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    /// The first day.
    public var from: CalendarDate
    /// The last day.
    public var to: CalendarDate

    /// A period from `from` to `to`, both included; nil when `to` comes before `from`.
    public init?(from: CalendarDate, to: CalendarDate) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    /// The calendar year `year`, 1 January to 31 December.
    public static func year(_ year: Int) -> ReportPeriod {
        let first = CalendarDate(year: year, month: 1, day: 1)!
        let last = CalendarDate(year: year, month: 12, day: 31)!
        return ReportPeriod(from: first, to: last)!
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: CalendarDate) -> Bool {
        from <= date && date <= to
    }

    /// The calendar year before the one `from` falls in; lets a screen step back with `[`.
    public var previousYear: ReportPeriod { .year(from.year - 1) }

    /// The year after the one `from` falls in; lets a screen step forward with `]`.
    public var nextYear: ReportPeriod { .year(from.year + 1) }

    /// `2026-01-01 to 2026-12-31`.
    public var description: String { "\(from) to \(to)" }
}

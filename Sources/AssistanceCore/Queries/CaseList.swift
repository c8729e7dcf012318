/// Which cases a list shows.
public enum CaseListFilter: String, Sendable, Hashable, CaseIterable {
    case open, closed, all
}

/// One line of the Cases screen.
public struct CaseRow: Sendable, Hashable {
    public var id: String
    public var alias: String
    public var nationality: Country?
    public var exploitationForms: [ExploitationForm]
    public var status: CaseStatus
    /// Login of the assigned caseworker.
    public var caseworker: String?
    /// Minor or adult at identification.
    public var ageGroup: AgeGroup?
    /// Days left of the reflection period; nil when there is none, it has ended or the case is closed.
    public var reflectionDaysLeft: Int?
    public var openReferrals: Int
    public var overdueReferrals: Int
    /// The earliest planned step that is not done.
    public var nextPlannedStep: PlannedStep?
    public var lastActivity: Timestamp
}

/// A step planned and not yet done.
public struct PlannedStep: Sendable, Hashable {
    /// The seq of its `step.recorded` entry.
    public var seq: Int
    public var kind: StepKind
    public var date: CalendarDate
}

/// What needs attention today.
public struct AttentionCounts: Sendable, Hashable {
    /// Referrals overdue (DESIGN.md §2).
    public var overdueReferrals: Int
    /// Open cases whose reflection period ends within the next 7 days (today included).
    public var reflectionsEndingSoon: Int
}

extension AssistanceState {
    /// The rows of the Cases screen in opening order, retracted cases left out.
    ///
    /// - Parameters:
    ///   - caseworker: only cases assigned to this login ("mine"), or every case when nil.
    ///   - text: only cases whose id, alias or nationality contains it, ignoring case,
    ///     diacritics, transliteration, spaces and punctuation (``NameQuery``).
    public func caseRows(_ filter: CaseListFilter = .open, caseworker: String? = nil, matching text: String = "", today: CalendarDate) -> [CaseRow] {
        let query = NameQuery(text)
        var rows: [CaseRow] = []
        rows.reserveCapacity(query.isEmpty ? cases.count : 64)
        // Index access reads fields in place; iterating values would copy every case.
        for position in cases.indices where !cases[position].isRetracted {
            switch filter {
            case .open where cases[position].status != .open, .closed where cases[position].status != .closed: continue
            default: break
            }
            if let caseworker, cases[position].caseworker != caseworker { continue }
            if !query.isEmpty, !query.matches(cases[position].searchKey) { continue }
            rows.append(caseRow(at: position, today: today))
        }
        return rows
    }

    /// The row for one case.
    public func caseRow(_ caseID: String, today: CalendarDate) -> CaseRow? {
        casePosition(caseID).map { caseRow(at: $0, today: today) }
    }

    /// Overdue referrals and reflection periods ending soon, for everyone or one caseworker's cases.
    public func attention(today: CalendarDate, caseworker: String? = nil) -> AttentionCounts {
        var counts = AttentionCounts(overdueReferrals: 0, reflectionsEndingSoon: 0)
        for casePosition in cases.indices where !cases[casePosition].isRetracted && cases[casePosition].status == .open {
            if let caseworker, cases[casePosition].caseworker != caseworker { continue }
            if let left = cases[casePosition].reflection?.daysLeft(today: today), left <= 7 { counts.reflectionsEndingSoon += 1 }
            for position in cases[casePosition].openReferralPositions where referrals[Int(position)].isOverdue(today: today) {
                counts.overdueReferrals += 1
            }
        }
        return counts
    }

    /// The row for the case at `casePosition` in `cases`.
    func caseRow(at casePosition: Int, today: CalendarDate) -> CaseRow {
        let openPositions = cases[casePosition].openReferralPositions
        var overdue = 0
        for position in openPositions where referrals[Int(position)].isOverdue(today: today) { overdue += 1 }
        var next: PlannedStep?
        for position in cases[casePosition].plannedStepPositions {
            let index = Int(position)
            if next == nil || steps[index].date < next!.date { next = PlannedStep(seq: steps[index].seq, kind: steps[index].kind, date: steps[index].date) }
        }
        return CaseRow(
            id: cases[casePosition].id, alias: cases[casePosition].alias, nationality: cases[casePosition].nationality,
            exploitationForms: cases[casePosition].exploitationForms, status: cases[casePosition].status,
            caseworker: cases[casePosition].caseworker, ageGroup: cases[casePosition].ageGroup,
            reflectionDaysLeft: cases[casePosition].status == .open ? cases[casePosition].reflection?.daysLeft(today: today) : nil,
            openReferrals: openPositions.count, overdueReferrals: overdue, nextPlannedStep: next, lastActivity: cases[casePosition].lastActivity)
    }
}

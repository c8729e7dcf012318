import Foundation

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
    ///   - text: only cases whose id, alias or nationality contains it (ignoring case).
    public func caseRows(_ filter: CaseListFilter = .open, caseworker: String? = nil, matching text: String = "", today: CalendarDate) -> [CaseRow] {
        let query = Array(text.trimmingCharacters(in: .whitespaces).lowercased().utf8)
        var rows: [CaseRow] = []
        for found in cases where !found.isRetracted {
            switch filter {
            case .open where found.status != .open, .closed where found.status != .closed: continue
            default: break
            }
            if let caseworker, found.caseworker != caseworker { continue }
            if !query.isEmpty, !found.searchKey.containsBytes(query) { continue }
            rows.append(row(for: found, today: today))
        }
        return rows
    }

    /// The row for one case.
    public func caseRow(_ caseID: String, today: CalendarDate) -> CaseRow? {
        self.case(caseID).map { row(for: $0, today: today) }
    }

    /// Overdue referrals and reflection periods ending soon, for everyone or one caseworker's cases.
    public func attention(today: CalendarDate, caseworker: String? = nil) -> AttentionCounts {
        var counts = AttentionCounts(overdueReferrals: 0, reflectionsEndingSoon: 0)
        for found in cases where !found.isRetracted && found.status == .open {
            if let caseworker, found.caseworker != caseworker { continue }
            if let left = found.reflection?.daysLeft(today: today), left <= 7 { counts.reflectionsEndingSoon += 1 }
            for position in found.referralPositions where referrals[Int(position)].isOverdue(today: today) {
                counts.overdueReferrals += 1
            }
        }
        return counts
    }

    private func row(for found: Case, today: CalendarDate) -> CaseRow {
        var open = 0
        var overdue = 0
        for position in found.referralPositions {
            let referral = referrals[Int(position)]
            if referral.isOpen { open += 1 }
            if referral.isOverdue(today: today) { overdue += 1 }
        }
        var next: PlannedStep?
        for position in found.stepPositions {
            let step = steps[Int(position)]
            guard !step.isDone, !step.isRetracted else { continue }
            if next == nil || step.date < next!.date { next = PlannedStep(seq: step.seq, kind: step.kind, date: step.date) }
        }
        return CaseRow(
            id: found.id, alias: found.alias, nationality: found.nationality, exploitationForms: found.exploitationForms,
            status: found.status, caseworker: found.caseworker, ageGroup: found.ageGroup,
            reflectionDaysLeft: found.status == .open ? found.reflection?.daysLeft(today: today) : nil,
            openReferrals: open, overdueReferrals: overdue, nextPlannedStep: next, lastActivity: found.lastActivity)
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes; plain search, since keys are short.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        var start = 0
        while start + needle.count <= count {
            var offset = 0
            while offset < needle.count, self[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
            start += 1
        }
        return false
    }
}

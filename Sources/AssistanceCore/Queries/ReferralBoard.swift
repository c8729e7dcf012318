import Foundation

/// Which referrals a list shows.
public enum ReferralListFilter: String, Sendable, Hashable, CaseIterable {
    /// Sent or accepted.
    case open
    /// Open and overdue.
    case overdue
    /// Every referral that was not retracted.
    case all
}

/// One line of the Referrals board.
public struct ReferralRow: Sendable, Hashable {
    public var id: String
    public var caseID: String
    public var caseAlias: String
    public var organisationID: String
    public var organisationName: String
    public var serviceKind: StepKind
    public var status: ReferralStatus
    public var madeOn: CalendarDate
    public var respondBy: CalendarDate
    public var serviceDate: CalendarDate?
    public var answeredOn: CalendarDate?
    /// Days since it was made.
    public var daysWaiting: Int
    public var isOverdue: Bool
    /// Follow-ups that were not retracted.
    public var followUps: Int
    /// The day of the latest of them.
    public var lastFollowUpOn: CalendarDate?
}

/// An organisation with its referral counts.
public struct OrganisationRow: Sendable, Hashable {
    public var organisation: Organisation
    public var openReferrals: Int
    public var overdueReferrals: Int
}

extension AssistanceState {
    /// Referrals oldest first (by the day made, then id), retracted ones and those of
    /// retracted cases left out.
    public func referralRows(_ filter: ReferralListFilter = .open, organisationID: String? = nil, caseID: String? = nil, today: CalendarDate) -> [ReferralRow] {
        var rows: [ReferralRow] = []
        for referral in referrals where !referral.isRetracted {
            if let organisationID, referral.organisationID != organisationID { continue }
            if let caseID, referral.caseID != caseID { continue }
            let overdue = referral.isOverdue(today: today)
            switch filter {
            case .open where !referral.isOpen, .overdue where !overdue: continue
            default: break
            }
            guard let owner = self.case(referral.caseID), !owner.isRetracted else { continue }
            let followUps = referral.followUps.filter { !$0.isRetracted }
            rows.append(ReferralRow(
                id: referral.id, caseID: referral.caseID, caseAlias: owner.alias, organisationID: referral.organisationID,
                organisationName: organisation(referral.organisationID)?.name ?? referral.organisationID,
                serviceKind: referral.serviceKind, status: referral.status, madeOn: referral.madeOn, respondBy: referral.respondBy,
                serviceDate: referral.serviceDate, answeredOn: referral.answeredOn, daysWaiting: referral.daysWaiting(today: today),
                isOverdue: overdue, followUps: followUps.count, lastFollowUpOn: followUps.map(\.on).max()))
        }
        rows.sort { ($0.madeOn, $0.id) < ($1.madeOn, $1.id) }
        return rows
    }

    /// Every organisation, by name, with its open and overdue referrals.
    public func organisationRows(today: CalendarDate) -> [OrganisationRow] {
        var open: [String: Int] = [:]
        var overdue: [String: Int] = [:]
        for referral in referrals where referral.isOpen {
            guard let owner = self.case(referral.caseID), !owner.isRetracted else { continue }
            open[referral.organisationID, default: 0] += 1
            if referral.isOverdue(today: today) { overdue[referral.organisationID, default: 0] += 1 }
        }
        return organisations
            .map { OrganisationRow(organisation: $0, openReferrals: open[$0.id] ?? 0, overdueReferrals: overdue[$0.id] ?? 0) }
            .sorted { $0.organisation.name.localizedCompare($1.organisation.name) == .orderedAscending }
    }

    /// Registered users by display name.
    public var usersByName: [User] {
        users.sorted { $0.displayName.localizedCompare($1.displayName) == .orderedAscending }
    }
}

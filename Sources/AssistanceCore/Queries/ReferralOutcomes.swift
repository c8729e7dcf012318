import Foundation

/// An organisation's record of answering referrals: what the coordinator's directory shows
/// beside its open and overdue counts.
public struct OrganisationAnswers: Sendable, Hashable {
    /// Referrals it declined within the window asked for (by the day of the decline).
    public var declinedRecently: Int
    /// The median days from a referral being made to its acceptance or decline; nil when it
    /// has answered none.
    public var medianDaysToAnswer: Double?
}

extension AssistanceState {
    /// Referrals declined within the last `days` days up to `today` (the decline's own day
    /// counted), oldest first, retracted ones and those of retracted cases left out: the
    /// board's "declined lately" view, where a coordinator looks for a pattern of refusals.
    public func declinedReferralRows(withinDays days: Int, today: CalendarDate) -> [ReferralRow] {
        let since = today.adding(days: -days)
        return referralRows(.all, today: today).filter { row in
            guard row.status == .declined, let answeredOn = row.answeredOn else { return false }
            return answeredOn > since && answeredOn <= today
        }
    }

    /// Each organisation's declines within the last `days` days and its median days to an
    /// answer, by organisation id. Days to an answer run from the day a referral was made to
    /// the day it was accepted or declined, as in the period report.
    public func organisationAnswers(declinedWithinDays days: Int, today: CalendarDate) -> [String: OrganisationAnswers] {
        let since = today.adding(days: -days)
        var declined: [String: Int] = [:]
        var waits: [String: [Int]] = [:]
        for referral in referrals where !referral.isRetracted {
            guard let owner = self.case(referral.caseID), !owner.isRetracted else { continue }
            if referral.status == .declined, let answeredOn = referral.answeredOn, answeredOn > since, answeredOn <= today {
                declined[referral.organisationID, default: 0] += 1
            }
            let answer = referral.acceptedOn ?? (referral.status == .declined ? referral.answeredOn : nil)
            if let answer { waits[referral.organisationID, default: []].append(answer.days(since: referral.madeOn)) }
        }
        var result: [String: OrganisationAnswers] = [:]
        for organisation in organisations {
            result[organisation.id] = OrganisationAnswers(
                declinedRecently: declined[organisation.id] ?? 0, medianDaysToAnswer: median(waits[organisation.id] ?? []))
        }
        return result
    }
}

import Testing
@testable import AssistanceCore

/// Issue 4: the board's "declined lately" view, the directory's answering figures, and what
/// a correction corrects.
@Suite struct ReferralOutcomeQueryTests {
    /// Three referrals to the clinic made on day 0: declined after 2 days, accepted after 4,
    /// still open; and one to legal aid declined 40 days ago after 10 days.
    func journal() throws -> (TestJournal, caseID: String) {
        var journal = try TestJournal.staffed(today: CalendarDate(iso: "2026-09-01")!)
        let caseID = try journal.openCase(identifiedOn: CalendarDate(iso: "2026-08-01")!)
        let old = try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "legal", serviceKind: .legalCounselling,
                                                                   madeOn: journal.today)), by: "mette").prepared.createdID!
        journal.today = journal.today.adding(days: 10)
        try journal.record(.declineReferral(referralID: old, on: journal.today, reason: "Out of area"), by: "sofie")
        journal.today = CalendarDate(iso: "2026-10-20")!
        var ids: [String] = []
        for kind in [StepKind.medical, .psychological, .interpreter] {
            ids.append(try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: kind,
                                                                        madeOn: journal.today)), by: "mette").prepared.createdID!)
        }
        journal.today = journal.today.adding(days: 2)
        try journal.record(.declineReferral(referralID: ids[0], on: journal.today, reason: "Full"), by: "sofie")
        journal.today = journal.today.adding(days: 2)
        try journal.record(.acceptReferral(referralID: ids[1], on: journal.today, serviceDate: nil, note: nil), by: "sofie")
        return (journal, caseID)
    }

    @Test func declinedRowsCoverOnlyTheWindow() throws {
        let (journal, _) = try journal()
        let today = CalendarDate(iso: "2026-10-30")!
        #expect(journal.state.declinedReferralRows(withinDays: 30, today: today).map(\.organisationID) == ["clinic"])
        #expect(journal.state.declinedReferralRows(withinDays: 60, today: today).map(\.organisationID) == ["legal", "clinic"])
        // The window ends today: a decline recorded "in the future" of an earlier today is not counted.
        #expect(journal.state.declinedReferralRows(withinDays: 30, today: CalendarDate(iso: "2026-10-21")!).isEmpty)
    }

    @Test func organisationAnswersCountRecentDeclinesAndTheMedianDaysToAnswer() throws {
        let (journal, _) = try journal()
        let answers = journal.state.organisationAnswers(declinedWithinDays: 90, today: CalendarDate(iso: "2026-10-30")!)
        #expect(answers["clinic"] == OrganisationAnswers(declinedRecently: 1, medianDaysToAnswer: 3))
        #expect(answers["legal"] == OrganisationAnswers(declinedRecently: 1, medianDaysToAnswer: 10))
        #expect(answers["closed-org"] == OrganisationAnswers(declinedRecently: 0, medianDaysToAnswer: nil))
        let narrow = journal.state.organisationAnswers(declinedWithinDays: 30, today: CalendarDate(iso: "2026-10-30")!)
        #expect(narrow["legal"]?.declinedRecently == 0)
    }

    @Test func aRetractedReferralsDeclineNoLongerCounts() throws {
        var (journal, _) = try journal()
        let sentSeq = try #require(journal.state.referrals.first { $0.status == .declined && $0.organisationID == "clinic" }).sentSeq
        try journal.record(.retractEntry(targetSeq: sentSeq, reason: "Sent by mistake"), by: "karin")
        #expect(journal.state.correctedSeq(byCorrection: journal.seq) == sentSeq)
        #expect(journal.state.correctedSeq(byCorrection: sentSeq) == nil)
        let answers = journal.state.organisationAnswers(declinedWithinDays: 90, today: CalendarDate(iso: "2026-10-30")!)
        #expect(answers["clinic"]?.declinedRecently == 0)
    }
}

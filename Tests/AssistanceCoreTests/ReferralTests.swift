import Testing
@testable import AssistanceCore

@Suite struct ReferralTests {
    func send(_ journal: inout TestJournal, caseID: String, madeOn: CalendarDate? = nil, respondBy: CalendarDate? = nil) throws -> String {
        let details = ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: madeOn ?? journal.today, respondBy: respondBy)
        return try journal.record(.sendReferral(details), by: "mette").prepared.createdID!
    }

    @Test func respondByDefaultsToSevenDaysAndOverdueFollows() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let made = journal.today.adding(days: -8)
        let id = try send(&journal, caseID: caseID, madeOn: made)
        let referral = try #require(journal.state.referral(id))
        #expect(referral.respondBy == made.adding(days: 7))
        #expect(!referral.isOverdue(today: made.adding(days: 7)))
        #expect(referral.isOverdue(today: made.adding(days: 8)))
        let rows = journal.state.referralRows(.overdue, today: journal.today)
        #expect(rows.map(\.id) == [id])
        #expect(rows.first?.daysWaiting == 8 && rows.first?.caseAlias == "Amina" && rows.first?.organisationName == "City Clinic")
        #expect(journal.state.caseRow(caseID, today: journal.today)?.overdueReferrals == 1)
        #expect(journal.state.attention(today: journal.today).overdueReferrals == 1)
        #expect(journal.state.organisationRows(today: journal.today).first { $0.organisation.id == "clinic" }?.overdueReferrals == 1)
    }

    @Test func acceptedIsOverdueOnlyAfterTheServiceDate() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let id = try send(&journal, caseID: caseID, madeOn: journal.today.adding(days: -5))
        let serviceDate = journal.today.adding(days: 3)
        try journal.record(.acceptReferral(referralID: id, on: journal.today, serviceDate: serviceDate, note: nil), by: "sofie")
        let referral = try #require(journal.state.referral(id))
        #expect(referral.status == .accepted && referral.serviceDate == serviceDate)
        #expect(!referral.isOverdue(today: serviceDate))
        #expect(referral.isOverdue(today: serviceDate.adding(days: 1)))
        journal.today = serviceDate.adding(days: 1)
        try journal.record(.completeReferral(referralID: id, on: journal.today, note: nil), by: "sofie")
        #expect(journal.state.referral(id)?.isOverdue(today: journal.today) == false)
        #expect(journal.state.referralRows(.open, today: journal.today).isEmpty)
        #expect(journal.state.referralRows(.all, today: journal.today).first?.status == .completed)
    }

    @Test func declinedAndWithdrawnAreClosedWithReasons() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let declined = try send(&journal, caseID: caseID)
        let withdrawn = try send(&journal, caseID: caseID)
        try journal.record(.declineReferral(referralID: declined, on: journal.today, reason: "No places."), by: "sofie")
        try journal.record(.withdrawReferral(referralID: withdrawn, on: journal.today, reason: "Arranged elsewhere."), by: "sofie")
        #expect(journal.state.referral(declined)?.status == .declined)
        #expect(journal.state.referral(declined)?.outcomeReason == "No places.")
        #expect(journal.state.referral(withdrawn)?.status == .withdrawn)
        #expect(journal.state.caseRow(caseID, today: journal.today)?.openReferrals == 0)
    }

    @Test func invalidTransitionsAreRefused() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let declined = try send(&journal, caseID: caseID)
        try journal.record(.declineReferral(referralID: declined, on: journal.today, reason: "No places."), by: "sofie")
        let completing = journal.refusal(.completeReferral(referralID: declined, on: journal.today, note: nil), by: "sofie")
        #expect(completing?.message == "Referral \(declined) is declined; only a referral that is accepted can be completed.")
        let withdrawn = try send(&journal, caseID: caseID)
        try journal.record(.withdrawReferral(referralID: withdrawn, on: journal.today, reason: "Not needed."), by: "sofie")
        #expect(journal.refusal(.acceptReferral(referralID: withdrawn, on: journal.today, serviceDate: nil, note: nil), by: "sofie")?.field == "referral")
        let sent = try send(&journal, caseID: caseID)
        #expect(journal.refusal(.completeReferral(referralID: sent, on: journal.today, note: nil), by: "sofie") != nil)
        #expect(journal.refusal(.acceptReferral(referralID: "R-2026-0099", on: journal.today, serviceDate: nil, note: nil), by: "sofie")?.message == "There is no referral R-2026-0099.")
    }

    @Test func sharingConsentOrAnOverrideReasonIsRequired() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase(sharing: false)
        let plain = ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: journal.today)
        #expect(journal.refusal(.sendReferral(plain), by: "mette")?.field == "consent_override")
        var overridden = plain
        overridden.consentOverrideReason = "Urgent medical need."
        let id = try journal.record(.sendReferral(overridden), by: "mette").prepared.createdID!
        #expect(journal.state.referral(id)?.consentOverrideReason == "Urgent medical need.")
    }

    @Test func inactiveOrUnknownOrganisationsAreRefused() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let inactive = ReferralDetails(caseID: caseID, organisationID: "closed-org", serviceKind: .other, madeOn: journal.today)
        #expect(journal.refusal(.sendReferral(inactive), by: "mette")?.message == "The organisation 'closed-org' is inactive; choose an active one or reactivate it first.")
        let unknown = ReferralDetails(caseID: caseID, organisationID: "nowhere", serviceKind: .other, madeOn: journal.today)
        #expect(journal.refusal(.sendReferral(unknown), by: "mette")?.field == "org")
    }

    @Test func boardIsOldestFirstAndFiltersByOrganisation() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let newer = try send(&journal, caseID: caseID, madeOn: journal.today.adding(days: -1))
        let older = try send(&journal, caseID: caseID, madeOn: journal.today.adding(days: -3))
        #expect(journal.state.referralRows(today: journal.today).map(\.id) == [older, newer])
        #expect(journal.state.referralRows(organisationID: "legal", today: journal.today).isEmpty)
        #expect(journal.state.organisationRows(today: journal.today).map(\.organisation.name) == ["City Clinic", "Closed Org", "Legal Aid"])
    }
}

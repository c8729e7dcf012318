import Testing
@testable import AssistanceCore

@Suite struct CaseEventsTests {
    @Test func openingACaseAssignsYearlyIDsAndRecordsEveryField() throws {
        var journal = try TestJournal.staffed()
        let details = CaseDetails(
            alias: "Amina", legalName: "Amina Okafor", sex: .female, birthYear: 2010, nationality: Country(code: "NG"),
            languages: ["English", "Yoruba"], exploitationForms: [.sexual, .forcedLabour], identifiedOn: CalendarDate(iso: "2026-11-20")!,
            identifiedBy: .police, shelter: "Nordlys", caseworker: "mette", riskLevel: .high, consentToProcessing: true, consentToSharing: false)
        let (prepared, seq) = try journal.record(.openCase(details), by: "mette")
        #expect(prepared.createdID == "C-2026-0001")
        #expect(prepared.draft.type == "case.opened")
        #expect(prepared.draft.data["id"] == "C-2026-0001")
        #expect(prepared.draft.data["exploitation"] == ["sexual", "forced_labour"])
        #expect(prepared.draft.data["identified_on"] == "2026-11-20")
        let opened = try #require(journal.state.case("C-2026-0001"))
        #expect(opened.alias == "Amina" && opened.legalName == "Amina Okafor" && opened.languages == ["English", "Yoruba"])
        #expect(opened.ageGroup == .minor)
        #expect(opened.status == .open && opened.openedSeq == seq && opened.riskLevel == .high && opened.shelter == "Nordlys")
        #expect(try journal.openCase(alias: "Second") == "C-2026-0002")
        journal.today = CalendarDate(iso: "2027-01-02")!
        #expect(try journal.openCase(alias: "Next year") == "C-2027-0001")
    }

    @Test func updatesAssignmentAndConsentChangeTheCase() throws {
        var journal = try TestJournal.staffed()
        let id = try journal.openCase(sharing: false)
        try journal.record(.updateCase(caseID: id, changes: CaseChanges(alias: "Ami", riskLevel: .low)), by: "mette")
        try journal.record(.assignCase(caseID: id, caseworker: "jonas"), by: "mette")
        try journal.record(.recordConsent(caseID: id, processing: true, sharing: true), by: "mette")
        let updated = try #require(journal.state.case(id))
        #expect(updated.alias == "Ami" && updated.riskLevel == .low && updated.caseworker == "jonas" && updated.consentToSharing)
        #expect(journal.state.caseRows(caseworker: "jonas", today: journal.today).map(\.id) == [id])
        #expect(journal.state.caseRows(caseworker: "mette", today: journal.today).isEmpty)
    }

    @Test func reflectionPeriodStartsExtendsAndCountsDown() throws {
        var journal = try TestJournal.staffed()
        let identified = journal.today.adding(days: -25)
        let id = try journal.openCase(identifiedOn: identified)
        try journal.record(.startReflection(caseID: id, startsOn: identified), by: "mette")
        #expect(journal.state.case(id)?.reflection?.endsOn == identified.adding(days: 30))
        #expect(journal.state.caseRow(id, today: journal.today)?.reflectionDaysLeft == 5)
        #expect(journal.state.attention(today: journal.today).reflectionsEndingSoon == 1)
        try journal.record(.extendReflection(caseID: id, endsOn: identified.adding(days: 120), reason: "Return being prepared."), by: "mette")
        #expect(journal.state.caseRow(id, today: journal.today)?.reflectionDaysLeft == 95)
        #expect(journal.state.attention(today: journal.today).reflectionsEndingSoon == 0)
        #expect(journal.state.caseRow(id, today: identified.adding(days: 121))?.reflectionDaysLeft == nil)
    }

    @Test func closingAndReopening() throws {
        var journal = try TestJournal.staffed()
        let id = try journal.openCase()
        try journal.record(.startReflection(caseID: id, startsOn: journal.today.adding(days: -10)), by: "mette")
        try journal.record(.closeCase(caseID: id, reason: .residencePermit, closedOn: journal.today, note: nil), by: "mette")
        #expect(journal.state.case(id)?.status == .closed)
        #expect(journal.state.case(id)?.closingReason == .residencePermit)
        #expect(journal.state.caseRows(.open, today: journal.today).isEmpty)
        #expect(journal.state.caseRows(.closed, today: journal.today).first?.reflectionDaysLeft == nil)
        try journal.record(.reopenCase(caseID: id, reason: "She came back."), by: "mette")
        #expect(journal.state.case(id)?.status == .open)
        #expect(journal.state.case(id)?.closingReason == nil)
        #expect(journal.state.caseRows(.all, today: journal.today).count == 1)
    }

    @Test func stepsPlannedAndDone() throws {
        var journal = try TestJournal.staffed()
        let id = try journal.openCase()
        try journal.record(.recordStep(StepDetails(caseID: id, kind: .medical, date: journal.today, isDone: true, organisationID: "clinic")), by: "mette")
        let later = try journal.record(.recordStep(StepDetails(caseID: id, kind: .legalCounselling, date: journal.today.adding(days: 9), isDone: false)), by: "mette").seq
        let sooner = try journal.record(.recordStep(StepDetails(caseID: id, kind: .interpreter, date: journal.today.adding(days: 2), isDone: false)), by: "mette").seq
        #expect(journal.state.caseRow(id, today: journal.today)?.nextPlannedStep == PlannedStep(seq: sooner, kind: .interpreter, date: journal.today.adding(days: 2)))
        try journal.record(.markStepDone(stepSeq: sooner, doneOn: journal.today, note: "Done early."), by: "mette")
        #expect(journal.state.step(seq: sooner)?.isDone == true)
        #expect(journal.state.caseRow(id, today: journal.today)?.nextPlannedStep?.seq == later)
    }

    @Test func timelineListsEverythingWithSummaries() throws {
        var journal = try TestJournal.staffed()
        let id = try journal.openCase()
        try journal.record(.recordStep(StepDetails(caseID: id, kind: .medical, date: journal.today, isDone: true)), by: "mette")
        let referral = try journal.record(.sendReferral(ReferralDetails(caseID: id, organisationID: "clinic", serviceKind: .psychological, madeOn: journal.today)), by: "mette").prepared.createdID!
        try journal.record(.followUpReferral(referralID: referral, on: journal.today, note: "Called them."), by: "sofie")
        try journal.record(.addNote(caseID: id, text: "Hun har det bedre.\nSecond line."), by: "mette")
        let timeline = journal.state.timeline(of: id)
        #expect(timeline.map(\.type) == [.caseOpened, .stepRecorded, .referralSent, .referralFollowUp, .noteAdded])
        #expect(timeline.map(\.summary) == [
            "Opened the case", "Recorded medical assistance for the case",
            "Referred the case to City Clinic for psychological assistance (\(referral))",
            "Followed up referral \(referral) of the case with City Clinic", "Added a note to the case",
        ])
        #expect(timeline.last?.detail == "Hun har det bedre.")
        #expect(timeline.first?.authorName == "Mette Nielsen")
        #expect(timeline.map(\.seq) == timeline.map(\.seq).sorted())
        #expect(journal.state.timeline(of: "C-1999-0001").isEmpty)
    }

    @Test func listFiltersByText() throws {
        var journal = try TestJournal.staffed()
        _ = try journal.openCase(alias: "Amina")
        let second = try journal.openCase(alias: "Malee")
        #expect(journal.state.caseRows(matching: "MAL", today: journal.today).map(\.id) == [second])
        #expect(journal.state.caseRows(matching: "nigeria", today: journal.today).count == 2)
        #expect(journal.state.caseRows(matching: "0002", today: journal.today).map(\.id) == [second])
    }
}

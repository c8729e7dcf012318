import Testing
@testable import AssistanceCore

@Suite struct CorrectionTests {
    @Test func amendingACaseKeepsBothVersions() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase(alias: "Amnia")
        let opened = journal.state.case(caseID)!.openedSeq
        let (prepared, seq) = try journal.record(.amendEntry(targetSeq: opened, reason: "Alias misspelt.", changes: [
            AmendedField(name: "alias", value: "Amina"), AmendedField(name: "exploitation", value: "sexual, Forced labour"),
            AmendedField(name: "nationality", value: "ro"),
        ]), by: "mette")
        #expect(prepared.draft.data["changes"] == .object([
            JSONMember("alias", "Amina"), JSONMember("exploitation", ["sexual", "forced_labour"]), JSONMember("nationality", "RO"),
        ]))
        let amended = try #require(journal.state.case(caseID))
        #expect(amended.alias == "Amina" && amended.exploitationForms == [.sexual, .forcedLabour] && amended.nationality?.code == "RO")
        let amendment = try #require(journal.state.amendments(of: opened).first)
        #expect(amendment.seq == seq && amendment.reason == "Alias misspelt.")
        #expect(amendment.previous == [JSONMember("alias", "Amnia"), JSONMember("exploitation", ["sexual"]), JSONMember("nationality", "NG")])
        let timeline = journal.state.timeline(of: caseID)
        #expect(timeline.first?.amendedBy == [seq])
        #expect(timeline.last?.summary == "Amended entry \(opened) of the case")
        #expect(journal.state.caseRows(matching: "amina", today: journal.today).count == 1)
    }

    @Test func amendmentsAreChecked() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let opened = journal.state.case(caseID)!.openedSeq
        #expect(journal.refusal(.amendEntry(targetSeq: opened, reason: "x", changes: [AmendedField(name: "colour", value: "red")]), by: "mette")?.field == "colour")
        #expect(journal.refusal(.amendEntry(targetSeq: opened, reason: "x", changes: [AmendedField(name: "sex", value: "robot")]), by: "mette")?.field == "sex")
        #expect(journal.refusal(.amendEntry(targetSeq: opened, reason: "x", changes: [AmendedField(name: "alias", value: " ")]), by: "mette")?.field == "alias")
        #expect(journal.refusal(.amendEntry(targetSeq: opened, reason: "x", changes: []), by: "mette")?.field == "changes")
        #expect(journal.refusal(.amendEntry(targetSeq: opened, reason: "", changes: [AmendedField(name: "alias", value: "A")]), by: "mette")?.field == "reason")
        let closing = try journal.record(.closeCase(caseID: caseID, reason: .other, closedOn: journal.today, note: nil), by: "mette").seq
        #expect(journal.refusal(.amendEntry(targetSeq: closing, reason: "x", changes: [AmendedField(name: "reason", value: "other")]), by: "mette")?.field == "target")
    }

    @Test func amendingStepsNotesAndReferrals() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let step = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: journal.today, isDone: true)), by: "mette").seq
        try journal.record(.amendEntry(targetSeq: step, reason: "Wrong kind.", changes: [AmendedField(name: "kind", value: "psychological"), AmendedField(name: "date", value: "2026-11-29")]), by: "mette")
        #expect(journal.state.step(seq: step)?.kind == .psychological)
        #expect(journal.state.step(seq: step)?.date == CalendarDate(iso: "2026-11-29"))
        let note = try journal.record(.addNote(caseID: caseID, text: "Frist"), by: "mette").seq
        try journal.record(.amendEntry(targetSeq: note, reason: "Typo.", changes: [AmendedField(name: "text", value: "First")]), by: "mette")
        #expect(journal.state.note(seq: note)?.text == "First")
        #expect(journal.state.amendments(of: note).first?.previous == [JSONMember("text", "Frist")])
        let referral = try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: journal.today)), by: "mette")
        try journal.record(.amendEntry(targetSeq: referral.seq, reason: "Longer.", changes: [AmendedField(name: "respond_by", value: "2026-12-20")]), by: "mette")
        #expect(journal.state.referral(referral.prepared.createdID!)?.respondBy == CalendarDate(iso: "2026-12-20"))
    }

    @Test func retractedThingsStayButStopCounting() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let note = try journal.record(.addNote(caseID: caseID, text: "Wrong case."), by: "mette").seq
        let step = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: journal.today.adding(days: 3), isDone: false)), by: "mette").seq
        let referral = try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: journal.today.adding(days: -9))), by: "mette")
        #expect(journal.state.caseRow(caseID, today: journal.today)?.overdueReferrals == 1)
        for target in [note, step, referral.seq] {
            try journal.record(.retractEntry(targetSeq: target, reason: "Recorded by mistake."), by: "mette")
        }
        #expect(journal.state.note(seq: note)?.isRetracted == true)
        #expect(journal.state.retraction(of: note)?.reason == "Recorded by mistake.")
        let row = try #require(journal.state.caseRow(caseID, today: journal.today))
        #expect(row.openReferrals == 0 && row.overdueReferrals == 0 && row.nextPlannedStep == nil)
        #expect(journal.state.referralRows(.all, today: journal.today).isEmpty)
        #expect(journal.state.attention(today: journal.today).overdueReferrals == 0)
        let timeline = journal.state.timeline(of: caseID)
        #expect(timeline.filter(\.isRetracted).map(\.seq) == [note, step, referral.seq])
        #expect(journal.state.dayTotals(on: journal.today, in: .gmt).referralsSent == 0)
    }

    @Test func retractingTwiceOrARetractionIsRefused() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let note = try journal.record(.addNote(caseID: caseID, text: "x"), by: "mette").seq
        let retraction = try journal.record(.retractEntry(targetSeq: note, reason: "Wrong."), by: "mette").seq
        #expect(journal.refusal(.retractEntry(targetSeq: note, reason: "Again."), by: "mette")?.message == "Entry \(note) is already retracted.")
        #expect(journal.refusal(.retractEntry(targetSeq: retraction, reason: "Undo."), by: "mette")?.message
            == "Entry \(retraction) is itself a retraction, which cannot be retracted; record the retracted entry again instead.")
        #expect(journal.refusal(.amendEntry(targetSeq: note, reason: "x", changes: [AmendedField(name: "text", value: "y")]), by: "mette")?.field == "target")
    }

    @Test func retractingACaseHidesItAndRetractingDoneReopensTheStep() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let planned = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: journal.today, isDone: false)), by: "mette").seq
        let done = try journal.record(.markStepDone(stepSeq: planned, doneOn: journal.today, note: nil), by: "mette").seq
        try journal.record(.retractEntry(targetSeq: done, reason: "Not done after all."), by: "mette")
        #expect(journal.state.step(seq: planned)?.isDone == false)
        #expect(journal.state.caseRow(caseID, today: journal.today)?.nextPlannedStep?.seq == planned)
        try journal.record(.retractEntry(targetSeq: journal.state.case(caseID)!.openedSeq, reason: "Duplicate case."), by: "karin")
        #expect(journal.state.case(caseID)?.isRetracted == true)
        #expect(journal.state.caseRows(.all, today: journal.today).isEmpty)
        #expect(journal.refusal(.addNote(caseID: caseID, text: "x"), by: "mette")?.message == "Case \(caseID) was retracted; nothing more can be recorded on it.")
    }
}

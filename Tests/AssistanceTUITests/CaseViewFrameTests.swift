import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 14: the case view, its step form and its close question as whole frames, on the desk
/// journal (today 2026-03-10, UTC) with a note, a referral and a step planned for 03-12.
@Suite struct CaseViewFrameTests {
    /// The desk with a done step, a referral, a note and a planned step on the first case.
    func deskWithHistory() throws -> DeskFixture {
        let desk = try DeskFixture()
        let caseID = desk.caseIDs[0]
        let mette = Actor(login: "mette")
        try DeskFixture.record(desk.store, .recordStep(StepDetails(
            caseID: caseID, kind: .interpreter, date: DeskFixture.today.adding(days: -3), isDone: true)), by: mette)
        try DeskFixture.record(desk.store, .sendReferral(ReferralDetails(
            caseID: caseID, organisationID: "redcross", serviceKind: .accommodation, madeOn: DeskFixture.today.adding(days: -1),
            consentOverrideReason: "She asked for a bed tonight.")), by: mette)
        try DeskFixture.record(desk.store, .addNote(caseID: caseID, text: "Asked about a doctor who speaks Danish."), by: mette)
        try DeskFixture.record(desk.store, .recordStep(StepDetails(
            caseID: caseID, kind: .medical, date: DeskFixture.today.adding(days: 2), isDone: false, organisationID: "redcross")), by: mette)
        return desk
    }

    @Test func detailsAndTimelineWithAPlannedStepAt80x24() throws {
        let desk = try deskWithHistory()
        expectFrame(desk.drive(desk.app(), keys: [.enter]), [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Case:         C-2026-0001 · Søren Ærø · open",
            "Person:       Female · Denmark",
            "Exploitation: Sexual exploitation",
            "Identified:   2026-03-05 by police · caseworker Mette Nielsen",
            "Reflection:   not started",
            "Risk:         not assessed · consent to data no, to sharing no",
            "── Timeline: 5 entries, oldest first ───────────────────────────────────────────",
            "Date       Who            What                                         State",
            "2026-03-10 Ada Admin      Opened the case",
            "2026-03-10 Mette Nielsen  Recorded interpreter assistance for the case",
            "2026-03-10 Mette Nielsen  Referred the case to Red Cross Shelter for … sent",
            "2026-03-10 Mette Nielsen  Added a note to the case: Asked about a doc…",
            "2026-03-10 Mette Nielsen  Planned medical assistance for the case on … planned",
        ] + blankRows(8) + [
            "a step  D done  r referral  n note  e edit  x amend/retract  C close case",
        ])
    }

    @Test func detailsAndTimelineWithAPlannedStepAt100x30() throws {
        let desk = try deskWithHistory()
        expectFrame(desk.drive(desk.app(width: 100, height: 30), keys: [.enter]), [
            "journal.jsonl · Mette Nielsen (caseworker)                       0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Case:         C-2026-0001 · Søren Ærø · open",
            "Person:       Female · Denmark",
            "Exploitation: Sexual exploitation",
            "Identified:   2026-03-05 by police · caseworker Mette Nielsen",
            "Reflection:   not started",
            "Risk:         not assessed · consent to data no, to sharing no",
            "── Timeline: 5 entries, oldest first ───────────────────────────────────────────────────────────────",
            "Date       Who                What                                                         State",
            "2026-03-10 Ada Admin          Opened the case",
            "2026-03-10 Mette Nielsen      Recorded interpreter assistance for the case",
            "2026-03-10 Mette Nielsen      Referred the case to Red Cross Shelter for accommodation as… sent",
            "2026-03-10 Mette Nielsen      Added a note to the case: Asked about a doctor who speaks D…",
            "2026-03-10 Mette Nielsen      Planned medical assistance for the case on 2026-03-12        planned",
        ] + blankRows(14) + [
            "a step  D done  r referral  n note  e edit  x amend/retract  C close case  ? help  q quit",
        ])
    }

    @Test func theNewStepFormWithADateItCannotRead() throws {
        let desk = try deskWithHistory()
        let keys: [Key] = [.enter, .character("a")] + typing("med") + [.tab, .control("u")] + typing("soon") + [.enter]
        let refused = desk.drive(desk.app(), keys: keys)
        #expect(refused.currentScreen is FormScreen)
        expectFrame(refused, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Case:         C-2026-0001 · Søren Ærø · open",
            "Person:       Female · Denmark",
            "Exploitation: Sexual exploitation",
            "Identified:   2026-03-05 by police · caseworker Mette Nielsen",
            "Reflection:   not started",
            "Ri┌─ Step for C-2026-0001 ───────────────────────────────────────────────────┐",
            "──│           Kind  Medical                                                  │──",
            "Da│           Date  soon                                                     │",
            "20│                 ! 'soon' is not a date; use YYYY-MM-DD (for example 2026-│",
            "20│Done or planned  Done                                                     │",
            "20│   Organisation                                                           │",
            "20│           Note                                                           │",
            "20│                                                                          │",
            "  │Enter save  Tab next field  S-Tab previous  Esc cancel                    │",
            "  └──────────────────────────────────────────────────────────────────────────┘",
        ] + blankRows(5) + [
            "Error: Nothing was saved; correct the field marked with !.",
            "Enter save  Tab next field  Ctrl-E editor  Esc cancel  ? help  q quit",
        ])
    }

    @Test func closingTheCaseAsksFirst() throws {
        let desk = try deskWithHistory()
        let asked = desk.drive(desk.app(), keys: [.enter, .character("C")] + typing("integ") + [.enter])
        expectFrame(asked, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Case:         C-2026-0001 · Søren Ærø · open",
            "Person:       Female · Denmark",
            "Exploitation: Sexual exploitation",
            "Identified:   2026-03-05 by police · caseworker Mette Nielsen",
            "Reflection:   not started",
            "Risk:         not assessed · consent to data no, to sharing no",
            "──┌─ Close C-2026-0001 ──────────────────────────────────────────────────────┐──",
            "Da│   Reason ┌─ Close case ──────────────────────────────────────┐           │",
            "20│Closed on │ Close case C-2026-0001? It leaves the open cases. │           │",
            "20│     Note │                                                   │           │",
            "20│          │ y yes   n no                                      │           │",
            "20│Enter save└───────────────────────────────────────────────────┘           │",
            "20└──────────────────────────────────────────────────────────────────────────┘",
        ] + blankRows(8) + [
            "Enter save  Tab next field  Ctrl-E editor  Esc cancel  ? help  q quit",
        ])
    }

    @Test func quittingWithATypedFormAsksFirst() throws {
        let desk = try DeskFixture()
        let asked = desk.drive(desk.app(), keys: [.character("N")] + typing("Quinn") + [.control("q")])
        expectFrame(asked, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing my open cases: 6 cases   (m: mine / all open / closed)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0001 Søren Ærø  Denmark     Sexual             0             2026-03-10",
            "  ┌─ New case ───────────────────────────────────────────────────────────────┐10",
            "  │           Alias  Quinn                                                   │10",
            "  │             Sex  Unknown                                                 │10",
            "  │     Nationality                                                          │10",
            "  │    ┌─ Quit ────────────────────────────────────────────────────────┐     │10",
            "  │   I│ A form holds input that has not been saved. Quit and lose it? │     │",
            "  │   I│                                                               │     │",
            "  │    │ y yes   n no                                                  │     │",
            "  │    └───────────────────────────────────────────────────────────────┘     │",
            "  │   Consent: data  Yes                                                     │",
            "  │Consent: sharing  No                                                      │",
            "  │                                                                          │",
            "  │Enter save  Tab next field  S-Tab previous  Esc cancel                    │",
            "  └──────────────────────────────────────────────────────────────────────────┘",
        ] + blankRows(4) + [
            "Enter save  Tab next field  Ctrl-E editor  Esc cancel  ? help  q quit",
        ])
    }
}

import Testing
@testable import AssistanceCore

@Suite struct ValidationTests {
    func details(_ journal: TestJournal, alias: String = "Amina", forms: [ExploitationForm] = [.sexual], identifiedOn: CalendarDate? = nil, birthYear: Int? = nil) -> CaseDetails {
        CaseDetails(alias: alias, sex: .female, birthYear: birthYear, exploitationForms: forms, identifiedOn: identifiedOn ?? journal.today, identifiedBy: .ngo)
    }

    @Test func caseDetailsAreChecked() throws {
        let journal = try TestJournal.staffed()
        #expect(journal.refusal(.openCase(details(journal, alias: "  ")), by: "mette")?.field == "alias")
        #expect(journal.refusal(.openCase(details(journal, forms: [])), by: "mette")?.field == "exploitation")
        #expect(journal.refusal(.openCase(details(journal, identifiedOn: journal.today.adding(days: 1))), by: "mette")?.message
            == "The day of identification (2026-12-01) is in the future; it can be today, 2026-11-30, at the latest.")
        #expect(journal.refusal(.openCase(details(journal, birthYear: 1850)), by: "mette")?.field == "birth_year")
        #expect(journal.refusal(.openCase(details(journal, birthYear: 2027)), by: "mette")?.field == "birth_year")
        var unknownWorker = details(journal)
        unknownWorker.caseworker = "ghost"
        #expect(journal.refusal(.openCase(unknownWorker), by: "mette")?.field == "caseworker")
        #expect(journal.refusal(.openCase(details(journal, birthYear: 1990)), by: "mette") == nil)
    }

    @Test func unknownThingsAreNamed() throws {
        let journal = try TestJournal.staffed()
        #expect(journal.refusal(.addNote(caseID: "C-2026-0042", text: "x"), by: "mette")?.message == "There is no case C-2026-0042.")
        #expect(journal.refusal(.markStepDone(stepSeq: 3, doneOn: journal.today, note: nil), by: "mette")?.field == "step")
        #expect(journal.refusal(.assignCase(caseID: "C-2026-0042", caseworker: "mette"), by: "mette")?.field == "case")
        #expect(journal.refusal(.changeRole(login: "ghost", role: .admin), by: "admin")?.field == "login")
        #expect(journal.refusal(.updateOrganisation(id: "nowhere", changes: OrganisationChanges(name: "X")), by: "sofie")?.field == "id")
        #expect(journal.refusal(.retractEntry(targetSeq: 999, reason: "x"), by: "admin")?.message == "There is no entry 999.")
    }

    @Test func datesCannotBeInTheFutureWhereTheyHappened() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let tomorrow = journal.today.adding(days: 1)
        #expect(journal.refusal(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: tomorrow, isDone: true)), by: "mette")?.field == "date")
        #expect(journal.refusal(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: tomorrow, isDone: false)), by: "mette") == nil)
        let referral = ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: tomorrow)
        #expect(journal.refusal(.sendReferral(referral), by: "mette")?.field == "made_on")
        #expect(journal.refusal(.closeCase(caseID: caseID, reason: .other, closedOn: tomorrow, note: nil), by: "mette")?.field == "closed_on")
    }

    @Test func reflectionExtensionIsLimitedTo120Days() throws {
        var journal = try TestJournal.staffed()
        let identified = journal.today.adding(days: -20)
        let caseID = try journal.openCase(identifiedOn: identified)
        #expect(journal.refusal(.extendReflection(caseID: caseID, endsOn: journal.today.adding(days: 30), reason: "x"), by: "mette")?.message
            == "Case \(caseID) has no reflection period to extend; start one first.")
        try journal.record(.startReflection(caseID: caseID, startsOn: identified), by: "mette")
        #expect(journal.refusal(.startReflection(caseID: caseID, startsOn: identified), by: "mette") != nil)
        #expect(journal.refusal(.extendReflection(caseID: caseID, endsOn: identified.adding(days: 121), reason: "Return."), by: "mette")?.message
            == "A reflection period may last at most 120 days in total; the latest end is \(identified.adding(days: 120)).")
        #expect(journal.refusal(.extendReflection(caseID: caseID, endsOn: identified.adding(days: 20), reason: "Return."), by: "mette")?.field == "ends_on")
        #expect(journal.refusal(.extendReflection(caseID: caseID, endsOn: identified.adding(days: 120), reason: " "), by: "mette")?.field == "reason")
    }

    @Test func closedCasesCannotBeClosedAgainOrWorkedOn() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        #expect(journal.refusal(.reopenCase(caseID: caseID, reason: "x"), by: "mette") != nil)
        try journal.record(.closeCase(caseID: caseID, reason: .lostContact, closedOn: journal.today, note: nil), by: "mette")
        #expect(journal.refusal(.closeCase(caseID: caseID, reason: .other, closedOn: journal.today, note: nil), by: "mette")?.message == "Case \(caseID) is already closed.")
        #expect(journal.refusal(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: journal.today, isDone: true)), by: "mette")?.message
            == "Case \(caseID) is closed; reopen it before recording on it.")
        #expect(journal.refusal(.addNote(caseID: caseID, text: "Still allowed."), by: "mette") == nil)
    }

    @Test func usersAndOrganisationsAreUnique() throws {
        let journal = try TestJournal.staffed()
        #expect(journal.refusal(.addUser(login: "mette", displayName: "Another", role: .caseworker), by: "admin")?.field == "login")
        #expect(journal.refusal(.addUser(login: "has space", displayName: "X", role: .caseworker), by: "admin")?.field == "login")
        #expect(journal.refusal(.addOrganisation(id: "clinic", name: "Again", kind: .ngo, contact: nil, city: nil), by: "sofie")?.field == "id")
        #expect(journal.refusal(.addOrganisation(id: "Bad_ID", name: "X", kind: .ngo, contact: nil, city: nil), by: "sofie")?.field == "id")
        #expect(journal.refusal(.changeRole(login: "admin", role: .caseworker), by: "admin")?.message == "The user 'admin' is the only admin; make another user admin first.")
    }

    @Test func errorsNeverQuoteAliases() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase(alias: "Secretname")
        try journal.record(.closeCase(caseID: caseID, reason: .other, closedOn: journal.today, note: nil), by: "mette")
        let refusals = [
            journal.refusal(.closeCase(caseID: caseID, reason: .other, closedOn: journal.today, note: nil), by: "mette"),
            journal.refusal(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: journal.today, isDone: true)), by: "mette"),
            journal.refusal(.updateCase(caseID: caseID, changes: CaseChanges(alias: "")), by: "mette"),
        ]
        for refusal in refusals { #expect(refusal.map { !$0.message.contains("Secretname") } == true) }
    }
}

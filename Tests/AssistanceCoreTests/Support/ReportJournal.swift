@testable import AssistanceCore

/// A journal with known figures for the first half of 2026 (issue 5): cases identified before
/// the period, a retracted case, an amended case and step and referral, a case with two forms
/// of exploitation, and referrals answered after 3, 5, 7 and 43 days.
enum ReportJournal {
    static let period = ReportPeriod(from: day("2026-01-01"), to: day("2026-06-30"))!

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func build() throws -> TestJournal {
        var journal = try TestJournal.staffed(today: day("2025-11-15"))

        // Bao: identified before the period, reflection extended before it, closed after it.
        let bao = try open(&journal, alias: "Bao", sex: .male, birthYear: nil, country: "VN", forms: [.forcedCriminality], on: "2025-11-15", by: .centre, caseworker: "mette")
        try journal.record(.startReflection(caseID: bao, startsOn: day("2025-11-15")), by: "mette")
        journal.today = day("2025-12-01")
        try journal.record(.extendReflection(caseID: bao, endsOn: day("2026-01-10"), reason: "Prepared return"), by: "mette")
        try journal.record(.recordStep(StepDetails(caseID: bao, kind: .legalCounselling, date: day("2025-12-01"), isDone: true)), by: "mette")

        // A referral made before the period and answered in it does not count.
        journal.today = day("2025-12-20")
        let early = try send(&journal, case: bao, to: "clinic", for: .medical, on: "2025-12-20")
        journal.today = day("2026-01-05")
        try journal.record(.acceptReferral(referralID: early, on: day("2026-01-05"), serviceDate: nil, note: nil), by: "sofie")

        // A step dated outside the period, amended into it.
        journal.today = day("2026-01-06")
        let session = try journal.record(.recordStep(StepDetails(caseID: bao, kind: .psychological, date: day("2025-12-20"), isDone: true)), by: "mette").seq
        try journal.record(.amendEntry(targetSeq: session, reason: "Typo in the date", changes: [AmendedField(name: "date", value: "2026-01-06")]), by: "admin")

        // Dmitri: closed with a residence permit.
        journal.today = day("2026-01-20")
        let dmitri = try open(&journal, alias: "Dmitri", sex: .male, birthYear: 1980, country: "UA", forms: [.sexual], on: "2026-01-20", by: .police, caseworker: "mette")
        try journal.record(.startReflection(caseID: dmitri, startsOn: day("2026-01-20")), by: "mette")

        // Amina: two forms of exploitation, reflection extended in the period.
        journal.today = day("2026-02-01")
        let amina = try open(&journal, alias: "Amina", sex: .female, birthYear: 1990, country: "NG", forms: [.sexual, .forcedLabour], on: "2026-02-01", by: .police, caseworker: "mette")
        try journal.record(.startReflection(caseID: amina, startsOn: day("2026-02-01")), by: "mette")
        journal.today = day("2026-02-02")
        try journal.record(.recordStep(StepDetails(caseID: amina, kind: .accommodation, date: day("2026-02-02"), isDone: true)), by: "mette")

        journal.today = day("2026-02-10")
        let checkUp = try send(&journal, case: amina, to: "clinic", for: .medical, on: "2026-02-10")
        journal.today = day("2026-02-13")
        try journal.record(.acceptReferral(referralID: checkUp, on: day("2026-02-13"), serviceDate: day("2026-02-20"), note: nil), by: "sofie")
        journal.today = day("2026-02-20")
        try journal.record(.completeReferral(referralID: checkUp, on: day("2026-02-20"), note: nil), by: "sofie")

        journal.today = day("2026-03-01")
        try journal.record(.extendReflection(caseID: amina, endsOn: day("2026-04-15"), reason: "Needs time"), by: "mette")
        try journal.record(.recordStep(StepDetails(caseID: amina, kind: .medical, date: day("2026-03-01"), isDone: true)), by: "mette")
        let lawyer = try send(&journal, case: amina, to: "legal", for: .legalCounselling, on: "2026-03-01")
        journal.today = day("2026-03-08")
        try journal.record(.declineReferral(referralID: lawyer, on: day("2026-03-08"), reason: "No capacity"), by: "sofie")

        // Olena: a minor, later closed for a prepared return; one of her steps is retracted.
        journal.today = day("2026-03-10")
        let olena = try open(&journal, alias: "Olena", sex: .female, birthYear: 2010, country: "UA", forms: [.forcedLabour], on: "2026-03-10", by: .ngo, caseworker: "jonas")
        try journal.record(.startReflection(caseID: olena, startsOn: day("2026-03-10")), by: "jonas")
        journal.today = day("2026-03-11")
        try journal.record(.recordStep(StepDetails(caseID: olena, kind: .accommodation, date: day("2026-03-11"), isDone: true)), by: "jonas")
        journal.today = day("2026-03-12")
        let mistake = try journal.record(.recordStep(StepDetails(caseID: olena, kind: .medical, date: day("2026-03-12"), isDone: true)), by: "jonas").seq
        try journal.record(.retractEntry(targetSeq: mistake, reason: "Wrong case"), by: "admin")
        journal.today = day("2026-03-15")
        let therapy = try send(&journal, case: olena, to: "clinic", for: .psychological, on: "2026-03-15")
        journal.today = day("2026-03-20")
        try journal.record(.acceptReferral(referralID: therapy, on: day("2026-03-20"), serviceDate: day("2026-12-01"), note: nil), by: "sofie")

        // A case opened by mistake, with a step, then retracted: none of it counts.
        journal.today = day("2026-04-01")
        let wrong = try open(&journal, alias: "Duplicate", sex: .female, birthYear: 1990, country: "NG", forms: [.sexual], on: "2026-04-01", by: .police, caseworker: "mette")
        try journal.record(.startReflection(caseID: wrong, startsOn: day("2026-04-01")), by: "mette")
        try journal.record(.recordStep(StepDetails(caseID: wrong, kind: .accommodation, date: day("2026-04-01"), isDone: true)), by: "mette")
        try journal.record(.retractEntry(targetSeq: openedSeq(journal, wrong), reason: "Duplicate"), by: "admin")
        let stillOpen = try send(&journal, case: olena, to: "legal", for: .legalCounselling, on: "2026-04-01")
        _ = stillOpen

        journal.today = day("2026-05-01")
        let withdrawn = try send(&journal, case: dmitri, to: "clinic", for: .medical, on: "2026-05-01")
        journal.today = day("2026-05-03")
        try journal.record(.withdrawReferral(referralID: withdrawn, on: day("2026-05-03"), reason: "No longer needed"), by: "sofie")
        journal.today = day("2026-05-10")
        let retracted = try journal.record(.sendReferral(ReferralDetails(caseID: dmitri, organisationID: "legal", serviceKind: .legalCounselling, madeOn: day("2026-05-10"))), by: "mette").seq
        try journal.record(.retractEntry(targetSeq: retracted, reason: "Sent twice"), by: "admin")

        journal.today = day("2026-05-20")
        try journal.record(.closeCase(caseID: olena, reason: .preparedReturn, closedOn: day("2026-05-20"), note: nil), by: "jonas")
        journal.today = day("2026-06-01")
        try journal.record(.closeCase(caseID: dmitri, reason: .residencePermit, closedOn: day("2026-06-01"), note: nil), by: "mette")

        // A planned step recorded in the period and done after it.
        journal.today = day("2026-06-20")
        let planned = try journal.record(.recordStep(StepDetails(caseID: amina, kind: .medical, date: day("2026-06-25"), isDone: false)), by: "mette").seq
        journal.today = day("2026-07-02")
        try journal.record(.markStepDone(stepSeq: planned, doneOn: day("2026-07-02"), note: nil), by: "mette")
        journal.today = day("2026-07-10")
        try journal.record(.closeCase(caseID: bao, reason: .preparedReturn, closedOn: day("2026-07-10"), note: nil), by: "mette")

        // Ewa: opened as identified after the period, amended into it as transgender.
        journal.today = day("2026-07-12")
        let ewa = try open(&journal, alias: "Ewa", sex: .female, birthYear: nil, country: "PL", forms: [.other], on: "2026-07-12", by: .municipality, caseworker: "jonas")
        try journal.record(.amendEntry(targetSeq: openedSeq(journal, ewa), reason: "Checked", changes: [
            AmendedField(name: "identified_on", value: "2026-05-05"), AmendedField(name: "sex", value: "transgender"),
        ]), by: "admin")
        let shelter = try journal.record(.sendReferral(ReferralDetails(caseID: ewa, organisationID: "clinic", serviceKind: .accommodation, madeOn: day("2026-07-12"))), by: "jonas")
        try journal.record(.amendEntry(targetSeq: shelter.seq, reason: "Made earlier", changes: [AmendedField(name: "made_on", value: "2026-06-01")]), by: "admin")
        journal.today = day("2026-07-14")
        try journal.record(.declineReferral(referralID: shelter.prepared.createdID!, on: day("2026-07-14"), reason: "Full"), by: "sofie")

        journal.today = day("2026-11-30")
        return journal
    }

    private static func open(
        _ journal: inout TestJournal, alias: String, sex: Sex, birthYear: Int?, country: String, forms: [ExploitationForm],
        on: String, by identifiedBy: IdentifiedBy, caseworker: String
    ) throws -> String {
        let details = CaseDetails(
            alias: alias, sex: sex, birthYear: birthYear, nationality: Country(code: country), exploitationForms: forms,
            identifiedOn: day(on), identifiedBy: identifiedBy, caseworker: caseworker, consentToProcessing: true, consentToSharing: true)
        return try journal.record(.openCase(details), by: caseworker).prepared.createdID!
    }

    private static func send(_ journal: inout TestJournal, case caseID: String, to organisation: String, for service: StepKind, on: String) throws -> String {
        let details = ReferralDetails(caseID: caseID, organisationID: organisation, serviceKind: service, madeOn: day(on))
        return try journal.record(.sendReferral(details), by: "mette").prepared.createdID!
    }

    private static func openedSeq(_ journal: TestJournal, _ caseID: String) -> Int {
        journal.state.case(caseID)!.openedSeq
    }
}

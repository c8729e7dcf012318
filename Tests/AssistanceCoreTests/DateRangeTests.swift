import Foundation
import Testing
import TestSupport
@testable import AssistanceCore

/// Each plausible date range of issue 13, item 7, at its edge both ways: the last day it
/// allows is taken, the first day past it is refused with a sentence naming the field and range.
@Suite struct DateRangeTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    /// The staffed journal (today 2026-11-30) with a case identified on 2026-11-20.
    func journalWithCase() throws -> (TestJournal, String) {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase(identifiedOn: Self.day("2026-11-20"))
        return (journal, caseID)
    }

    func newCase(identifiedOn: CalendarDate, birthYear: Int? = nil, birthDate: CalendarDate? = nil) -> Command {
        .openCase(CaseDetails(alias: "Ana", sex: .female, birthYear: birthYear, birthDate: birthDate, exploitationForms: [.sexual], identifiedOn: identifiedOn, identifiedBy: .ngo))
    }

    @Test func identificationIsNotBefore1990() throws {
        let (journal, caseID) = try journalWithCase()
        #expect(journal.refusal(newCase(identifiedOn: Self.day("1990-01-01")), by: "mette") == nil)
        #expect(journal.refusal(newCase(identifiedOn: Self.day("1989-12-31")), by: "mette") == CommandError(
            field: "identified_on", message: "The day of identification (1989-12-31) must be on or after 1990-01-01; no case the tool records is older."))
        #expect(journal.refusal(newCase(identifiedOn: Self.day("0001-01-01")), by: "mette")?.field == "identified_on")
        #expect(journal.refusal(.updateCase(caseID: caseID, changes: CaseChanges(identifiedOn: Self.day("1989-12-31"))), by: "mette")?.field == "identified_on")
        let amended = Command.amendEntry(targetSeq: 10, reason: "Typo.", changes: [AmendedField(name: "identified_on", value: "1989-12-31")])
        #expect(journal.refusal(amended, by: "admin")?.field == "identified_on")
    }

    @Test func birthLiesWithin110YearsBeforeIdentification() throws {
        let (journal, _) = try journalWithCase()
        let identified = Self.day("2026-11-20")
        #expect(journal.refusal(newCase(identifiedOn: identified, birthYear: 1916), by: "mette") == nil)
        #expect(journal.refusal(newCase(identifiedOn: identified, birthYear: 1915), by: "mette")?.message
            == "The birth year must be between 1916 and 2026, the year of identification.")
        #expect(journal.refusal(newCase(identifiedOn: identified, birthDate: Self.day("1916-01-01")), by: "mette") == nil)
        #expect(journal.refusal(newCase(identifiedOn: identified, birthDate: Self.day("2026-11-20")), by: "mette") == nil)
        let refusal = CommandError(field: "birth_date", message: "The birth date must be between 1916-01-01 and 2026-11-20, the day of identification.")
        #expect(journal.refusal(newCase(identifiedOn: identified, birthDate: Self.day("1915-12-31")), by: "mette") == refusal)
        #expect(journal.refusal(newCase(identifiedOn: Self.day("2026-11-20"), birthDate: Self.day("2026-11-21")), by: "mette")?.field == "birth_date")
    }

    @Test func aPlannedStepLiesFromFiveYearsBeforeIdentificationToTwoYearsAfterToday() throws {
        let (journal, caseID) = try journalWithCase()
        func planned(_ date: String) -> Command { .recordStep(StepDetails(caseID: caseID, kind: .medical, date: Self.day(date), isDone: false)) }
        #expect(journal.refusal(planned("2021-11-20"), by: "mette") == nil)
        #expect(journal.refusal(planned("2021-11-19"), by: "mette") == CommandError(
            field: "date", message: "A planned step must be dated on or after 2021-11-20, 5 years before the day of identification."))
        #expect(journal.refusal(planned("2028-11-30"), by: "mette") == nil)
        #expect(journal.refusal(planned("2028-12-01"), by: "mette") == CommandError(
            field: "date", message: "A step may be planned at most 2 years ahead, up to 2028-11-30; 2028-12-01 is later."))
        #expect(journal.refusal(planned("9999-12-31"), by: "mette")?.field == "date")
        #expect(journal.refusal(planned("0001-01-01"), by: "mette")?.field == "date")
    }

    @Test func aDoneStepIsNotBeforeIdentification() throws {
        var (journal, caseID) = try journalWithCase()
        #expect(journal.refusal(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: Self.day("2026-11-20"), isDone: true)), by: "mette") == nil)
        #expect(journal.refusal(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: Self.day("2026-11-19"), isDone: true)), by: "mette") == CommandError(
            field: "date", message: "A done step must be dated on or after the day of identification, 2026-11-20."))
        let planned = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: Self.day("2026-12-05"), isDone: false)), by: "mette").seq
        #expect(journal.refusal(.markStepDone(stepSeq: planned, doneOn: Self.day("2026-11-20"), note: nil), by: "mette") == nil)
        #expect(journal.refusal(.markStepDone(stepSeq: planned, doneOn: Self.day("2026-11-19"), note: nil), by: "mette")?.field == "done_on")
    }

    @Test func referralDatesLieBetweenIdentificationAndTwoYearsAfterTheReferral() throws {
        var (journal, caseID) = try journalWithCase()
        func referral(madeOn: String, respondBy: String? = nil) -> Command {
            .sendReferral(ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: Self.day(madeOn), respondBy: respondBy.map(Self.day)))
        }
        #expect(journal.refusal(referral(madeOn: "2026-11-20"), by: "mette") == nil)
        #expect(journal.refusal(referral(madeOn: "2026-11-19"), by: "mette") == CommandError(
            field: "made_on", message: "A referral must be made on or after the day of identification, 2026-11-20."))
        #expect(journal.refusal(referral(madeOn: "2026-11-25", respondBy: "2028-11-25"), by: "mette") == nil)
        #expect(journal.refusal(referral(madeOn: "2026-11-25", respondBy: "2028-11-26"), by: "mette") == CommandError(
            field: "respond_by",
            message: "The respond-by date must be between 2026-11-25, the day it is made, and 2028-11-25, 2 years after the referral was made."))
        #expect(journal.refusal(referral(madeOn: "2026-11-25", respondBy: "2026-11-24"), by: "mette")?.field == "respond_by")

        let sent = try journal.record(referral(madeOn: "2026-11-25"), by: "mette").prepared.createdID!
        func accept(on: String, service: String) -> Command {
            .acceptReferral(referralID: sent, on: Self.day(on), serviceDate: Self.day(service), note: nil)
        }
        #expect(journal.refusal(accept(on: "2026-11-26", service: "2028-11-25"), by: "sofie") == nil)
        #expect(journal.refusal(accept(on: "2026-11-26", service: "2028-11-26"), by: "sofie") == CommandError(
            field: "service_date",
            message: "The agreed service date must be between 2026-11-26, the day of acceptance, and 2028-11-25, 2 years after the referral was made."))
        #expect(journal.refusal(accept(on: "2026-11-26", service: "2026-11-25"), by: "sofie")?.field == "service_date")
        #expect(journal.refusal(accept(on: "2026-11-24", service: "2026-11-30"), by: "sofie")?.field == "on")
    }

    @Test func amendmentsKeepToTheSameRanges() throws {
        var (journal, caseID) = try journalWithCase()
        let done = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: Self.day("2026-11-25"), isDone: true)), by: "mette").seq
        let planned = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: Self.day("2026-12-25"), isDone: false)), by: "mette").seq
        let sent = try journal.record(.sendReferral(ReferralDetails(
            caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: Self.day("2026-11-25"))), by: "mette")
        let followUp = try journal.record(.followUpReferral(referralID: sent.prepared.createdID!, on: Self.day("2026-11-26"), note: "Called."), by: "sofie").seq
        func amend(_ seq: Int, _ field: String, _ value: String) -> CommandError? {
            journal.refusal(.amendEntry(targetSeq: seq, reason: "Wrong day.", changes: [AmendedField(name: field, value: value)]), by: "admin")
        }
        #expect(amend(done, "date", "2026-11-20") == nil)
        #expect(amend(done, "date", "2026-11-19")?.field == "date")
        #expect(amend(done, "date", "2026-11-30") == nil)
        #expect(amend(done, "date", "2026-12-01") == CommandError(field: "date", message: "The new date (2026-12-01) is in the future; it can be today, 2026-11-30, at the latest."))
        #expect(amend(planned, "date", "2028-11-30") == nil)
        #expect(amend(planned, "date", "2028-12-01")?.field == "date")
        #expect(amend(planned, "date", "2021-11-19")?.field == "date")
        #expect(amend(sent.seq, "made_on", "2026-11-19")?.field == "made_on")
        #expect(amend(sent.seq, "respond_by", "2028-11-25") == nil)
        #expect(amend(sent.seq, "respond_by", "2028-11-26")?.field == "respond_by")
        #expect(amend(followUp, "on", "2026-11-24")?.field == "on")
        #expect(amend(followUp, "on", "2026-12-01")?.field == "on")
    }

    @Test func yearsAreAddedDayForDay() {
        #expect(Self.day("2024-02-29").adding(years: 1) == Self.day("2025-02-28"))
        #expect(Self.day("2024-02-29").adding(years: -4) == Self.day("2020-02-29"))
        #expect(Self.day("9999-12-31").adding(years: 2) == Self.day("9999-12-31"))
        #expect(Self.day("0003-06-01").adding(years: -5) == Self.day("0001-06-01"))
    }

    /// The rules hold for everything the demo writes: its journals, written to real files,
    /// replay with no entry skipped and no damage, for several seeds and sizes.
    @Test(arguments: [(UInt64(1), 1), (2, 80), (42, 80), (7, 400)])
    func demoJournalsReplayWithoutARefusal(seed: UInt64, cases: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.file("demo.jsonl")
        let today = CalendarDate.today()
        let entries = DemoJournal.entries(seed: seed, cases: cases, creator: "admin", today: today, zone: .current)
        try JournalFile.create(at: path).appendBatch(entries)
        let store = try AssistanceStore(openingJournalAt: path)
        #expect(store.damage == nil)
        #expect(store.state.problems.map(\.message) == [])
        #expect(store.state.entryCount == entries.count)
        // What replay cannot know, the day of recording, checked with each entry's own day.
        var state = AssistanceState()
        for (index, entry) in entries.enumerated() {
            let (command, _) = try Command.decode(type: entry.draft.type, data: entry.draft.data)
            #expect(throws: Never.self, "entry \(index + 1)") { try state.checkDatesAgainstToday(command, today: entry.timestamp.localDate(in: .current)) }
            state.apply(JournalEntry(seq: index + 1, timestamp: entry.timestamp, actor: entry.actor, type: entry.draft.type, data: entry.draft.data))
        }
    }
}

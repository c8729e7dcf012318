import Foundation
import Testing
@testable import AssistanceCore

@Suite struct DayActivityTests {
    /// 2026-11-30 in Copenhagen (UTC+1) runs from 2026-11-29T23:00Z to 2026-11-30T23:00Z.
    let zone = TimeZone(identifier: "Europe/Copenhagen")!
    let day = CalendarDate(iso: "2026-11-30")!

    func at(_ utcDay: String, _ hour: Int, _ minute: Int) -> Timestamp {
        Timestamp(date: CalendarDate(iso: utcDay)!, millisecondsIntoDay: Int64(hour * 3600 + minute * 60) * 1000)
    }

    func journal() throws -> (TestJournal, String) {
        var journal = try TestJournal.staffed(today: CalendarDate(iso: "2026-11-28")!)
        let caseID = try journal.openCase(alias: "Amina")
        journal.today = day
        return (journal, caseID)
    }

    @Test func entriesAroundLocalMidnightFallOnTheLocalDay() throws {
        var (journal, caseID) = try journal()
        let step = Command.recordStep(StepDetails(caseID: caseID, kind: .medical, date: day.adding(days: -1), isDone: true))
        let data = try journal.state.prepare(step, by: Actor(login: "mette"), at: at("2026-11-29", 22, 59), today: day).draft.data
        try journal.applyRaw(type: "step.recorded", data: data, actor: "mette", at: at("2026-11-29", 22, 59))  // 23:59 local, the day before
        try journal.applyRaw(type: "step.recorded", data: data, actor: "mette", at: at("2026-11-29", 23, 0))  // 00:00 local
        try journal.applyRaw(type: "note.added", data: jsonObject(["case": .string(caseID), "text": "Late."]), actor: "jonas", at: at("2026-11-30", 22, 59))  // 23:59 local
        try journal.applyRaw(type: "note.added", data: jsonObject(["case": .string(caseID), "text": "Next day."]), actor: "jonas", at: at("2026-11-30", 23, 0))
        let entries = journal.state.dayEntries(on: day, in: zone)
        #expect(entries.map(\.seq) == [journal.seq - 2, journal.seq - 1])
        #expect(entries.first?.sentence == "Mette Nielsen recorded medical assistance for \(caseID) (Amina)")
        #expect(entries.last?.sentence == "Jonas Lund added a note to \(caseID) (Amina)")
        #expect(entries.first?.caseID == caseID)
        #expect(journal.state.dayEntries(on: day, in: .gmt).map(\.seq) == [journal.seq - 2, journal.seq - 1].map { $0 + 1 })
        #expect(journal.state.dayEntries(on: day, in: zone, author: "jonas").count == 1)
        let totals = journal.state.dayTotals(on: day, in: zone)
        #expect(totals == DayTotals(entries: 2, peopleActive: 2, newCases: 0, steps: 1, referralsSent: 0, referralsAnswered: 0))
    }

    @Test func totalsCountCasesStepsAndReferrals() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .interpreter, date: journal.today, isDone: true)), by: "mette")
        let referral = try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "legal", serviceKind: .legalCounselling, madeOn: journal.today)), by: "mette").prepared.createdID!
        try journal.record(.acceptReferral(referralID: referral, on: journal.today, serviceDate: nil, note: nil), by: "sofie")
        let totals = journal.state.dayTotals(on: journal.today, in: .gmt)
        #expect(totals.entries == journal.seq)
        #expect(totals.peopleActive == 3)
        #expect(totals.newCases == 1 && totals.steps == 1 && totals.referralsSent == 1 && totals.referralsAnswered == 1)
        let sentences = journal.state.dayEntries(on: journal.today, in: .gmt).map(\.sentence)
        #expect(sentences.contains("Mette Nielsen opened \(caseID) (Amina)"))
        #expect(sentences.contains("Sofie Krag recorded that Legal Aid accepted referral \(referral) of \(caseID) (Amina)"))
        #expect(sentences.contains("Ada Admin added Mette Nielsen (mette) as caseworker"))
        #expect(sentences.contains("Sofie Krag added the organisation City Clinic"))
        #expect(journal.state.dayEntries(on: journal.today.adding(days: 1), in: .gmt).isEmpty)
    }

    @Test func daylightSavingDaysHaveTheirOwnLength() {
        let (start, end) = AssistanceState.bounds(of: CalendarDate(iso: "2026-03-29")!, in: zone)
        #expect(end.millisecondsSince1970 - start.millisecondsSince1970 == 23 * 3_600_000)
        #expect(start == at("2026-03-28", 23, 0))
    }
}

@Suite struct DayActivityOrderTests {
    @Test func entriesOutOfTimeOrderAreStillFound() throws {
        let yesterday = CalendarDate(iso: "2026-11-29")!
        var journal = try TestJournal.staffed(today: yesterday)
        let caseID = try journal.openCase()
        let midnight = Timestamp(date: yesterday.adding(days: 1))
        try journal.applyRaw(type: "note.added", data: jsonObject(["case": .string(caseID), "text": "Later."]), actor: "mette", at: Timestamp(millisecondsSince1970: midnight.millisecondsSince1970 + 120_000))
        // Another writer's clock, 4 minutes behind (within the tolerance): this entry is
        // earlier than the one before it, on the day before.
        try journal.applyRaw(type: "note.added", data: jsonObject(["case": .string(caseID), "text": "Earlier."]), actor: "jonas", at: Timestamp(millisecondsSince1970: midnight.millisecondsSince1970 - 120_000))
        #expect(journal.state.dayEntries(on: yesterday.adding(days: 1), in: .gmt).map(\.seq) == [journal.seq - 1])
        #expect(journal.state.dayEntries(on: yesterday, in: .gmt).count == journal.seq - 1)
        #expect(journal.state.dayEntries(on: yesterday, in: .gmt).last?.seq == journal.seq)
    }

    @Test func isoTextMatchesTheDescription() {
        for dayNumber in stride(from: -20_000, through: 40_000, by: 37) {
            let date = CalendarDate(dayNumber: dayNumber)
            #expect(date.isoText == date.description)
        }
    }
}

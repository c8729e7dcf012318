import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 4: the supervisor's day in the journal.
@Suite struct ActivityScreenTests {
    func activity(_ model: AppModel) throws -> ActivityScreen {
        try #require(model.currentScreen as? ActivityScreen)
    }

    @Test func supervisorOpensOnTodayWithTotalsAndSentences() throws {
        let fixture = try BoardFixture()
        let lines = fixture.app("karin").render().lines
        #expect(lines[1] == " 1 Cases  2 Referrals [3 Activity] 4 Organisations  5 Reports")
        #expect(lines[2].hasPrefix("Tuesday 2026-03-10 (today) · everyone"))
        #expect(lines[3] == "1 entry · 1 person · 0 new cases · 0 steps · 0 referrals sent · 0 answered")
        #expect(lines[4] == "Time  Who             What                                           Case")
        #expect(lines[5] == "09:00 Mette Nielsen   Mette Nielsen added a note to \(fixture.amina) (Am… \(fixture.amina)")
        let wide = fixture.app("karin", width: 120).render().lines
        #expect(wide[5].contains("Mette Nielsen added a note to \(fixture.amina) (Amina) "))
    }

    @Test func bracketsWalkThroughDaysWithNoEntriesAndTReturnsToToday() throws {
        let fixture = try BoardFixture()
        var app = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("[")])
        var lines = app.render().lines
        #expect(lines[2].hasPrefix("Monday 2026-03-09 · everyone"))
        #expect(lines[3] == "0 entries · 0 people · 0 new cases · 0 steps · 0 referrals sent · 0 answered")
        #expect(lines[5] == "Nothing was recorded on this day.")
        app = fixture.drive(app, as: "karin", keys: [.character("["), .character("["), .character("[")])
        lines = app.render().lines
        #expect(lines[2].hasPrefix("Friday 2026-03-06"))
        #expect(lines[3] == "1 entry · 1 person · 0 new cases · 0 steps · 0 referrals sent · 1 answered")
        #expect(lines[5] == "15:00 Sofie Krag      Sofie Krag recorded that Red Cross Shelter de… \(fixture.oksana)")
        app = fixture.drive(app, as: "karin", keys: [.character("]")])
        #expect(try activity(app).day == CalendarDate(iso: "2026-03-07"))
        #expect(try activity(app).entries.isEmpty)
        app = fixture.drive(app, as: "karin", keys: [.character("t")])
        #expect(try activity(app).day == BoardFixture.today)
    }

    @Test func dTakesATypedDateAndRefusesNonsense() throws {
        let fixture = try BoardFixture()
        let typed = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("d")] + typing("2026-03-01") + [.enter])
        let lines = typed.render().lines
        #expect(lines[2].hasPrefix("Sunday 2026-03-01 · everyone"))
        #expect(lines[3] == "3 entries · 1 person · 1 new case · 0 steps · 2 referrals sent · 0 answered")
        #expect(lines[5].contains("Mette Nielsen opened \(fixture.oksana) (Оксана)"))
        let relative = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("d")] + typing("-8") + [.enter])
        #expect(try activity(relative).day == CalendarDate(iso: "2026-03-02"))
        let nonsense = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("d")] + typing("soon") + [.enter])
        #expect(nonsense.message?.kind == .error)
        #expect(try activity(nonsense).dateField != nil)
        #expect(try activity(nonsense).day == BoardFixture.today)
    }

    @Test func pCyclesThroughPeopleThenEveryone() throws {
        let fixture = try BoardFixture()
        let start = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("d")] + typing("2026-02-20") + [.enter])
        #expect(try activity(start).entries.count == 10)
        let ada = fixture.drive(start, as: "karin", keys: [.character("p")])
        #expect(ada.render().lines[2].hasPrefix("Friday 2026-02-20 · Ada Admin's entries"))
        #expect(try activity(ada).entries.count == 4)
        let karin = fixture.drive(ada, as: "karin", keys: [.character("p")])
        #expect(try activity(karin).person == "karin")
        #expect(karin.render().lines[5] == "Nothing was recorded by this person on this day; p shows others.")
        let everyone = fixture.drive(karin, as: "karin", keys: [.character("p"), .character("p"), .character("p")])
        #expect(try activity(everyone).person == nil)
        #expect(try activity(everyone).entries.count == 10)
    }

    @Test func enterOpensTheCaseOrTheEntryItself() throws {
        let fixture = try BoardFixture()
        let onCase = fixture.drive(fixture.app("karin"), as: "karin", keys: [.enter])
        #expect(onCase.currentScreen.title == fixture.amina)
        let userEntry = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("d")] + typing("2026-02-20") + [.enter, .down, .enter])
        #expect(userEntry.currentScreen.title == "Entry \(fixture.sofieAddedSeq)")
        let lines = userEntry.render().lines
        #expect(lines.contains { $0.hasPrefix("Seq:") && $0.hasSuffix(" \(fixture.sofieAddedSeq)") })
        #expect(lines.contains { $0.contains("Ada Admin (ada)") })
        #expect(lines.contains { $0.contains("user.added") })
        #expect(lines.contains { $0.contains("2026-02-20T08:00:00.000Z") })
    }

    @Test func amendmentsAndRetractionsSayWhatTheyChanged() throws {
        let fixture = try BoardFixture()
        try fixture.record(.amendEntry(targetSeq: fixture.aminaOpenedSeq, reason: "Spelling", changes: [AmendedField(name: "alias", value: "Aminah")]),
                           by: "mette", on: "2026-03-10", hour: 10)
        try fixture.record(.retractEntry(targetSeq: fixture.noteSeq, reason: "Wrong case"), by: "mette", on: "2026-03-10", hour: 11)
        let lines = fixture.app("karin", width: 160).render().lines
        let amended = try #require(lines.first { $0.contains("amended entry \(fixture.aminaOpenedSeq)") })
        #expect(amended.contains("alias: Amina → Aminah; reason: Spelling"))
        let retracted = try #require(lines.first { $0.contains("retracted entry \(fixture.noteSeq)") })
        #expect(retracted.contains("it was a note.added; reason: Wrong case"))
        let note = try #require(lines.first { $0.contains("added a note") })
        #expect(note.contains("(retracted)"))
    }
}

import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 4: the coordinator's Referrals board on a journal whose dates make referrals overdue.
@Suite struct ReferralBoardScreenTests {
    func board(_ model: AppModel) throws -> ReferralBoardScreen {
        try #require(model.currentScreen as? ReferralBoardScreen)
    }

    @Test func coordinatorOpensOnTheBoardGroupedByStatusOldestFirstOverdueInWords() throws {
        let fixture = try BoardFixture()
        let lines = fixture.app("sofie").render().lines
        #expect(lines[0] == "journal.jsonl · Sofie Krag (coordinator)     2 overdue · 1 reflection ending ≤7d")
        #expect(lines[1] == " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports")
        #expect(lines[2] == "Showing open referrals: 4, 2 overdue, by status   (f: view · o: group)")
        #expect(lines[3] == "  Referral    Case        Alias    Organisat… Service  Sent  Due   Days State")
        #expect(lines[4].hasPrefix("── Sent: 3 open, 2 overdue ──"))
        #expect(lines[5] == "! \(fixture.aminaMedical) \(fixture.amina) Amina    City Clin… Medical  02-20 02-27   18 overdue")
        #expect(lines[6] == "! \(fixture.oksanaShelter) \(fixture.oksana) Оксана   Red Cross… Accommo… 03-01 03-08    9 overdue")
        #expect(lines[7] == "  \(fixture.aminaPsychological) \(fixture.amina) Amina    City Clin… Psychol… 03-05 03-12    5 sent")
        #expect(lines[8].hasPrefix("── Accepted: 1 open, 0 overdue ──"))
        #expect(lines[9] == "  \(fixture.oksanaLegal) \(fixture.oksana) Оксана   Legal Aid  Legal c… 03-01 03-08    9 accepted")
        #expect(lines[23].hasPrefix("Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up"))
    }

    @Test func theSelectionStartsOnAReferralAndSkipsHeadings() throws {
        let fixture = try BoardFixture()
        let app = fixture.app("sofie")
        #expect(try board(app).selectedRow?.id == fixture.aminaMedical)
        let moved = fixture.drive(app, as: "sofie", keys: [.down, .down, .down])
        #expect(try board(moved).selectedRow?.id == fixture.oksanaLegal)
        let back = fixture.drive(moved, as: "sofie", keys: [.up])
        #expect(try board(back).selectedRow?.id == fixture.aminaPsychological)
        let top = fixture.drive(back, as: "sofie", keys: [.home])
        #expect(try board(top).selectedRow?.id == fixture.aminaMedical)
    }

    @Test func oGroupsByOrganisationWithOpenAndOverdueCounts() throws {
        let fixture = try BoardFixture()
        let grouped = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("o")])
        let lines = grouped.render().lines
        #expect(lines[2].hasSuffix("by organisation   (f: view · o: group)"))
        #expect(lines[4].hasPrefix("── City Clinic: 2 open, 1 overdue ──"))
        #expect(lines[5].hasPrefix("! \(fixture.aminaMedical)"))
        #expect(lines[6].hasPrefix("  \(fixture.aminaPsychological)"))
        #expect(lines[7].hasPrefix("── Legal Aid: 1 open, 0 overdue ──"))
        #expect(lines[9].hasPrefix("── Red Cross Shelter: 1 open, 1 overdue ──"))
        #expect(lines[10].hasPrefix("! \(fixture.oksanaShelter)"))
        // The selected referral stays selected across the regrouping.
        #expect(try board(grouped).selectedRow?.id == fixture.aminaMedical)
    }

    @Test func fCyclesOverdueDeclinedLatelyAllAndOpen() throws {
        let fixture = try BoardFixture()
        var app = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("f")])
        #expect(app.render().lines[2].hasPrefix("Showing overdue referrals: 2, 2 overdue"))
        #expect(try board(app).rows.map(\.id) == [fixture.aminaMedical, fixture.oksanaShelter])
        app = fixture.drive(app, as: "sofie", keys: [.character("f")])
        let declined = app.render().lines
        #expect(declined[2].hasPrefix("Showing referrals declined in the last 30 days: 1, 0 overdue"))
        #expect(declined[4].hasPrefix("── Declined: 1 referral, 0 open, 0 overdue ──"))
        #expect(declined[5] == "  \(fixture.oksanaInterpreter) \(fixture.oksana) Оксана   Red Cross… Interpr… 03-05 03-12    5 declined")
        app = fixture.drive(app, as: "sofie", keys: [.character("f")])
        #expect(try board(app).rows.count == 5)
        app = fixture.drive(app, as: "sofie", keys: [.character("f")])
        #expect(try board(app).view == .open)
    }

    @Test func slashFiltersAcrossCaseOrganisationAndServiceAndEscClears() throws {
        let fixture = try BoardFixture()
        let byOrganisation = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("/")] + typing("red cross") + [.enter])
        #expect(try board(byOrganisation).rows.map(\.id) == [fixture.oksanaShelter])
        #expect(byOrganisation.render().lines[3] == "Filter: red cross   (Esc clears)")
        let byService = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("/")] + typing("psych"))
        #expect(try board(byService).rows.map(\.id) == [fixture.aminaPsychological])
        let byAlias = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("/")] + typing("оксана") + [.enter])
        #expect(try board(byAlias).rows.map(\.id) == [fixture.oksanaShelter, fixture.oksanaLegal])
        let cleared = fixture.drive(byAlias, as: "sofie", keys: [.escape])
        #expect(try board(cleared).rows.count == 4)
        #expect(try board(cleared).selectedRow?.id == fixture.oksanaShelter)
    }

    @Test func enterOpensTheCaseViewOfTheReferral() throws {
        let fixture = try BoardFixture()
        let opened = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.down, .enter])
        #expect(opened.currentScreen.title == fixture.oksana)
        let back = fixture.drive(opened, as: "sofie", keys: [.escape])
        #expect(try board(back).selectedRow?.id == fixture.oksanaShelter)
    }

    @Test func declineNeedsAReasonThenRecordsItAndTheBoardMovesOn() throws {
        let fixture = try BoardFixture()
        let before = try fixture.journalLines().count
        let empty = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("X"), .enter])
        let form = try #require(empty.currentScreen as? FormScreen)
        #expect(form.title == "\(fixture.aminaMedical) declined")
        // The core's own words, and the form moves to the field it names.
        #expect(empty.message?.kind == .error)
        #expect(empty.message?.text.contains("reason") == true)
        #expect(form.form.focusedField?.name == "reason")
        #expect(try fixture.journalLines().count == before)
        let saved = fixture.drive(empty, as: "sofie", keys: typing("No capacity this month") + [.enter])
        #expect(saved.message == MessageLine(.info, "Saved."))
        let added = try #require(try fixture.journalLines().last)
        #expect(added.contains("\"type\":\"referral.declined\""))
        #expect(added.contains("\"referral\":\"\(fixture.aminaMedical)\""))
        #expect(added.contains("No capacity this month"))
        #expect(try board(saved).rows.map(\.id) == [fixture.oksanaShelter, fixture.oksanaLegal, fixture.aminaPsychological])
        #expect(saved.render().lines[0].hasSuffix("1 overdue · 1 reflection ending ≤7d"))
    }

    @Test func anInvalidTransitionIsRefusedInTheCoresWordsAndTheFormKeepsItsValues() throws {
        let fixture = try BoardFixture()
        let refused = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("K"), .tab] + typing("Went well") + [.enter])
        let form = try #require(refused.currentScreen as? FormScreen)
        #expect(form.form.values["note"] == "Went well")
        let message = try #require(refused.message)
        #expect(message.kind == .error)
        #expect(message.text.contains(fixture.aminaMedical))
        #expect(!(try fixture.journalLines().last ?? "").contains("referral.completed"))
    }

    @Test func acceptWithAServiceDateThenFollowUpAndWithdrawAfterConfirming() throws {
        let fixture = try BoardFixture()
        var app = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("A"), .tab] + typing("+2") + [.enter])
        #expect(app.message == MessageLine(.info, "Saved."))
        #expect(try fixture.journalLines().last?.contains("\"service_date\":\"2026-03-12\"") == true)
        app = fixture.drive(app, as: "sofie", keys: [.character("F"), .tab] + typing("Phoned") + [.enter])
        #expect(try fixture.journalLines().last?.contains("referral.follow_up") == true)
        app = fixture.drive(app, as: "sofie", keys: [.character("W"), .tab] + typing("Found elsewhere") + [.enter])
        #expect((app.currentScreen as? FormScreen)?.confirmation != nil)
        app = fixture.drive(app, as: "sofie", keys: [.character("y")])
        #expect(try fixture.journalLines().last?.contains("referral.withdrawn") == true)
        #expect(app.message == MessageLine(.info, "Saved."))
    }

    @Test func aCaseworkerSeesWhyTheyCannotRecordAnOutcome() throws {
        let fixture = try BoardFixture()
        let before = try fixture.journalLines()
        let refused = fixture.drive(fixture.app("mette", startTab: 1), as: "mette", keys: [.character("X")])
        #expect(refused.currentScreen is ReferralBoardScreen)
        #expect(refused.message == MessageLine(.error, "A caseworker may not do this; it needs the role coordinator or higher."))
        #expect(try fixture.journalLines() == before)
    }

    @Test func anotherProcessesAnswerShowsAndKeepsTheSelection() throws {
        let fixture = try BoardFixture()
        let app = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.down])
        try fixture.record(.acceptReferral(referralID: fixture.aminaMedical, on: BoardFixture.today, serviceDate: nil, note: nil),
                           by: "sofie", on: "2026-03-10", hour: 13)
        let refreshed = AppModel.update(app, .journalChanged(fixture.session("sofie").context())).0
        #expect(try board(refreshed).selectedRow?.id == fixture.oksanaShelter)
        #expect(try board(refreshed).rows.first { $0.id == fixture.aminaMedical }?.status == .accepted)
    }
}

import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 4: the organisations directory.
@Suite struct OrganisationsScreenTests {
    func directory(_ model: AppModel) throws -> OrganisationsScreen {
        try #require(model.currentScreen as? OrganisationsScreen)
    }

    @Test func directoryShowsCountsDeclinesAndMedianDaysToAnswer() throws {
        let lines = try BoardFixture().app("sofie", startTab: 3).render().lines
        #expect(lines[2] == "3 organisations, 3 active · declined: last 90 days · median: days to answer")
        #expect(lines[3].hasPrefix("  Id"))
        #expect(lines[4].hasPrefix("! clinic"))
        #expect(lines[4].hasSuffix("yes       2       1        0      –"))
        #expect(lines[5].hasPrefix("  legal"))
        #expect(lines[5].hasSuffix("yes       1       0        0      1"))
        #expect(lines[6].hasPrefix("! redcross"))
        #expect(lines[6].hasSuffix("yes       1       1        1      1"))
    }

    @Test func enterShowsTheOrganisationsReferralsOfEveryState() throws {
        let fixture = try BoardFixture()
        let opened = fixture.drive(fixture.app("sofie", startTab: 3), as: "sofie", keys: [.down, .down, .enter])
        let board = try #require(opened.currentScreen as? ReferralBoardScreen)
        #expect(board.title == "Red Cross Shelter")
        #expect(board.rows.map(\.id) == [fixture.oksanaShelter, fixture.oksanaInterpreter])
        #expect(opened.render().lines[2].hasPrefix("Showing all referrals: 2, 1 overdue"))
        let back = fixture.drive(opened, as: "sofie", keys: [.escape])
        #expect(try directory(back).selectedOrganisation?.id == "redcross")
    }

    @Test func coordinatorAddsEditsAndMarksInactive() throws {
        let fixture = try BoardFixture()
        var app = fixture.drive(fixture.app("sofie", startTab: 3), as: "sofie",
                                keys: [.character("N")] + typing("ngo-aarhus") + [.tab] + typing("Aarhus Outreach") + [.tab] + typing("ngo")
                                    + [.tab, .tab] + typing("Aarhus") + [.enter])
        #expect(app.message == MessageLine(.info, "Saved."))
        #expect(try directory(app).rows.map(\.organisation.id).contains("ngo-aarhus"))
        app = fixture.drive(app, as: "sofie", keys: [.home, .character("e"), .tab, .tab, .tab, .control("u")] + typing("Aalborg") + [.enter])
        #expect(try fixture.journalLines().last?.contains("\"city\":\"Aalborg\"") == true)
        app = fixture.drive(app, as: "sofie", keys: [.home, .character("I"), .enter])
        #expect((app.currentScreen as? FormScreen)?.confirmation != nil)
        app = fixture.drive(app, as: "sofie", keys: [.character("y")])
        #expect(try fixture.journalLines().last?.contains("\"active\":false") == true)
        #expect(try directory(app).rows.first?.organisation.isActive == false)
        #expect(app.render().lines[4].contains(" no "))
    }

    @Test func aCaseworkerMayLookButNotChangeTheDirectory() throws {
        let fixture = try BoardFixture()
        let before = try fixture.journalLines()
        for key in ["N", "e", "I"] {
            let refused = fixture.drive(fixture.app("mette", startTab: 3), as: "mette", keys: [.character(Character(key))])
            #expect(refused.currentScreen is OrganisationsScreen)
            #expect(refused.message == MessageLine(.error, "A caseworker may not do this; it needs the role coordinator or higher."))
        }
        #expect(try fixture.journalLines() == before)
    }
}

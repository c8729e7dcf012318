import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 4: each role's home screen and the keys behind the top line's attention counts.
@Suite struct HomeAndAttentionTests {
    @Test func eachRoleOpensOnItsHomeAndAStartTabOverridesIt() throws {
        let fixture = try BoardFixture()
        #expect(fixture.app("mette").currentScreen is CasesScreen)
        #expect(fixture.app("sofie").currentScreen is ReferralBoardScreen)
        #expect(fixture.app("karin").currentScreen is ActivityScreen)
        #expect(fixture.app("ada").currentScreen is ActivityScreen)
        #expect(fixture.app("stranger").currentScreen is CasesScreen)
        #expect(fixture.app("karin", startTab: 3).currentScreen is OrganisationsScreen)
    }

    @Test func attentionCountsShowOnEveryScreen() throws {
        let fixture = try BoardFixture()
        for tab in 0..<4 {
            let top = fixture.app("sofie", startTab: tab).render().lines[0]
            #expect(top.hasSuffix("2 overdue · 1 reflection ending ≤7d"))
        }
    }

    @Test func exclamationMarkJumpsFromAnyScreenToOverdueReferrals() throws {
        let fixture = try BoardFixture()
        let jumped = fixture.drive(fixture.app("mette"), as: "mette", keys: [.character("!")])
        let board = try #require(jumped.currentScreen as? ReferralBoardScreen)
        #expect(jumped.selectedTab == 1)
        #expect(board.view == .overdue)
        #expect(board.rows.map(\.id) == [fixture.aminaMedical, fixture.oksanaShelter])
        // From a case opened on the board, ! goes back to the board itself.
        let deep = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.enter, .character("3"), .character("!")])
        #expect(deep.currentScreen is ReferralBoardScreen)
        #expect(deep.currentStack.depth == 1)
    }

    @Test func atSignListsReflectionPeriodsEndingSoonAndOpensTheCase() throws {
        let fixture = try BoardFixture()
        let listed = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("@")])
        let lines = listed.render().lines
        #expect(lines[2] == "Reflection periods ending within 7 days: 1   (Esc goes back)")
        #expect(lines[4].hasPrefix("\(fixture.amina) Amina"))
        #expect(lines[4].hasSuffix("4"))
        let opened = fixture.drive(listed, as: "karin", keys: [.enter])
        #expect(opened.currentScreen.title == fixture.amina)
        let back = fixture.drive(opened, as: "karin", keys: [.escape, .escape])
        #expect(back.currentScreen is ActivityScreen)
    }

    @Test func helpListsTheBoardKeysAndTheAttentionKeys() throws {
        let fixture = try BoardFixture()
        let help = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("?")]).render().lines.joined(separator: "\n")
        for word in ["accepted", "declined", "completed", "withdrawn", "follow-up", "overdue", "reflection ending"] {
            #expect(help.contains(word), "\(word)")
        }
    }
}

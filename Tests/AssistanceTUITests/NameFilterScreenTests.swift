import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 16: a caseworker who types "duc" finds "Đức" in every filter, and completion in forms
/// finds "Côte d'Ivoire" from "cote".
@Suite struct NameFilterScreenTests {
    @Test func typingDucIntoTheCasesFilterFindsTheDiacriticName() throws {
        let desk = try DeskFixture(aliases: [("Nguyễn Văn Đức", "VN"), ("Søren Ærø", "DK"), ("Олена", "UA"), ("Amina", "NG")])
        let filtered = desk.drive(desk.app(), keys: [.character("/")] + typing("duc") + [.enter])
        expectFrame(filtered, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing my open cases: 1 case   (m: mine / all open / closed)",
            "Filter: duc   (Esc clears)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  \(desk.caseIDs[0]) Nguyễn Vă… Vietnam     Sexual             0             2026-03-10",
        ] + blankRows(17) + ["Enter open  N new case  / filter  m mine/open/closed  ? help  q quit"])
        for (query, alias) in [("soeren", "Søren Ærø"), ("aero", "Søren Ærø"), ("olena", "Олена")] {
            let found = desk.drive(desk.app(), keys: [.character("/")] + typing(query) + [.enter])
            let screen = try #require(found.currentScreen as? CasesScreen)
            #expect(screen.rows.map(\.alias) == [alias], "'\(query)'")
        }
    }

    @Test func theReferralBoardFilterFindsACyrillicAliasByItsLatinSpelling() throws {
        let fixture = try BoardFixture()
        let byAlias = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("/")] + typing("oksana") + [.enter])
        let board = try #require(byAlias.currentScreen as? ReferralBoardScreen)
        #expect(board.rows.map(\.id) == [fixture.oksanaShelter, fixture.oksanaLegal])
        let byOrganisation = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("/")] + typing("redcross") + [.enter])
        #expect(try #require(byOrganisation.currentScreen as? ReferralBoardScreen).rows.map(\.id) == [fixture.oksanaShelter])
    }

    @Test func choiceCompletionIgnoresDiacriticsAndPunctuation() {
        var field = ChoiceField(choices: FormCatalogue.countryChoices)
        for key in typing("cote") { _ = field.handle(key: key) }
        #expect(field.matches.map(\.token) == ["ci"])
        #expect(field.completion?.label == "Côte d'Ivoire")
        var canvas = Canvas(width: 30, height: 1)
        field.draw(into: &canvas, area: canvas.area, focused: true)
        #expect(canvas.lines == ["cote → Côte d'Ivoire"])

        var typedInFull = ChoiceField(choices: FormCatalogue.countryChoices)
        for key in typing("cote d ivoire") { _ = typedInFull.handle(key: key) }
        #expect(typedInFull.value == "ci")

        var turkish = ChoiceField(choices: FormCatalogue.countryChoices)
        for key in typing("turkiye") { _ = turkish.handle(key: key) }
        #expect(turkish.completion?.token == "tr")
        #expect(turkish.value == "tr")
    }
}

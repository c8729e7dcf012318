import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 3: the Cases screen on a real journal, keys through `update`, the frame as text.
@Suite struct CasesScreenTests {
    @Test func listShowsTopLineTabsAndAlignedRowsInEveryScript() throws {
        let desk = try DeskFixture()
        let lines = desk.app().render().lines
        #expect(lines[0] == "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d")
        #expect(lines[1] == "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports")
        #expect(lines[2] == "Showing my open cases: 6 cases   (m: mine / all open / closed)")
        #expect(lines[3] == "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last")
        #expect(lines[4] == "  \(desk.caseIDs[0]) Søren Ærø  Denmark     Sexual             0             2026-03-10")
        #expect(lines[5] == "  \(desk.caseIDs[1]) Оксана     Ukraine     Sexual             0             2026-03-10")
        // Thai vowel and tone marks take no column: four columns of text, six of padding.
        #expect(lines[6] == "  \(desk.caseIDs[2]) สมหญิง      Thailand    Sexual             0             2026-03-10")
        #expect(lines[7] == "  \(desk.caseIDs[3]) Nguyễn Th… Vietnam     Sexual             0             2026-03-10")
        #expect(lines[8] == "  \(desk.caseIDs[4]) 李娜       China       Sexual             0             2026-03-10")
        #expect(lines[8].hasPrefix("  \(desk.caseIDs[4]) 李娜       China"))
        // Whatever the script, every row ends in the same column.
        for row in 4...9 { #expect(DisplayWidth.of(lines[row]) == DisplayWidth.of(lines[4])) }
        #expect(lines[23].hasPrefix("Enter open  N new case  / filter  m mine/open/closed"))
    }

    @Test func controlCharactersInAnAliasAreShownEscaped() throws {
        let desk = try DeskFixture()
        let canvas = desk.app().render()
        #expect(canvas.lines[9].hasPrefix("  \(desk.caseIDs[5]) Eve\\e[2J"))
        #expect(!canvas.cells.contains { $0.text.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test func filterNarrowsAsYouTypeKeepsQAndEscClears() throws {
        let desk = try DeskFixture()
        let (typing1, effects) = drive(desk.app(), keys: [.character("/")] + typing("q"))
        #expect(effects.isEmpty)
        #expect(typing1.render().lines[3] == "Filter: q")
        let narrowed = desk.drive(desk.app(), keys: [.character("/")] + typing("viet") + [.enter])
        let lines = narrowed.render().lines
        #expect(lines[2] == "Showing my open cases: 1 case   (m: mine / all open / closed)")
        #expect(lines[3] == "Filter: viet   (Esc clears)")
        #expect(lines[5].hasPrefix("  \(desk.caseIDs[3]) Nguyễn"))
        #expect(lines[6] == "")
        let cleared = desk.drive(narrowed, keys: [.escape])
        #expect(cleared.render().lines.filter { line in desk.caseIDs.contains { line.contains($0) } }.count == 6)
        // The case the filter found stays selected once the filter is gone.
        #expect((cleared.currentScreen as? CasesScreen)?.selectedCaseID == desk.caseIDs[3])
    }

    @Test func mCyclesMineAllOpenAndClosed() throws {
        let desk = try DeskFixture()
        try DeskFixture.record(desk.store, .closeCase(caseID: desk.caseIDs[1], reason: .integrated, closedOn: DeskFixture.today, note: nil),
                               by: Actor(login: "mette"))
        let app = AppModel.update(desk.app(), .journalChanged(desk.session.context())).0
        #expect(app.render().lines[2].hasPrefix("Showing my open cases: 5 cases"))
        let all = desk.drive(app, keys: [.character("m")])
        #expect(all.render().lines[2].hasPrefix("Showing all open cases: 5 cases"))
        let closed = desk.drive(all, keys: [.character("m")])
        #expect(closed.render().lines[2].hasPrefix("Showing closed cases: 1 case"))
        #expect(closed.render().lines[4].hasPrefix("  \(desk.caseIDs[1]) Оксана"))
    }

    @Test func enterOpensTheCaseAndEscReturnsWithTheSameSelection() throws {
        let desk = try DeskFixture()
        let opened = desk.drive(desk.app(), keys: [.character("j"), .character("j"), .enter])
        #expect(opened.currentStack.depth == 2)
        let lines = opened.render().lines
        #expect(lines[1].contains("[1 Cases]"))
        #expect(lines[2] == "Case:         \(desk.caseIDs[2]) · สมหญิง · open")
        #expect(lines[3] == "Person:       Female · Thailand")
        let back = desk.drive(opened, keys: [.escape])
        #expect(back.currentStack.depth == 1)
        #expect((back.currentScreen as? CasesScreen)?.selectedCaseID == desk.caseIDs[2])
        #expect(back.render()[2, 6].style == .selected)
    }

    @Test func lAndRightOpenHAndLeftGoBackButNeverCloseAForm() throws {
        let desk = try DeskFixture()
        for (open, back) in [(Key.character("l"), Key.character("h")), (.right, .left)] {
            let opened = desk.drive(desk.app(), keys: [.character("j"), open])
            #expect(opened.currentStack.depth == 2)
            #expect(opened.render().lines[2].hasPrefix("Case:         \(desk.caseIDs[1])"))
            let back = desk.drive(opened, keys: [back])
            #expect(back.currentStack.depth == 1)
            #expect((back.currentScreen as? CasesScreen)?.selectedCaseID == desk.caseIDs[1])
        }
        // In the new-case form h is a letter and ← moves the cursor: the form stays open.
        let form = desk.drive(desk.app(), keys: [.character("N"), .character("h"), .left, .left, .right])
        #expect(form.currentStack.depth == 2)
        #expect(form.currentScreen.hasUnsavedInput)
    }

    @Test func wideTerminalShowsTheSelectedCaseBesideTheList() throws {
        let desk = try DeskFixture()
        let app = desk.drive(desk.app(width: 160, height: 30), keys: [.character("j")])
        let lines = app.render().lines
        #expect(lines[2].contains("Details"))
        #expect(lines[3].contains("Case:         \(desk.caseIDs[1]) · Оксана · open"))
    }

    @Test func anUnregisteredPersonCanLookButEveryRecordingKeySaysWhy() throws {
        let desk = try DeskFixture(login: "stranger")
        let app = desk.app()
        #expect(app.render().lines[0].hasPrefix("journal.jsonl · stranger (not registered)"))
        #expect(app.render().lines[2].hasPrefix("Showing all open cases: 6 cases"))
        let refusal = "Error: You ('stranger') are not registered in this journal, so you can look but"
        let rest = "not record; ask an admin to add you with 'assist user add'."
        let onList = desk.drive(app, keys: [.character("N")])
        #expect(onList.currentStack.depth == 1)
        // The whole sentence shows, over the hint line until the next key.
        #expect(onList.render().lines[22] == refusal)
        #expect(onList.render().lines[23] == rest)
        let inCase = desk.drive(app, keys: [.enter])
        for key in "aDrnexC" {
            let after = desk.drive(inCase, keys: [.character(key)])
            #expect(after.currentStack.depth == 2, "key \(key)")
            #expect(after.render().lines[22].hasPrefix(refusal), "key \(key)")
        }
    }

    @Test func liveRefreshShowsAnotherProcessesCaseAndKeepsSelectionAndFilter() throws {
        let desk = try DeskFixture()
        // The prefix every case id of the fixture's year shares ("c-2026"), so the filter keeps them all.
        let prefix = String(desk.caseIDs[0].prefix(6)).lowercased()
        var app = desk.drive(desk.app(), keys: [.character("/")] + typing(prefix) + [.enter, .character("j"), .character("j")])
        #expect((app.currentScreen as? CasesScreen)?.selectedCaseID == desk.caseIDs[2])
        let other = try desk.secondStore()
        _ = try other.perform(.openCase(CaseDetails(alias: "Zofia", sex: .female, exploitationForms: [.forcedLabour],
                                                     identifiedOn: DeskFixture.today, identifiedBy: .ngo, caseworker: "mette")),
                              by: Actor(login: "ada"), now: { DeskFixture.noon }, zone: DeskFixture.utc)
        var queue: [Event] = [.tick]
        while !queue.isEmpty {
            let (next, effects) = AppModel.update(app, queue.removeFirst())
            app = next
            for effect in effects { queue += desk.runtime.answer(effect) }
        }
        let lines = app.render().lines
        #expect(lines[2].hasPrefix("Showing my open cases: 7 cases"))
        #expect(lines[3] == "Filter: \(prefix)   (Esc clears)")
        let zofia = try #require(desk.caseID(alias: "Zofia"))
        #expect(lines.contains { $0.hasPrefix("  \(zofia) Zofia") })
        #expect((app.currentScreen as? CasesScreen)?.selectedCaseID == desk.caseIDs[2])
    }

    /// The list keeps 50 000 rows as data; a key builds table rows for one screenful only.
    @Test func movingThroughFiftyThousandRowsBuildsOnlyTheVisibleOnes() {
        var cursor = ListCursor()
        cursor.reset(count: 50_000, selecting: 0, visibleRows: 18)
        _ = cursor.handle(key: .end, visibleRows: 18)
        var built = 0
        let table = cursor.table(columns: CasesScreen.columns, visibleRows: 18, emptyText: "") { index in
            built += 1
            return TableRow(["C-2026-\(index + 1)"])
        }
        #expect(built == 18)
        #expect(table.rows.last?.cells.first == "C-2026-50000")
        #expect(table.selection == 17)
    }
}

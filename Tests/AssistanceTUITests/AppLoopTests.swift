import Testing
@testable import AssistanceTUI

@Suite struct AppLoopTests {
    @Test func firstFrameShowsTabsTableAndHintLine() {
        let lines = demoApp().render().lines
        #expect(lines[0] == "assist [1 Demo] 2 Referrals  3 Activity  4 Organisations  5 Reports")
        #expect(lines[1] == "  Case        Alias                                Nationality              Days")
        #expect(lines[2] == "  C-2026-0001 Anna                                 Denmark                    12")
        #expect(lines[3].hasPrefix("! C-2026-0002 李娜 "))
        // Every row's right-aligned day count ends in the last column, whatever the script.
        for row in 2...6 { #expect(DisplayWidth.of(lines[row]) == 80) }
        #expect(lines[23] == "Enter open  N new  / filter  ? help  q quit")
        #expect(lines.count == 24)
    }

    @Test func movingDownAndOpeningPushesTheDetailScreenAndEscGoesBack() {
        let (opened, _) = drive(demoApp(), keys: [.character("j"), .down, .character("k"), .enter])
        #expect(opened.currentStack.depth == 2)
        let lines = opened.render().lines
        #expect(lines[1] == "Case:        C-2026-0002")
        #expect(lines[2] == "Alias:       李娜")
        let (back, _) = drive(opened, keys: [.escape])
        #expect(back.currentStack.depth == 1)
        #expect(back.render().lines[1].hasPrefix("  Case"))
    }

    @Test func digitsAndTabSwitchHomeScreensKeepingEachStack() {
        let (onReferrals, _) = drive(demoApp(), keys: [.enter, .character("2")])
        #expect(onReferrals.selectedTab == 1)
        #expect(onReferrals.render().lines.contains { $0.contains("Referrals — coming in a later release") })
        let (cycled, _) = drive(onReferrals, keys: [.tab, .tab, .tab, .tab])
        #expect(cycled.selectedTab == 0)
        #expect(cycled.currentStack.depth == 2)
        let (backwards, _) = drive(cycled, keys: [.backTab])
        #expect(backwards.selectedTab == 4)
    }

    @Test func helpOverlayShowsTheScreensKeysAndAnyKeyClosesIt() {
        let (withHelp, _) = drive(demoApp(), keys: [.character("?")])
        let text = withHelp.render().lines.joined(separator: "\n")
        for binding in DemoScreen.keys.bindings { #expect(text.contains(binding.description)) }
        #expect(text.contains("Everywhere"))
        let (closed, effects) = drive(withHelp, keys: [.character("q")])
        #expect(!closed.showsHelp)
        #expect(effects.isEmpty)
    }

    @Test func quitWithNothingUnsavedQuitsAtOnce() {
        let (_, effects) = drive(demoApp(), keys: [.character("q")])
        #expect(effects == [.quit])
    }

    /// `q` inside a form types a q; Ctrl-Q asks first because the form holds input, and
    /// answering no keeps the form as it was.
    @Test func quittingFromAFormWithUnsavedInputAsksFirst() {
        let (typed, typedEffects) = drive(demoApp(), keys: [.character("N")] + typing("quinn"))
        #expect(typedEffects.isEmpty)
        #expect(typed.currentScreen.hasUnsavedInput)
        let (asked, askedEffects) = drive(typed, keys: [.control("q")])
        #expect(askedEffects.isEmpty)
        #expect(asked.render().lines.contains { $0.contains("Quit and lose it?") })
        let (declined, _) = drive(asked, keys: [.character("n")])
        #expect(declined.quitConfirmation == nil)
        #expect((declined.currentScreen as? FormScreen)?.form.values["alias"] == "quinn")
        let (_, quitEffects) = drive(declined, keys: [.control("q"), .character("y")])
        #expect(quitEffects == [.quit])
    }

    @Test func refusedSaveKeepsTheFormAndItsValuesThenSuccessClosesIt() {
        let refusal = EffectResult.refused(fieldErrors: ["nationality": "Choose a nationality from the list."],
                                           message: "Nothing was saved.")
        let keys: [Key] = [.character("N")] + typing("Mira") + [.tab] + typing("xx") + [.enter]
        let (refused, effects) = drive(demoApp(), keys: keys) { _ in [.effectResult(refusal)] }
        #expect(effects == [.append(CommandRequest(kind: "demo.row_added",
                                                   fields: ["alias": "Mira", "nationality": "xx", "identified_on": "today"]))])
        let form = (refused.currentScreen as? FormScreen)?.form
        #expect(form?.values["alias"] == "Mira")
        #expect(form?.fields[1].error == "Choose a nationality from the list.")
        let lines = refused.render().lines
        #expect(lines.contains { $0.contains("! Choose a nationality from the list.") })
        #expect(lines[22] == "Error: Nothing was saved.")

        let fixing: [Key] = [.control("u")] + typing("nor") + [.enter]
        let (saved, _) = drive(refused, keys: fixing) { _ in [.effectResult(.appended)] }
        #expect(saved.currentStack.depth == 1)
        #expect(saved.render().lines[22] == "Saved.")
    }

    @Test func filterTakesLettersSoQDoesNotQuitAndEscClears() {
        let (filtered, effects) = drive(demoApp(), keys: [.character("/")] + typing("q"))
        #expect(effects.isEmpty)
        #expect(filtered.render().lines[1] == "Filter: q")
        let (narrowed, _) = drive(demoApp(), keys: [.character("/")] + typing("denmark") + [.enter])
        let rows = narrowed.render().lines.filter { $0.hasPrefix("C-2026") }
        #expect(rows.count == 2)
        let (cleared, _) = drive(narrowed, keys: [.escape])
        #expect(cleared.render().lines.filter { $0.contains("C-2026") }.count == 5)
    }

    @Test func longTableScrollsWithTheSelectionVisible() {
        let (moved, _) = drive(demoApp(extraRows: 40), keys: Array(repeating: .character("j"), count: 20) + [.pageDown])
        let lines = moved.render().lines
        // 20 table rows fit between the header and the message line; the selection is row 41,
        // drawn last, reversed.
        #expect(lines[21].hasPrefix("  C-2026-0041"))
        #expect(lines[2].hasPrefix("  C-2026-0022"))
        #expect(moved.render()[2, 21].style == .selected)
        let (atEnd, _) = drive(moved, keys: [.end])
        #expect(atEnd.render().lines[21].hasPrefix("  C-2026-0045"))
        let (atStart, _) = drive(atEnd, keys: [.home])
        #expect(atStart.render().lines[2].hasPrefix("  C-2026-0001"))
    }

    @Test func belowTheMinimumSizeOnlyTheSizeMessageShows() {
        var model = demoApp()
        (model, _) = AppModel.update(model, .resized(width: 60, height: 20))
        let lines = model.render().lines
        #expect(lines.contains { $0.contains("It must be at least 80×24; it is 60×20.") })
        #expect(!lines.contains { $0.contains("C-2026") })
    }

    @Test func tickAsksForAJournalCheckAndChangesRefreshEveryScreen() {
        let model = AppModel(homeScreens: [RefreshCountingScreen(), RefreshCountingScreen()], width: 80, height: 24)
        let (afterTick, tickEffects) = AppModel.update(model, .tick)
        #expect(tickEffects == [.checkForChanges])
        let (changed, _) = AppModel.update(afterTick, .externalChange)
        #expect(changed.tabs.allSatisfy { ($0.top as? RefreshCountingScreen)?.refreshes == 1 })
        #expect(changed.render().lines[1] == "refreshed 1 times")
    }

    @Test func controlLAsksForAFullRedraw() {
        let (_, effects) = drive(demoApp(), keys: [.control("l")])
        #expect(effects == [.redraw])
    }
}

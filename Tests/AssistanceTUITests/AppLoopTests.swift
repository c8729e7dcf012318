import AssistanceCore
import Foundation
import Testing
@testable import AssistanceTUI
#if canImport(Glibc)
import Glibc
#endif

/// The loop over the real home screens: tabs, help, quitting, resizing and ticks.
@Suite struct AppLoopTests {
    @Test func digitsAndTabSwitchHomeScreensKeepingEachStack() throws {
        let desk = try DeskFixture()
        let opened = desk.drive(desk.app(), keys: [.enter, .character("2")])
        #expect(opened.selectedTab == 1)
        #expect(opened.render().lines.contains { $0.hasPrefix("Showing open referrals") })
        let cycled = desk.drive(opened, keys: [.tab, .tab, .tab, .tab])
        #expect(cycled.selectedTab == 0)
        #expect(cycled.currentStack.depth == 2)
        let backwards = desk.drive(cycled, keys: [.backTab])
        #expect(backwards.selectedTab == 4)
        // Every home screen draws without trouble after a move and Enter.
        for digit in "2345" {
            let shown = desk.drive(cycled, keys: [.character(digit), .character("j"), .enter])
            #expect(shown.selectedTab == Int(String(digit))! - 1)
            #expect(shown.render().lines[1].contains("[\(digit) "))
        }
        #expect(desk.drive(cycled, keys: [.character("5")]).render().lines.contains { $0.hasPrefix("Period ") })
    }

    @Test func helpOverlayShowsTheScreensKeysAndAnyKeyClosesIt() throws {
        let desk = try DeskFixture()
        let (withHelp, _) = drive(desk.app(), keys: [.character("?")])
        let text = withHelp.render().lines.joined(separator: "\n")
        for binding in CasesScreen.keys.bindings { #expect(text.contains(String(binding.description.prefix(30)))) }
        #expect(text.contains("Keys: Cases"))
        #expect(text.contains("Everywhere"))
        let (closed, effects) = drive(withHelp, keys: [.character("q")])
        #expect(!closed.showsHelp)
        #expect(effects.isEmpty)
        let inCase = desk.drive(desk.app(), keys: [.enter, .character("?")])
        let caseHelp = inCase.render().lines.joined(separator: "\n")
        for binding in CaseScreen.keys.bindings { #expect(caseHelp.contains(String(binding.description.prefix(30)))) }
    }

    @Test func quitWithNothingUnsavedQuitsAtOnce() throws {
        let (_, effects) = drive(try DeskFixture().app(), keys: [.character("q")])
        #expect(effects == [.quit])
    }

    /// `q` inside a form types a q; Ctrl-Q asks first because the form holds input, and
    /// answering no keeps the form as it was.
    @Test func quittingFromAFormWithUnsavedInputAsksFirst() throws {
        let desk = try DeskFixture()
        let (typed, typedEffects) = drive(desk.app(), keys: [.character("N")] + typing("quinn"))
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

    @Test func belowTheMinimumSizeOnlyTheSizeMessageShowsAndGrowingBackRestoresTheList() throws {
        let desk = try DeskFixture()
        var model = desk.app()
        (model, _) = AppModel.update(model, .resized(width: 60, height: 20))
        let lines = model.render().lines
        #expect(lines.contains { $0.contains("It must be at least 80×24; it is 60×20.") })
        #expect(!lines.contains { $0.contains(desk.caseIDs[0]) })
        (model, _) = AppModel.update(model, .resized(width: 100, height: 30))
        let wider = model.render().lines
        #expect(wider.count == 30)
        #expect(wider[4].hasPrefix("  \(desk.caseIDs[0]) Søren Ærø"))
    }

    @Test func tickAsksForAJournalCheckAndChangesRefreshTheShownScreenAndHiddenOnesWhenShown() {
        let model = AppModel(homeScreens: [RefreshCountingScreen(), RefreshCountingScreen()], width: 80, height: 24)
        let (afterTick, tickEffects) = AppModel.update(model, .tick)
        #expect(tickEffects == [.checkForChanges])
        let (changed, _) = AppModel.update(afterTick, .journalChanged(.empty))
        // The shown tab: once when the app opened, once for the change.
        #expect((changed.tabs[0].top as? RefreshCountingScreen)?.refreshes == 2)
        #expect(changed.render().lines[2] == "refreshed 2 times")
        // The hidden tab waits, and catches up once when shown, however many changes it missed.
        #expect((changed.tabs[1].top as? RefreshCountingScreen)?.refreshes == 0)
        let (twice, _) = AppModel.update(changed, .journalChanged(.empty))
        let (shown, _) = AppModel.update(twice, .key(.character("2")))
        #expect(shown.selectedTab == 1)
        #expect(shown.render().lines[2] == "refreshed 1 times")
        #expect((shown.tabs[1].top as? RefreshCountingScreen)?.refreshes == 1)
    }

    @Test func onlyTheTabShownIsBuiltWhenTheAppOpensAndEachOtherOnFirstShow() throws {
        let model = try DeskFixture().app()
        let built = model.tabs.map { !($0.screens[0] is DeferredScreen) }
        #expect(built == [true, false, false, false, false])
        #expect(model.render().lines[1].contains("2 Referrals"))
        let (shown, _) = AppModel.update(model, .key(.character("5")))
        #expect(shown.tabs[4].top is ReportsScreen)
        #expect(shown.tabs[1].screens[0] is DeferredScreen)
    }

    @Test func controlLAsksForAFullRedrawAndGReloads() throws {
        let (_, effects) = drive(try DeskFixture().app(), keys: [.control("l"), .character("g")])
        #expect(effects == [.redraw, .reload])
    }

    /// The first case's note form, with a note typed.
    func typedNote(_ desk: DeskFixture) -> AppModel {
        desk.drive(desk.app(), keys: [.enter, .character("n")] + typing("Called the shelter"))
    }

    /// Issue 13, item 4: Enter sends the save and the model knows it is in flight: it says so,
    /// polls nothing, saves nothing twice, and Esc cancels it, keeping the form and its values.
    @Test func aSaveInFlightShowsSavingIgnoresASecondEnterAndEscCancelsKeepingTheForm() throws {
        let desk = try DeskFixture()
        let (saving, sent) = drive(typedNote(desk), keys: [.enter])
        #expect(sent == [.append(.addNote(caseID: desk.caseIDs[0], text: "Called the shelter"))])
        #expect(saving.save == SaveProgress(stage: .saving))
        #expect(saving.render().lines[22] == "Saving…")
        #expect(AppModel.update(saving, .tick).1.isEmpty)
        let (again, againSent) = drive(saving, keys: [.enter, .character("x"), .backspace])
        #expect(againSent.isEmpty)
        #expect(again.render().lines[22] == "Still saving; Esc cancels the save.")
        #expect((again.currentScreen as? FormScreen)?.form.values["text"] == "Called the shelter")

        let (waiting, _) = AppModel.update(saving, .saveWaiting)
        #expect(waiting.render().lines[22] == "Waiting for the journal — another process holds it; Esc cancels.")
        let (cancelling, cancelSent) = drive(waiting, keys: [.escape])
        #expect(cancelSent == [.cancelSave])
        #expect(cancelling.render().lines[22] == "Cancelling the save…")
        #expect(drive(cancelling, keys: [.escape]).1.isEmpty)

        let sentence = JournalError.cancelled(path: desk.store.path).description
        let (answered, _) = AppModel.update(cancelling, .effectResult(.refused(fieldErrors: [:], message: sentence)))
        #expect(answered.save == nil)
        let form = try #require(answered.currentScreen as? FormScreen)
        #expect(form.form.values["text"] == "Called the shelter")
        #expect(form.form.formError == sentence)
        #expect(answered.render().lines[22].hasPrefix("Error: Saving was cancelled while waiting for the lock of the journal"))
        #expect(AppModel.update(answered, .tick).1 == [.checkForChanges])
    }

    /// A save that gives up behind another process's lock leaves the form open with every
    /// value and the busy sentence; once the lock is free, Enter saves it.
    @Test func aSaveThatGivesUpOnABusyJournalKeepsTheFormAndShowsTheSentence() throws {
        let desk = try DeskFixture()
        desk.store.lockWait = JournalLockWait(seconds: 0.2)
        let typed = typedNote(desk)
        let before = try Data(contentsOf: URL(fileURLWithPath: desk.store.path))
        let other = open(desk.store.path, O_RDONLY | O_CLOEXEC)
        defer { close(other) }
        try #require(flock(other, LOCK_EX | LOCK_NB) == 0)
        let refused = desk.drive(typed, keys: [.enter])
        let form = try #require(refused.currentScreen as? FormScreen)
        #expect(form.form.values["text"] == "Called the shelter")
        let sentence = try #require(form.form.formError)
        #expect(sentence.hasPrefix("The journal \(desk.store.path) is busy: process \(getpid()) "))
        #expect(refused.render().lines[22].hasPrefix("Error: The journal "))
        #expect(refused.save == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: desk.store.path)) == before)
        flock(other, LOCK_UN)
        let saved = desk.drive(refused, keys: [.enter])
        #expect(saved.render().lines[22] == "Saved.")
        #expect(desk.store.state.notes.last?.text == "Called the shelter")
    }
}

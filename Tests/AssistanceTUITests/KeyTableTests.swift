import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 14: one key table per screen. Each screen, the form and the global keys answer
/// exactly the keys of their table — every key a person can press is tried — and the hint
/// line and `?` overlay are drawn from the same table, so they cannot disagree with the keys.
@Suite struct KeyTableTests {
    @Test func listScreensAnswerExactlyTheirTables() throws {
        let desk = try DeskFixture()
        let app = desk.app()
        let context = app.screenContext
        expectAnswersExactly(CasesScreen(context: app.context), CasesScreen.keys, context: context, "Cases")
        expectAnswersExactly(CaseScreen(caseID: desk.caseIDs[0], context: app.context), CaseScreen.keys, context: context, "case")
        expectAnswersExactly(ActivityScreen(context: app.context), ActivityScreen.keys, context: context, "Activity")
        expectAnswersExactly(OrganisationsScreen(context: app.context), OrganisationsScreen.keys, context: context, "Organisations")
        expectAnswersExactly(ReportsScreen(context: app.context), ReportsScreen.keys, context: context, "Reports")
        expectAnswersExactly(EntryScreen(seq: 1, context: app.context), KeyTable<Never>([]), context: context, "entry")
        let board = try BoardFixture()
        let boardApp = board.app("sofie")
        expectAnswersExactly(ReferralBoardScreen(context: boardApp.context), ReferralBoardScreen.keys, context: boardApp.screenContext, "Referrals")
        expectAnswersExactly(ReflectionsEndingScreen(context: boardApp.context), ReflectionsEndingScreen.keys, context: boardApp.screenContext,
                             "reflection periods")
    }

    /// While a filter or a day is typed the keys are the prompt's (letters are text, arrows
    /// still move); once a filter is kept, Esc also clears it.
    @Test func promptsAnswerExactlyTheirTables() throws {
        let desk = try DeskFixture()
        let app = desk.app()
        let context = app.screenContext
        var cases = CasesScreen(context: app.context)
        _ = cases.handle(key: .character("/"), context: context)
        expectAnswersExactly(cases, CasesScreen.filterTypingKeys, context: context, "Cases, filter typed")
        for key in [Key.character("ø"), .enter] { _ = cases.handle(key: key, context: context) }
        #expect(cases.filterText == "ø")
        expectAnswersExactly(cases, CasesScreen.filteredKeys, context: context, "Cases, filter kept")
        var activity = ActivityScreen(context: app.context)
        _ = activity.handle(key: .character("d"), context: context)
        expectAnswersExactly(activity, ActivityScreen.dateTypingKeys, context: context, "Activity, day typed")
        let board = try BoardFixture()
        let boardContext = board.app("sofie").screenContext
        var referrals = ReferralBoardScreen(context: boardContext.app)
        _ = referrals.handle(key: .character("/"), context: boardContext)
        expectAnswersExactly(referrals, ReferralBoardScreen.filterTypingKeys, context: boardContext, "Referrals, filter typed")
        for key in [Key.character("c"), .enter] { _ = referrals.handle(key: key, context: boardContext) }
        expectAnswersExactly(referrals, ReferralBoardScreen.filteredKeys, context: boardContext, "Referrals, filter kept")
    }

    /// The form answers its table in a text field, a choice (↑ ↓ step) and a long text
    /// (Ctrl-E opens the editor); the Reports dialogs answer theirs.
    @Test func formsAnswerExactlyTheirTables() throws {
        let desk = try DeskFixture()
        let app = desk.app()
        let context = app.screenContext
        var form = FormScreen(purpose: .openCase, context: app.context)
        expectAnswersExactly(form, FormScreen.textKeys, context: context, "form, text field")
        _ = form.handle(key: .tab, context: context)
        expectAnswersExactly(form, FormScreen.keys, context: context, "form, choice field")
        let note = FormScreen(purpose: .addNote(caseID: desk.caseIDs[0]), context: app.context)
        #expect(note.form.focusedField.map { FormPurpose.longTextFields.contains($0.name) } == true)
        expectAnswersExactly(note, FormScreen.textKeys, context: context, "form, long text")
        var reports = ReportsScreen(context: app.context)
        _ = reports.handle(key: .character("p"), context: context)
        expectAnswersExactly(reports, ReportsScreen.dialogKeys, context: context, "Reports, period dialog")
    }

    /// Each screen lists its whole table (nothing it answers is left out) and no key twice;
    /// only a field's editing keys, which no help lists, stay out of the form's.
    @Test func everyScreenListsItsWholeTableAndNoKeyTwice() throws {
        let desk = try DeskFixture()
        let context = desk.app().context
        let screens: [(any Screen, [KeyHelp], String)] = [
            (CasesScreen(context: context), CasesScreen.keys.help, "Cases"),
            (CaseScreen(caseID: desk.caseIDs[0], context: context), CaseScreen.keys.help, "case"),
            (ReferralBoardScreen(context: context), ReferralBoardScreen.keys.help, "Referrals"),
            (ActivityScreen(context: context), ActivityScreen.keys.help, "Activity"),
            (OrganisationsScreen(context: context), OrganisationsScreen.keys.help, "Organisations"),
            (ReportsScreen(context: context), ReportsScreen.keys.help, "Reports"),
            (ReflectionsEndingScreen(context: context), ReflectionsEndingScreen.keys.help, "reflection periods"),
            (FormScreen(purpose: .openCase, context: context), FormScreen.keys.help, "form"),
        ]
        for (screen, help, name) in screens { #expect(screen.keyHelp == help, "\(name)") }
        for table in [CasesScreen.keys.map { _ in 0 }, CaseScreen.keys.map { _ in 0 }, ReferralBoardScreen.keys.map { _ in 0 },
                      ActivityScreen.keys.map { _ in 0 }, OrganisationsScreen.keys.map { _ in 0 }, ReportsScreen.keys.map { _ in 0 },
                      ReflectionsEndingScreen.keys.map { _ in 0 }, GlobalKeys.table.map { _ in 0 }] {
            let unlisted = table.bindings.filter { !$0.showsInHelp }
            #expect(unlisted.isEmpty)
            #expect(table.help.count == table.bindings.count)
            expectNoKeyListedTwice(table, "a screen")
        }
        let unlisted = FormScreen.keys.bindings.filter { !$0.showsInHelp }.map(\.keys)
        #expect(unlisted == FormDialog.editingKeys.bindings.map(\.keys))
        expectNoKeyListedTwice(FormScreen.keys, "the form")
        expectNoKeyListedTwice(ReportsScreen.dialogKeys, "the Reports dialogs")
        // Every list moves with the same keys, listed in the same words.
        for table in [CasesScreen.keys.help, CaseScreen.keys.help, ReferralBoardScreen.keys.help, ActivityScreen.keys.help,
                      OrganisationsScreen.keys.help, ReflectionsEndingScreen.keys.help] {
            #expect(Array(table.suffix(2)) == MovementKeys.list.help)
        }
        #expect(ReportsScreen.keys.help.suffix(2).map(\.keys) == MovementKeys.list.help.map(\.keys))
    }

    /// The hint line and the `?` overlay of the app are exactly what the screen's table and
    /// the global table draw, screen by screen.
    @Test func hintLineAndHelpOverlayAreDrawnFromTheTables() throws {
        let desk = try DeskFixture()
        let cases = desk.app()
        let shown: [(AppModel, [KeyHelp], String)] = [
            (cases, CasesScreen.keys.help, "Cases"),
            (desk.drive(cases, keys: [.enter]), CaseScreen.keys.help, "case"),
            (desk.drive(cases, keys: [.character("2")]), ReferralBoardScreen.keys.help, "Referrals"),
            (desk.drive(cases, keys: [.character("3")]), ActivityScreen.keys.help, "Activity"),
            (desk.drive(cases, keys: [.character("4")]), OrganisationsScreen.keys.help, "Organisations"),
            (desk.drive(cases, keys: [.character("5")]), ReportsScreen.keys.help, "Reports"),
            (desk.drive(cases, keys: [.character("5"), .character("p")]), ReportsScreen.dialogKeys.help, "Reports dialog"),
            (desk.drive(cases, keys: [.character("N")]), FormScreen.keys.help, "form"),
        ]
        for (model, screenKeys, name) in shown {
            let frame = model.render()
            let hintLine = rendered(width: model.width, height: 1) { canvas, area in
                HintBar(items: screenKeys + GlobalKeys.table.help).draw(into: &canvas, area: area)
            }
            #expect(frame.lines[model.height - 1] == hintLine[0], "\(name)")
            var helped = model
            helped.showsHelp = true
            var expected = frame
            HelpOverlay(screenTitle: model.currentScreen.title, screenKeys: screenKeys, globalKeys: GlobalKeys.table.help)
                .draw(into: &expected, area: model.screenArea)
            #expect(helped.render() == expected, "\(name)")
        }
    }

    /// A key not in the global table (nor the screen's) does nothing; one in it does exactly
    /// what its binding's action does.
    @Test func theGlobalKeysAreExactlyTheGlobalTable() throws {
        let desk = try DeskFixture()
        let context = desk.app().context
        let entries = (1...5).map { EntryScreen(seq: $0, context: context) as any Screen }
        let model = AppModel(homeScreens: entries, width: 80, height: 24, context: context, selectedTab: 2)
        for key in everyKey {
            let (pressed, effects) = AppModel.update(model, .key(key))
            var expected = model
            let expectedEffects = GlobalKeys.table.action(for: key).map { expected.perform($0) } ?? []
            #expect(effects == expectedEffects, "\(key.label)")
            #expect(pressed.render() == expected.render(), "\(key.label)")
            #expect(pressed.selectedTab == expected.selectedTab && pressed.showsHelp == expected.showsHelp, "\(key.label)")
        }
        // While a form takes text, only the table's control keys stay global.
        let typed = everyKey.filter { GlobalKeys.worksDuringTextInput($0) }
        #expect(typed == [.control("l"), .control("q")])
    }
}

import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 3: the case view and its forms on a real journal; every save goes through the core.
@Suite struct CaseViewTests {
    /// The app with the first case open.
    func openFirstCase(_ desk: DeskFixture) -> AppModel {
        desk.drive(desk.app(), keys: [.enter])
    }

    @Test func caseViewShowsDetailsAndTimeline() throws {
        let desk = try DeskFixture()
        let lines = openFirstCase(desk).render().lines
        #expect(lines[2] == "Case:         \(desk.caseIDs[0]) · Søren Ærø · open")
        #expect(lines[3] == "Person:       Female · Denmark")
        #expect(lines[4] == "Exploitation: Sexual exploitation")
        #expect(lines[8].hasPrefix("── Timeline: 1 entry, oldest first ──"))
        #expect(lines[9].hasPrefix("Date       Who"))
        #expect(lines[10].hasPrefix("2026-03-10 Ada Admin"))
        #expect(lines[23].hasPrefix("a step  D done  r referral  n note  e edit  x amend/retract  C close case"))
    }

    @Test func recordingAPlannedStepThroughTheFormAppendsItAndMarkingItDoneToo() throws {
        let desk = try DeskFixture()
        let keys: [Key] = [.character("a")] + typing("med") + [.tab, .control("u")] + typing("+2") + [.tab, .control("u")] + typing("pl") + [.tab] + typing("red") + [.enter]
        let saved = desk.drive(openFirstCase(desk), keys: keys)
        #expect(saved.currentStack.depth == 2)
        #expect(saved.render().lines[22] == "Saved.")
        let step = try #require(desk.store.state.steps.last)
        #expect(step.kind == .medical)
        #expect(step.isDone == false)
        #expect(step.date == DeskFixture.today.adding(days: 2))
        #expect(step.organisationID == "redcross")
        #expect(saved.render().lines.contains { $0.hasSuffix("planned") })
        let done = desk.drive(saved, keys: [.character("D"), .enter])
        #expect(done.render().lines[22] == "Saved.")
        #expect(desk.store.state.step(seq: step.seq)?.isDone == true)
    }

    @Test func aFieldThatCannotBeReadIsMarkedAndTheFormKeepsItsInput() throws {
        let desk = try DeskFixture()
        let keys: [Key] = [.character("a")] + typing("med") + [.tab, .control("u")] + typing("soon") + [.enter]
        let refused = desk.drive(openFirstCase(desk), keys: keys)
        let form = try #require(refused.currentScreen as? FormScreen)
        #expect(form.form.values["date"] == "soon")
        #expect(form.form.values["kind"] == "medical")
        let lines = refused.render().lines
        #expect(lines.contains { $0.contains("! 'soon' is not a date; use YYYY-MM-DD") })
        #expect(lines[22] == "Error: Nothing was saved; correct the field marked with !.")
        #expect(desk.store.state.steps.isEmpty)
    }

    @Test func aRefusalFromTheCoreShowsNextToItsFieldAndKeepsTheInput() throws {
        let desk = try DeskFixture()
        // A referral's respond-by date before it was made is refused by the core, not the form.
        let keys: [Key] = [.character("r")] + typing("red") + [.tab] + typing("legal") + [.tab, .tab, .control("u")] + typing("-30")
            + [.tab] + typing("help with papers") + [.tab] + typing("urgent") + [.enter]
        let refused = desk.drive(openFirstCase(desk), keys: keys)
        let form = try #require(refused.currentScreen as? FormScreen)
        #expect(form.form.values["note"] == "help with papers")
        #expect(form.form.fields.first { $0.name == "respond_by" }?.error != nil)
        #expect(refused.render().lines[22].hasPrefix("Error: "))
        #expect(desk.store.state.referrals.isEmpty)
        let fixed = desk.drive(refused, keys: [.control("u")] + typing("+7") + [.enter])
        #expect(fixed.render().lines[22] == "Saved.")
        #expect(desk.store.state.referrals.count == 1)
        #expect(fixed.render().lines.contains { $0.hasSuffix("sent") })
    }

    @Test func noteEditAndNewCaseFormsSave() throws {
        let desk = try DeskFixture()
        let noted = desk.drive(openFirstCase(desk), keys: [.character("n")] + typing("Called the embassy.") + [.enter])
        #expect(desk.store.state.notes.last?.text == "Called the embassy.")
        let edited = desk.drive(noted, keys: [.character("e"), .tab, .tab] + typing("Haven") + [.enter])
        #expect(edited.render().lines[22] == "Saved.")
        #expect(desk.store.state.case(desk.caseIDs[0])?.shelter == "Haven")
        let listed = desk.drive(edited, keys: [.escape, .character("N")] + typing("Ines") + [.tab, .tab] + typing("por") + [.tab] + typing("forced l") + [.enter])
        #expect(listed.render().lines[22] == "Saved.")
        let ines = try #require(desk.caseID(alias: "Ines"))
        let created = try #require(desk.store.state.case(ines))
        #expect(created.alias == "Ines")
        #expect(created.nationality?.code == "PT")
        #expect(created.exploitationForms == [.forcedLabour])
        #expect(listed.render().lines.contains { $0.hasPrefix("  \(ines) Ines") })
    }

    @Test func countriesCompleteByCode() throws {
        let desk = try DeskFixture()
        let typed = desk.drive(desk.app(), keys: [.character("N")] + typing("Ines") + [.tab, .tab] + typing("ng") + [.tab])
        let form = try #require(typed.currentScreen as? FormScreen)
        #expect(form.form.values["nationality"] == "ng")
        #expect(form.form.fields[2].value == "ng")
    }

    @Test func closingAsksFirstAndRetractingNeedsAReason() throws {
        let desk = try DeskFixture()
        let asked = desk.drive(openFirstCase(desk), keys: [.character("C")] + typing("integ") + [.enter])
        #expect(asked.render().lines.contains { $0.contains("Close case \(desk.caseIDs[0])?") })
        #expect(desk.store.state.case(desk.caseIDs[0])?.status == .open)
        let closed = desk.drive(asked, keys: [.character("y")])
        #expect(closed.render().lines[22] == "Saved.")
        #expect(desk.store.state.case(desk.caseIDs[0])?.status == .closed)

        let noted = desk.drive(openFirstCase(desk), keys: [.character("j"), .character("n")] + typing("typo") + [.enter])
        let noReason = desk.drive(noted, keys: [.end, .character("x"), .control("u")] + typing("retract") + [.enter, .character("y")])
        #expect(noReason.currentScreen is FormScreen)
        #expect(noReason.render().lines[22] == "Error: The reason is empty; write at least one character.")
        #expect((noReason.currentScreen as? FormScreen)?.form.focusedField?.name == "reason")
        let retracted = desk.drive(noReason, keys: typing("wrong case") + [.enter, .character("y")])
        #expect(retracted.render().lines[22] == "Saved.")
        #expect(desk.store.state.notes.last?.isRetracted == true)
        #expect(retracted.render().lines.contains { $0.hasSuffix("retracted") })
    }

    @Test func controlEInANoteFieldAsksForTheEditorAndPutsTheTextBack() throws {
        let desk = try DeskFixture()
        let (asked, effects) = drive(openFirstCase(desk), keys: [.character("n")] + typing("draft") + [.control("e")])
        #expect(effects == [.openEditor(text: "draft")])
        let (edited, _) = AppModel.update(asked, .effectResult(.edited("line one\nline two")))
        let form = try #require(edited.currentScreen as? FormScreen)
        #expect(form.form.values["text"] == "line one\nline two")
        #expect(edited.render().lines.contains { $0.contains("line one\\nline two") })
    }
}

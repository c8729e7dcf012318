import Testing
@testable import AssistanceTUI

@Suite struct FormDialogTests {
    static func referralForm() -> FormDialog {
        FormDialog(title: "New referral", fields: [
            .text("organisation", label: "Organisation"),
            .choice("service", label: "Service", choices: [
                Choice(token: "medical", label: "Medical"), Choice(token: "legal_counselling", label: "Legal counselling"),
            ]),
            .text("respond_by", label: "Respond by", value: "+7"),
        ])
    }

    @Test func tabAndShiftTabMoveBetweenFieldsAndWrap() {
        var form = Self.referralForm()
        _ = form.handle(key: .tab)
        #expect(form.focus == 1)
        _ = form.handle(key: .tab)
        _ = form.handle(key: .tab)
        #expect(form.focus == 0)
        _ = form.handle(key: .backTab)
        #expect(form.focus == 2)
    }

    @Test func tabOnAChoiceTakesTheCompletionAndEnterSubmitsAllValues() {
        var form = Self.referralForm()
        for key in typing("Røde Kors") + [.tab] + typing("le") + [.tab] { _ = form.handle(key: key) }
        #expect(form.hasUnsavedInput)
        let outcome = form.handle(key: .enter)
        #expect(outcome == .submit(["organisation": "Røde Kors", "service": "legal_counselling", "respond_by": "+7"]))
    }

    @Test func escapeCancels() {
        var form = Self.referralForm()
        #expect(!form.hasUnsavedInput)
        #expect(form.handle(key: .escape) == .cancel)
    }

    @Test func refusedSaveShowsErrorsNextToFieldsAndKeepsValues() {
        var form = Self.referralForm()
        for key in typing("Røde Kors") + [.tab, .tab, .control("u")] + typing("someday") { _ = form.handle(key: key) }
        form.showErrors(["respond_by": "Write a date as 2026-11-30, today, -3 or +7."], formError: "Nothing was saved.")
        #expect(form.focus == 2)
        #expect(form.values["organisation"] == "Røde Kors")
        #expect(form.values["respond_by"] == "someday")
        var canvas = Canvas(width: 64, height: 12)
        form.draw(into: &canvas, area: canvas.area)
        #expect(canvas.lines == [
            "",
            "┌─ New referral ───────────────────────────────────────────────┐",
            "│Organisation  Røde Kors                                       │",
            "│     Service                                                  │",
            "│  Respond by  someday                                         │",
            "│              ! Write a date as 2026-11-30, today, -3 or +7.  │",
            "│! Nothing was saved.                                          │",
            "│                                                              │",
            "│Enter save  Tab next field  S-Tab previous  Esc cancel        │",
            "└──────────────────────────────────────────────────────────────┘",
            "",
            "",
        ])
    }
}

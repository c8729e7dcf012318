import Testing
import AssistanceCore

@Suite struct DateInputTests {
    let today = CalendarDate(iso: "2026-11-30")!

    @Test func acceptsEveryDocumentedForm() throws {
        #expect(try DateInput.parse("today", today: today).description == "2026-11-30")
        #expect(try DateInput.parse("Yesterday", today: today).description == "2026-11-29")
        #expect(try DateInput.parse("-3", today: today).description == "2026-11-27")
        #expect(try DateInput.parse("+7", today: today).description == "2026-12-07")
        #expect(try DateInput.parse("2025-01-31", today: today).description == "2025-01-31")
    }

    @Test(arguments: ["", "30/11/2026", "2026-13-01", "+", "-x", "next week", "+999999"])
    func refusesAnythingElse(_ text: String) {
        #expect(throws: DateInputError(text: text)) { try DateInput.parse(text, today: today) }
    }
}

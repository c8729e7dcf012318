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

    @Test(arguments: ["", "30/11/2026", "2026-13-01", "+", "-x", "next week", "+999999", "--3", "+-3", "-٣"])
    func refusesAnythingElse(_ text: String) {
        #expect(throws: DateInputError(text: text)) { try DateInput.parse(text, today: today) }
    }

    @Test func aYearIsFourDigitsOrRelativeToThisOne() throws {
        #expect(try DateInput.year("2025", thisYear: 2026) == 2025)
        #expect(try DateInput.year("-1", thisYear: 2026) == 2025)
        #expect(try DateInput.year(" +2 ", thisYear: 2026) == 2028)
        #expect(try DateInput.year("-0", thisYear: 2026) == 2026)
    }

    @Test(arguments: ["", "25", "20255", "-", "--1", "-12345", "last", "-2026"])
    func refusesAnythingElseAsAYear(_ text: String) {
        #expect(throws: DateInputError(text: text, expecting: .year)) { try DateInput.year(text, thisYear: 2026) }
        #expect(DateInputError(text: text, expecting: .year).description.hasSuffix("use four digits (for example 2025), -N for N years ago or +N for N years ahead."))
    }

    @Test func anAmendedDateFieldTakesRelativeDatesAndOtherFieldsKeepTheirText() {
        #expect(AmendedField(name: "date", value: "-3").resolvingRelativeDate(today: today) == AmendedField(name: "date", value: "2026-11-27"))
        #expect(AmendedField(name: "respond_by", value: "+7").resolvingRelativeDate(today: today) == AmendedField(name: "respond_by", value: "2026-12-07"))
        #expect(AmendedField(name: "on", value: "yesterday").resolvingRelativeDate(today: today) == AmendedField(name: "on", value: "2026-11-29"))
        #expect(AmendedField(name: "alias", value: "-3").resolvingRelativeDate(today: today) == AmendedField(name: "alias", value: "-3"))
        #expect(AmendedField(name: "date", value: "soon").resolvingRelativeDate(today: today) == AmendedField(name: "date", value: "soon"))
    }
}

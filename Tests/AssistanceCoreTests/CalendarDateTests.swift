import Testing
@testable import AssistanceCore

@Suite struct CalendarDateTests {
    @Test func roundTripsThroughDayNumbers() {
        for dayNumber in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CalendarDate(dayNumber: dayNumber)
            let (year, month, day) = date.components
            guard (1...9999).contains(year) else { continue }
            #expect(CalendarDate(year: year, month: month, day: day) == date)
        }
    }

    @Test func knownDates() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CalendarDate(iso: "2026-11-30")?.description == "2026-11-30")
        #expect(CalendarDate(iso: "2026-11-30")?.isoWeekday == 1)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-1-30") == nil)
        #expect(Timestamp(millisecondsSince1970: -1).utcDate.description == "1969-12-31")
    }
}

import Testing

@testable import AssistanceCore

@Suite("Timestamp ISO 8601")
struct TimestampFormatTests {
    @Test("formats exactly YYYY-MM-DDTHH:MM:SS.mmmZ")
    func formats() {
        let date = CalendarDate(year: 2026, month: 11, day: 30)!
        let timestamp = Timestamp(date: date, millisecondsIntoDay: ((2 * 60 + 33) * 60 + 28) * 1000 + 123)
        #expect(timestamp.iso8601 == "2026-11-30T02:33:28.123Z")
        #expect(Timestamp(millisecondsSince1970: 0).iso8601 == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp(millisecondsSince1970: -1).iso8601 == "1969-12-31T23:59:59.999Z")
    }

    @Test(
        "round-trips across year, month and leap-day boundaries",
        arguments: [
            "1999-12-31T23:59:59.999Z", "2000-01-01T00:00:00.000Z", "2000-02-29T12:00:00.001Z",
            "2024-02-29T23:59:59.999Z", "2025-12-31T23:59:59.999Z", "2026-01-01T00:00:00.000Z",
            "1969-12-31T23:59:59.999Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
        ])
    func roundTrips(text: String) throws {
        let timestamp = try #require(Timestamp(iso8601: text))
        #expect(timestamp.iso8601 == text)
    }

    @Test("every millisecond step across a new year round-trips")
    func newYearSteps() throws {
        let midnight = Timestamp(date: CalendarDate(year: 2027, month: 1, day: 1)!).millisecondsSince1970
        for offset in Int64(-1500)...1500 {
            let timestamp = Timestamp(millisecondsSince1970: midnight + offset)
            #expect(Timestamp(iso8601: timestamp.iso8601) == timestamp)
        }
    }

    @Test(
        "refuses other shapes and impossible times",
        arguments: [
            "", "2026-11-30", "2026-11-30T02:33:28Z", "2026-11-30T02:33:28.123", "2026-11-30T02:33:28.123+00:00",
            "2026-11-30 02:33:28.123Z", "2026-13-01T00:00:00.000Z", "2026-02-29T00:00:00.000Z", "2026-11-31T00:00:00.000Z",
            "2026-11-30T24:00:00.000Z", "2026-11-30T23:60:00.000Z", "2026-11-30T23:59:60.000Z", "2026-1a-30T02:33:28.123Z",
            "0000-01-01T00:00:00.000Z", "2026-11-30T02:33:28.12aZ", "2026-11-30t02:33:28.123z",
        ])
    func refuses(text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }
}

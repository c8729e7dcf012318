/// The journal's one spelling of an instant: `2026-11-30T02:33:28.123Z` (ISO 8601, UTC,
/// milliseconds, always 24 bytes).
///
/// Replay reads one of these per entry, so both directions are plain byte arithmetic;
/// `ISO8601DateFormatter` is about ten times slower than the rest of replay together.
extension Timestamp {
    /// The length in bytes of the ISO 8601 form.
    static let iso8601ByteCount = 24

    /// Parses exactly `YYYY-MM-DDTHH:MM:SS.mmmZ` (years 0001–9999); nil for anything else,
    /// including impossible dates such as February 30 and leap seconds.
    public init?(iso8601 text: some StringProtocol) {
        var text = String(text)
        guard let parsed = text.withUTF8({ Timestamp(iso8601Bytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = parsed
    }

    /// Parses the ISO 8601 form from raw bytes that must hold exactly it.
    init?(iso8601Bytes bytes: UnsafeRawBufferPointer) {
        guard bytes.count == Timestamp.iso8601ByteCount,
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "."),
            bytes[23] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ start: Int, _ count: Int) -> Int {
            var value = 0
            for index in start..<(start + count) {
                let digit = bytes[index] &- 48
                // A non-digit makes the whole result negative, which every range check below refuses.
                if digit > 9 { return -1 }
                value = value * 10 + Int(digit)
            }
            return value
        }
        let year = number(0, 4), month = number(5, 2), day = number(8, 2)
        let hour = number(11, 2), minute = number(14, 2), second = number(17, 2), millisecond = number(20, 3)
        guard hour >= 0, hour < 24, minute >= 0, minute < 60, second >= 0, second < 60, millisecond >= 0,
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        let millisecondsIntoDay = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
        self.init(date: date, millisecondsIntoDay: Int64(millisecondsIntoDay))
    }

    /// The ISO 8601 form, for example `2026-11-30T02:33:28.123Z`.
    public var iso8601: String {
        var bytes: [UInt8] = []
        appendISO8601(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the 24 bytes of the ISO 8601 form to `output`.
    func appendISO8601(to output: inout [UInt8]) {
        let date = utcDate
        let millisecondsIntoDay = Int(millisecondsSince1970 - Int64(date.dayNumber) * 86_400_000)
        let (year, month, day) = date.components
        appendDigits(year, count: 4, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDigits(month, count: 2, to: &output)
        output.append(UInt8(ascii: "-"))
        appendDigits(day, count: 2, to: &output)
        output.append(UInt8(ascii: "T"))
        appendDigits(millisecondsIntoDay / 3_600_000, count: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendDigits(millisecondsIntoDay / 60_000 % 60, count: 2, to: &output)
        output.append(UInt8(ascii: ":"))
        appendDigits(millisecondsIntoDay / 1000 % 60, count: 2, to: &output)
        output.append(UInt8(ascii: "."))
        appendDigits(millisecondsIntoDay % 1000, count: 3, to: &output)
        output.append(UInt8(ascii: "Z"))
    }

    /// Appends `value` as exactly `count` decimal digits (zero-padded; larger values keep
    /// only their last digits, which cannot happen for years 0001–9999).
    private func appendDigits(_ value: Int, count: Int, to output: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var remaining = abs(value)
        while divisor > 0 {
            output.append(UInt8(remaining / divisor % 10) + 48)
            remaining %= divisor
            divisor /= 10
        }
    }
}

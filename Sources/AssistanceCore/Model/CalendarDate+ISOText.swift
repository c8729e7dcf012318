extension CalendarDate {
    /// `YYYY-MM-DD` built from digits directly: event data writes hundreds of thousands of
    /// dates when the demo generates a load-test journal, and `String(format:)` dominated that.
    var isoText: String {
        let (year, month, day) = components
        var bytes: [UInt8] = [48, 48, 48, 48, 45, 48, 48, 45, 48, 48]
        var remaining = max(0, min(year, 9999))
        for index in stride(from: 3, through: 0, by: -1) {
            bytes[index] = UInt8(48 + remaining % 10)
            remaining /= 10
        }
        bytes[5] = UInt8(48 + month / 10)
        bytes[6] = UInt8(48 + month % 10)
        bytes[8] = UInt8(48 + day / 10)
        bytes[9] = UInt8(48 + day % 10)
        return String(decoding: bytes, as: UTF8.self)
    }
}

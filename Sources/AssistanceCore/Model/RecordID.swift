/// The parts of a case or referral id such as `C-2026-0042`: a letter, the year and a
/// sequence within that year.
struct RecordID: Hashable {
    var year: Int
    var number: Int

    /// Parses `PREFIX-YYYY-NNNN` (the sequence may grow past four digits in a huge year).
    /// Reads bytes directly: replay parses the id of every case and referral.
    init?(_ text: String, prefix: String) {
        var bytes = text.utf8[...]
        let prefixBytes = prefix.utf8
        guard bytes.starts(with: prefixBytes) else { return nil }
        bytes = bytes.dropFirst(prefixBytes.count)
        guard bytes.first == 45 else { return nil }
        bytes = bytes.dropFirst()
        var year = 0
        var count = 0
        while let byte = bytes.first, byte != 45 {
            guard byte >= 48, byte <= 57, count < 4 else { return nil }
            year = year * 10 + Int(byte - 48)
            count += 1
            bytes = bytes.dropFirst()
        }
        guard count == 4, bytes.first == 45 else { return nil }
        bytes = bytes.dropFirst()
        var number = 0
        count = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57, count < 9 else { return nil }
            number = number * 10 + Int(byte - 48)
            count += 1
        }
        guard count >= 4, number > 0 else { return nil }
        self.year = year
        self.number = number
    }

    /// Formats an id: the number is padded to four digits.
    static func format(prefix: String, year: Int, number: Int) -> String {
        let digits = String(number)
        return "\(prefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
    }
}

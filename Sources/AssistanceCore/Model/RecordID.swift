/// The parts of a case or referral id such as `C-2026-0042`: a letter, the year and a
/// sequence within that year.
struct RecordID: Hashable {
    var year: Int
    var number: Int

    /// Parses `PREFIX-YYYY-NNNN` (the sequence may grow past four digits in a huge year).
    init?(_ text: String, prefix: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == prefix, parts[1].count == 4, parts[2].count >= 4,
            parts[1].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), parts[2].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
            let year = Int(parts[1]), let number = Int(parts[2]), number > 0
        else { return nil }
        self.year = year
        self.number = number
    }

    /// Formats an id: the number is padded to four digits.
    static func format(prefix: String, year: Int, number: Int) -> String {
        let digits = String(number)
        return "\(prefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
    }
}

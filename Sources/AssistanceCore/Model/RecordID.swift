/// The parts of a case or referral id such as `C-2026-0042`: a letter, the year and a
/// sequence within that year.
struct RecordID: Hashable {
    var year: Int
    var number: Int
    /// Whether the id is written as `format` writes it (the number padded to four digits and
    /// no further), so that no other string has the same parts: `C-2026-00042` is not.
    var isCanonical: Bool

    /// Parses `PREFIX-YYYY-NNNN` (the sequence may grow past four digits in a huge year).
    /// Reads the bytes in place: replay parses the id of every case and referral.
    init?(_ text: String, prefix: String) {
        guard prefix.utf8.count == 1, let letter = prefix.utf8.first else { return nil }
        self.init(text, prefixByte: letter)
    }

    /// `init(_:prefix:)` with the prefix letter as its ASCII byte.
    init?(_ text: String, prefixByte: UInt8) {
        // A short id is stored inside the String itself; `withUTF8` on a copy hands its bytes
        // over without allocating, and a pointer walk beats the UTF-8 view's index checks.
        var copy = text
        guard let parts = copy.withUTF8({ bytes -> (year: Int, number: Int, isCanonical: Bool)? in
            let count = bytes.count
            // Letter, '-', four digits, '-', four to nine digits.
            guard count >= 11, count <= 16, bytes[0] == prefixByte, bytes[1] == 45, bytes[6] == 45 else { return nil }
            var year = 0
            for index in 2..<6 {
                let digit = bytes[index] &- 48
                guard digit < 10 else { return nil }
                year = year * 10 + Int(digit)
            }
            var number = 0
            for index in 7..<count {
                let digit = bytes[index] &- 48
                guard digit < 10 else { return nil }
                number = number * 10 + Int(digit)
            }
            return (year, number, count == 11 || bytes[7] != 48)
        }), parts.number > 0 else { return nil }
        (year, number, isCanonical) = parts
    }

    /// Formats an id: the number is padded to four digits.
    static func format(prefix: String, year: Int, number: Int) -> String {
        let digits = String(number)
        return "\(prefix)-\(year)-\(String(repeating: "0", count: max(0, 4 - digits.count)))\(digits)"
    }
}

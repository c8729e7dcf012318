import Testing

@testable import AssistanceCore

@Suite("Chain hash hexadecimal")
struct ChainHashTests {
    private func decode(_ text: String) -> ChainHash? {
        Array(text.utf8).withUnsafeBytes { ChainHash(hexadecimal: $0) }
    }

    @Test("a hash read back from its 64 digits is the same hash")
    func roundTrip() {
        for line in ["", "a", "{\"seq\":1}", String(repeating: "x", count: 300)] {
            let hash = Array(line.utf8).withUnsafeBytes { ChainHash(hashing: $0) }
            #expect(decode(hash.hexadecimal) == hash)
        }
    }

    @Test("every digit and letter a–f is read at every position")
    func everyDigit() {
        let digits = Array("0123456789abcdef")
        for shift in 0..<16 {
            let text = String((0..<64).map { digits[($0 + shift) % 16] })
            #expect(decode(text)?.hexadecimal == text)
        }
    }

    @Test("uppercase, other characters and wrong lengths are refused")
    func refusals() {
        let good = String(repeating: "0123456789abcdef", count: 4)
        #expect(decode(good) != nil)
        for position in [0, 17, 40, 63] {
            for bad: Character in ["A", "F", "g", "/", ":", "`", " ", "\u{0}"] {
                var characters = Array(good)
                characters[position] = bad
                #expect(decode(String(characters)) == nil, "'\(bad)' at \(position)")
            }
        }
        #expect(decode(String(good.dropLast())) == nil)
        #expect(decode(good + "0") == nil)
        #expect(decode("") == nil)
        // A non-ASCII byte whose low bits would read as a digit.
        #expect(decode(String(good.dropLast(2)) + "é") == nil)
    }

    @Test("every byte that is not a lowercase digit is refused at every position, the rest decode")
    func everyByteAtEveryPosition() {
        let good = Array(String(repeating: "0123456789abcdef", count: 4).utf8)
        let digits = Set("0123456789abcdef".utf8)
        var wronglyTaken: [String] = []
        var wronglyRefused: [String] = []
        for position in 0..<64 {
            for byte in UInt8.min...UInt8.max {
                var text = good
                text[position] = byte
                let decoded = text.withUnsafeBytes { ChainHash(hexadecimal: $0) }
                if digits.contains(byte) {
                    if decoded?.hexadecimal != String(decoding: text, as: UTF8.self) { wronglyRefused.append("\(byte)@\(position)") }
                } else if decoded != nil {
                    wronglyTaken.append("\(byte)@\(position)")
                }
            }
        }
        #expect(wronglyTaken.isEmpty)
        #expect(wronglyRefused.isEmpty)
    }

    @Test("a line's sum is the first 16 digits of its hash, and reads back as the value checked against it")
    func checksum() {
        for line in ["", "a", "{\"seq\":1}", String(repeating: "x", count: 300)] {
            let hash = Array(line.utf8).withUnsafeBytes { ChainHash(hashing: $0) }
            var digits: [UInt8] = []
            hash.appendChecksumHexadecimal(to: &digits)
            #expect(String(decoding: digits, as: UTF8.self) == String(hash.hexadecimal.prefix(16)))
            #expect(digits.withUnsafeBytes { ChainHash.checksum(hexadecimal: $0) } == hash.checksum)
        }
        for bad in ["0123456789abcdeF", "0123456789abcde", "0123456789abcdef0", "0123456789abcdeg"] {
            #expect(Array(bad.utf8).withUnsafeBytes { ChainHash.checksum(hexadecimal: $0) } == nil, "\(bad)")
        }
    }
}

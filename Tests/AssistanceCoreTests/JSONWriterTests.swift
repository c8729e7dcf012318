import Foundation
import Testing

@testable import AssistanceCore

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("writes compact JSON with members in their given order")
    func compact() {
        let value: JSONValue = .object([
            JSONMember("z", [1, -2, .double(0.1), .double(-0.0), .double(1e100), true, nil]),
            JSONMember("a", .object([])), JSONMember("m", []),
        ])
        #expect(JSONWriter.encodeString(value) == #"{"z":[1,-2,0.1,-0.0,1e+100,true,null],"a":{},"m":[]}"#)
    }

    @Test("escapes quotes, backslashes and control characters, and nothing else")
    func escapes() {
        let text = "\"\\/\n\t\r\u{01}\u{1F}\u{7F}æ😀"
        #expect(JSONWriter.encodeString(.string(text)) == "\"\\\"\\\\/\\n\\t\\u000d\\u0001\\u001f\u{7F}æ😀\"")
    }

    @Test("writes Int.min and Int.max")
    func integerExtremes() {
        #expect(JSONWriter.encodeString([.int(Int.min), .int(Int.max), 0]) == "[-9223372036854775808,9223372036854775807,0]")
    }

    @Test("non-finite doubles become null, since JSON cannot spell them")
    func nonFinite() {
        #expect(JSONWriter.encodeString([.double(.nan), .double(.infinity)]) == "[null,null]")
    }

    @Test("every string round-trips through the parser: all control characters, every script, emoji")
    func stringRoundTrip() throws {
        var samples = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        samples += ["", "plain", "Ærø Å", "Привет", "中文字符", "ภาษาไทย", "Tiếng Việt", "👨‍👩‍👧", "\u{2028}", "a\"b\\c"]
        for text in samples {
            let encoded = JSONWriter.encode(.string(text))
            #expect(try JSONParser.parse(encoded) == .string(text))
        }
    }

    @Test("encode(parse(x)) == x for what the writer produces, doubles included")
    func byteRoundTrip() throws {
        let doubles: [Double] = [0.1, 1.0 / 3, -2.5e-300, 1e21, 123456.789, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        let value: JSONValue = .object([
            JSONMember("numbers", .array(doubles.map(JSONValue.double))),
            JSONMember("nested", .object([JSONMember("deeper", [["x", 1], .object([JSONMember("", nil)])])])),
            JSONMember("text", "tab\there, quote \" and 日本"),
        ])
        let encoded = JSONWriter.encode(value)
        let parsed = try JSONParser.parse(encoded)
        #expect(parsed == value)
        #expect(JSONWriter.encode(parsed) == encoded)
    }

    @Test("terminal-safe output writes DEL, C1, bidi controls and line separators as \\u escapes")
    func terminalSafeEscapes() {
        let text = "A\u{1B}]52;c;SGVsbG8=\u{07}B\u{7F}C\u{9B}D\u{202E}E\u{061C}\u{200E}\u{2028}\n\"\\æ😀"
        #expect(JSONWriter.encodeString(.string(text), escaping: .terminalSafe)
            == #""A\u001b]52;c;SGVsbG8=\u0007B\u007fC\u009bD\u202eE\u061c\u200e\u2028\n\"\\æ😀""#)
        #expect(JSONWriter.encodeString(.object([JSONMember("k\u{9B}", [.string("\u{202E}")])]), escaping: .terminalSafe)
            == #"{"k\u009b":["\u202e"]}"#)
    }

    @Test("the journal's form keeps DEL, C1 and bidi characters as UTF-8, so journal bytes do not change")
    func journalFormUnchanged() {
        let text = "B\u{7F}C\u{9B}D\u{202E}"
        #expect(JSONWriter.encodeString(.string(text)) == "\"" + text + "\"")
    }

    @Test("terminal-safe and journal forms are the same bytes for text with nothing more to escape")
    func terminalSafeMatchesJournalForSafeText() {
        let samples = ["", "plain", "Ærø Å", "中文字符", "👨‍👩‍👧", "tab\there\nline", "a\"b\\c", "\u{1}\u{1F}"]
        for text in samples {
            #expect(JSONWriter.encode(.string(text), escaping: .terminalSafe) == JSONWriter.encode(.string(text)))
        }
    }

    @Test("terminal-safe strings decode to the same text, in this parser and in Foundation's")
    func terminalSafeRoundTrip() throws {
        var samples = (UInt32(0)...0x2100).compactMap(Unicode.Scalar.init).map { "x" + String($0) + "y" }
        samples += ["\u{2066}\u{2069}\u{202A}", "\u{1B}]52;c;SGVsbG8=\u{07}", "👨‍👩‍👧\u{202E}"]
        for text in samples {
            let encoded = JSONWriter.encode(.array([.string(text)]), escaping: .terminalSafe)
            #expect(!encoded.contains { $0 < 0x20 || $0 == 0x7F })
            #expect(try JSONParser.parse(encoded) == .array([.string(text)]))
            let decoded = try JSONSerialization.jsonObject(with: Data(encoded)) as? [String]
            #expect(decoded == [text])
        }
    }
}

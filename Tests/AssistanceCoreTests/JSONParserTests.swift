import Testing

@testable import AssistanceCore

@Suite("JSON parser")
struct JSONParserTests {
    @Test("reads every kind of value")
    func readsEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" {"a":[1,-2,3.5,1e3,true,false,null],"b":{"c":"d"},"e":""} "#)
        #expect(value == .object([
            JSONMember("a", [.int(1), .int(-2), .double(3.5), .double(1000), true, false, nil]),
            JSONMember("b", .object([JSONMember("c", "d")])),
            JSONMember("e", ""),
        ]))
    }

    @Test("integers become .int while they fit, doubles otherwise")
    func integerRange() throws {
        #expect(try JSONParser.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONParser.parse("-9223372036854775808") == .int(Int.min))
        #expect(try JSONParser.parse("9223372036854775808") == .double(9_223_372_036_854_775_808))
        #expect(try JSONParser.parse("-0") == .int(0))
        #expect(try JSONParser.parse("2.0") == .double(2))
    }

    @Test("decodes every escape, including surrogate pairs")
    func decodesEscapes() throws {
        let value = try JSONParser.parse(#""\"\\\/\b\f\n\r\t\u0041\u00e6\u4e2d\ud83d\ude00""#)
        #expect(value == .string("\"\\/\u{08}\u{0C}\n\r\tAæ中😀"))
    }

    @Test("keeps Danish, Cyrillic, CJK and emoji as they are")
    func keepsUnicode() throws {
        let text = "Søren Ærø — Наталья — 王秀英 — 👩🏽‍⚕️"
        #expect(try JSONParser.parse("\"\(text)\"") == .string(text))
    }

    @Test("keeps object members in order, duplicates included")
    func keepsMemberOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"z":3}"#)
        #expect(value.objectMembers?.map(\.key) == ["z", "a", "z"])
    }

    @Test(
        "refuses invalid input and names the offset",
        arguments: [
            ("", 0), ("{", 1), ("[1,]", 3), ("{\"a\" 1}", 5), ("01", 1), ("1.", 2), ("1e", 2), ("-", 1),
            ("tru", 3), ("\"abc", 4), ("\"a\u{01}\"", 2), ("[1] x", 4), ("{\"a\":1,}", 7), ("\"\\x\"", 2),
            ("\"\\ud800\"", 7), ("\"\\udc00\"", 1), ("\"\\u12g4\"", 5), ("nul", 3), ("{1:2}", 1),
        ])
    func refusesInvalidInput(text: String, offset: Int) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.offset == offset, "\(text.debugDescription): \(error)")
        }
    }

    @Test("refuses invalid UTF-8 at the offending byte")
    func refusesInvalidUTF8() {
        let cases: [([UInt8], Int)] = [
            ([0x22, 0x61, 0xFF, 0x22], 2),  // never valid
            ([0x22, 0xC0, 0xAF, 0x22], 1),  // overlong
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),  // encoded surrogate
            ([0x22, 0xE2, 0x82, 0x22], 1),  // truncated sequence
            ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1),  // above U+10FFFF
        ]
        for (bytes, offset) in cases {
            do {
                _ = try JSONParser.parse(bytes)
                Issue.record("accepted \(bytes)")
            } catch {
                #expect(error.offset == offset)
                #expect(error.description.contains("UTF-8"))
            }
        }
    }

    @Test("accepts 64 levels of nesting and refuses 65")
    func nestingLimit() throws {
        let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(throws: Never.self) { try JSONParser.parse(deepest) }
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(tooDeep) }
    }

    @Test("the message says where and what was expected, without quoting the input")
    func errorMessage() {
        do {
            _ = try JSONParser.parse("{\"secret alias\" 1}")
            Issue.record("accepted invalid JSON")
        } catch {
            #expect(error.description == "The JSON is invalid at byte offset 16: expected ':' after a member name.")
        }
    }
}

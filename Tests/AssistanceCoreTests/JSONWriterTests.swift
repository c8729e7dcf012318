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
}

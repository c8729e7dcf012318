import Testing
@testable import AssistanceCore

/// Issue 13, item 6: CSV is safe to print (controls as visible escapes) and to open (text a
/// spreadsheet would run as a formula is neutralised the way OWASP recommends).
@Suite struct CSVWriterTests {
    func record(_ fields: [CSVWriter.Field]) -> String {
        var writer = CSVWriter()
        writer.appendRecord(fields)
        return writer.text
    }

    @Test(arguments: [
        ("=1+1", "\"'=1+1\""), ("+SUM(A1)", "\"'+SUM(A1)\""), ("-2+3", "\"'-2+3\""), ("@cmd", "\"'@cmd\""),
        ("\tx", "\"'\\tx\""), ("\rx", "\"'\\rx\""), ("-3", "\"'-3\""),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ])
    func formulaTextIsPrefixedAndQuoted(text: String, expected: String) {
        #expect(CSVWriter.encoded(.text(text)) == expected)
    }

    @Test func plainTextAndComputedNumbersAreUnchanged() {
        #expect(record([.text("Amina"), .text("Red Cross Shelter"), .computed("-3"), .computed("4"), .computed("2.5"), .text("a=b")])
            == "Amina,Red Cross Shelter,-3,4,2.5,a=b\r\n")
        #expect(record([.text("Søren \"Sonny\", Æbeltoft"), .text(" padded")]) == "\"Søren \"\"Sonny\"\", Æbeltoft\",\" padded\"\r\n")
    }

    @Test func controlsAreVisibleEscapesAndEveryRecordIsOneLine() {
        let hostile = "A\u{1B}]52;c;SGVsbG8=\u{07}B\u{7F}C\u{9B}D\u{202E}E\nF\r\nG"
        let text = record([.text(hostile), .computed("1\u{1B}")])
        #expect(text == "A\\e]52;c;SGVsbG8=\\u{7}B\\u{7F}C\\u{9B}D\\u{202E}E\\nF\\r\\nG,1\\e\r\n")
        #expect(!SafeText.containsUnsafe(String(text.dropLast(2))))
    }

    @Test func neutralisedCellsReadBackThroughAnIndependentParser() throws {
        let texts = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "plain", "a,b"]
        var writer = CSVWriter(header: texts.indices.map { "c\($0)" })
        writer.appendRecord(texts)
        let rows = try #require(CSVParser.records(writer.text))
        #expect(rows.count == 2)
        #expect(rows[1] == ["'=1+1", "'+SUM(A1)", "'-2+3", "'@cmd", "'\\tx", "'\\rx", "plain", "a,b"])
    }
}

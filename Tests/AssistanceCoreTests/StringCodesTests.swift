import Testing

@testable import AssistanceCore

/// Replay numbers author logins and organisation ids with `StringCodes` instead of a
/// dictionary (issue 6); it must behave like one.
@Suite("String codes")
struct StringCodesTests {
    @Test("thousands of strings get codes in order and are found again; others are not")
    func manyStrings() {
        var codes = StringCodes()
        let strings = (0..<5000).map { "user\($0)" } + ["", "a", "vesterbro-clinic-980", "李娜", "Ærø"]
        for (expected, string) in strings.enumerated() {
            #expect(codes.code(adding: string) == Int32(expected))
        }
        #expect(codes.count == strings.count)
        for (expected, string) in strings.enumerated() {
            #expect(codes.code(of: string) == Int32(expected))
            #expect(codes.code(adding: string) == Int32(expected))
        }
        for absent in ["user5000", "User1", "b", "李", "vesterbro-clinic-98"] {
            #expect(codes.code(of: absent) == nil)
        }
        #expect(codes.strings == strings)
    }

    @Test("strings Swift calls equal share a code, whatever their bytes")
    func canonicalEquivalence() {
        var codes = StringCodes()
        let precomposed = "Jos\u{E9}"
        let decomposed = "Jose\u{301}"
        #expect(precomposed == decomposed)
        let code = codes.code(adding: precomposed)
        #expect(codes.code(of: decomposed) == code)
        #expect(codes.code(adding: decomposed) == code)
        #expect(codes.count == 1)
    }
}

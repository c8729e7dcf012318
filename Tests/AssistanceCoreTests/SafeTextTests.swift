import Testing
@testable import AssistanceCore

/// Issue 13, item 6: the one definition of unsafe characters, shared by the screens, the
/// command line's text and CSV output, and (as `\u` escapes) its JSON.
@Suite struct SafeTextTests {
    @Test func leavesOrdinaryTextAlone() {
        #expect(SafeText.display("Søren Ærø — 李娜 สมหญิง") == "Søren Ærø — 李娜 สมหญิง")
        #expect(SafeText.display("a\\nb \\e") == "a\\nb \\e")
    }

    @Test func escapesC0ControlsAndEscapeSequences() {
        #expect(SafeText.display("a\nb\tc\rd") == "a\\nb\\tc\\rd")
        #expect(SafeText.display("\u{1B}]0;pwned\u{7}") == "\\e]0;pwned\\u{7}")
        #expect(SafeText.display("\u{1B}]52;c;SGVsbG8=\u{07}") == "\\e]52;c;SGVsbG8=\\u{7}")
        #expect(SafeText.display("\u{0}") == "\\u{0}")
    }

    @Test func escapesDeleteAndC1Controls() {
        #expect(SafeText.display("x\u{7F}y") == "x\\u{7F}y")
        #expect(SafeText.display("\u{9B}31m") == "\\u{9B}31m")
        #expect(SafeText.display("\u{85}") == "\\u{85}")
    }

    @Test func escapesBidiOverridesAndIsolates() {
        #expect(SafeText.display("photo\u{202E}gpj.exe") == "photo\\u{202E}gpj.exe")
        #expect(SafeText.display("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
    }

    @Test func escapesBidiMarksAndLineSeparators() {
        #expect(SafeText.display("a\u{061C}b\u{200E}c\u{200F}d") == "a\\u{61C}b\\u{200E}c\\u{200F}d")
        #expect(SafeText.display("a\u{2028}b\u{2029}") == "a\\u{2028}b\\u{2029}")
    }

    @Test func theUnsafeSetIsExactlyTheListedRanges() {
        let listed: [ClosedRange<UInt32>] = [
            0x00...0x1F, 0x7F...0x9F, 0x061C...0x061C, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028...0x2029,
        ]
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = listed.contains { $0.contains(value) }
            #expect(SafeText.needsEscape(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
            #expect(SafeText.containsUnsafe("ab" + String(scalar) + "cd") == expected, "U+\(String(value, radix: 16, uppercase: true)) in text")
        }
    }

    @Test func escapingTwiceChangesNothingMore() {
        let once = SafeText.display("\u{1B}[31mred\u{202E}\u{9B}")
        #expect(!SafeText.containsUnsafe(once))
        #expect(SafeText.display(once) == once)
    }
}

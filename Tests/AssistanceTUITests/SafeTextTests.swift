import Testing
@testable import AssistanceTUI

@Suite struct SafeTextTests {
    @Test func leavesOrdinaryTextAlone() {
        #expect(SafeText.display("Søren Ærø — 李娜 สมหญิง") == "Søren Ærø — 李娜 สมหญิง")
    }

    @Test func escapesC0ControlsAndEscapeSequences() {
        #expect(SafeText.display("a\nb\tc\rd") == "a\\nb\\tc\\rd")
        #expect(SafeText.display("\u{1B}]0;pwned\u{7}") == "\\e]0;pwned\\u{7}")
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

    @Test func escapingTwiceChangesNothingMore() {
        let once = SafeText.display("\u{1B}[31mred")
        #expect(SafeText.display(once) == once)
    }
}

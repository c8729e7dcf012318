import Testing

@testable import AssistanceCore

/// Replay asks every reason and note whether it is blank; the ASCII shortcut must agree with
/// Unicode's idea of white space.
@Suite("Blank text")
struct BlankTextTests {
    @Test("white space of any script is blank", arguments: ["", " ", " \t\n\r", "\u{00A0}", "\u{3000}\u{2003}", " \u{00A0}\t"])
    func blank(_ text: String) {
        #expect(text.isBlank)
    }

    @Test("anything visible is not blank", arguments: ["x", "  x", "\tx ", "\u{00A0}é", " 他", "\u{3000}.", "é"])
    func notBlank(_ text: String) {
        #expect(!text.isBlank)
    }
}

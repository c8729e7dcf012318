import Testing
@testable import AssistanceTUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("æ", 1), ("ø", 1), ("Å", 1), ("Ж", 1),
        ("李", 2), ("한", 2), ("の", 2), ("カ", 2), ("Ａ", 2), ("🙂", 2),
        ("e\u{301}", 1),              // decomposed é
        ("ệ", 1), ("e\u{323}\u{302}", 1), // Vietnamese, precomposed and decomposed
        ("กี่", 1),                     // Thai consonant with vowel and tone marks
        ("👨‍👩‍👧", 2),                  // emoji ZWJ sequence
        ("❤️", 2),                     // text symbol with emoji presentation selector
        ("🇩🇰", 2),                     // flag
        ("👍🏽", 2),                     // emoji with skin tone modifier
    ])
    func graphemeWidth(text: String, expected: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(text.first!) == expected)
    }

    @Test func stringWidthAddsGraphemes() {
        #expect(DisplayWidth.of("Søren Ærø") == 9)
        #expect(DisplayWidth.of("李娜") == 4)
        #expect(DisplayWidth.of("สมหญิง") == 5)
        #expect(DisplayWidth.of("Nguyễn Thị Hoa") == 14)
    }

    @Test func combiningMarkAloneTakesNoColumn() {
        #expect(DisplayWidth.of(Character("\u{0E48}")) == 0)
        #expect(DisplayWidth.of(Character("\u{301}")) == 0)
    }
}

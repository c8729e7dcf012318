import Testing
@testable import AssistanceTUI

@Suite struct TextFieldTests {
    func field(after keys: [Key], starting text: String = "") -> TextField {
        var field = TextField(text: text)
        for key in keys { _ = field.handle(key: key) }
        return field
    }

    @Test func insertsAtTheCursorAndMovesIt() {
        let edited = field(after: typing("Sren") + [.left, .left, .left] + typing("ø"))
        #expect(edited.text == "Søren")
        #expect(edited.cursor == 2)
    }

    @Test func backspaceAndDeleteRemoveWholeGraphemes() {
        var edited = field(after: [.home, .delete, .end, .backspace], starting: "李娜王")
        #expect(edited.text == "娜")
        _ = edited.handle(key: .backspace)
        _ = edited.handle(key: .backspace)
        #expect(edited.text == "")
        #expect(edited.cursor == 0)
    }

    @Test func combiningMarkTypedAfterALetterJoinsIt() {
        let edited = field(after: typing("e") + [.character("\u{301}")] + typing("x"))
        #expect(edited.text == "éx")
        #expect(edited.text.count == 2)
        #expect(edited.cursor == 2)
    }

    @Test func controlUDeletesEverythingBeforeTheCursor() {
        let edited = field(after: [.left, .left, .control("u")], starting: "Nguyễn Thị")
        #expect(edited.text == "hị")
        #expect(edited.cursor == 0)
    }

    @Test func homeEndAndArrowsStayInsideTheText() {
        let edited = field(after: [.right, .right, .home, .left, .left], starting: "ab")
        #expect(edited.cursor == 0)
        #expect(field(after: [.home, .end], starting: "æøå").cursor == 3)
    }

    @Test func drawsWithTheCursorReversed() {
        let edited = field(after: [.left], starting: "李娜")
        var canvas = Canvas(width: 8, height: 1)
        edited.draw(into: &canvas, area: canvas.area, focused: true)
        #expect(canvas.lines == ["李娜"])
        #expect(canvas[2, 0].text == "娜")
        #expect(canvas[2, 0].style == .selected)
        #expect(canvas[0, 0].style != .selected)
    }

    @Test func scrollsHorizontallyByColumnsToKeepTheCursorVisible() {
        let edited = field(after: [], starting: "abc李娜王")
        var canvas = Canvas(width: 6, height: 1)
        edited.draw(into: &canvas, area: canvas.area, focused: true)
        // Nine columns of text and the cursor after them: columns 4 to 8 show, and the
        // half of 李 in column 4 becomes a space rather than half a character.
        #expect(canvas.lines == [" 娜王"])
        #expect(canvas[5, 0].style == .selected)
    }
}

@Suite struct ChoiceFieldTests {
    static let choices = [
        Choice(token: "sexual", label: "Sexual"), Choice(token: "forced_labour", label: "Forced labour"),
        Choice(token: "forced_criminality", label: "Forced criminality"), Choice(token: "other", label: "Other"),
    ]

    @Test func completesFromWhatWasTypedAndTabAccepts() {
        var field = ChoiceField(choices: Self.choices)
        for key in typing("for") { _ = field.handle(key: key) }
        #expect(field.matches.map(\.token) == ["forced_labour", "forced_criminality"])
        #expect(field.completion?.token == "forced_labour")
        _ = field.handle(key: .down)
        _ = field.handle(key: .tab)
        #expect(field.input.text == "Forced criminality")
        #expect(field.value == "forced_criminality")
    }

    @Test func showsTheRestOfTheCompletionDimmedWithTheMatchCount() {
        var field = ChoiceField(choices: Self.choices)
        for key in typing("fo") { _ = field.handle(key: key) }
        var canvas = Canvas(width: 40, height: 1)
        field.draw(into: &canvas, area: canvas.area, focused: true)
        #expect(canvas.lines == ["forced labour  (2 matches)"])
        #expect(canvas[2, 0].style == .selected)
        #expect(canvas[4, 0].style.role == .dim)
    }

    @Test func unknownTextStaysAsTypedForValidationToRefuse() {
        var field = ChoiceField(choices: Self.choices)
        for key in typing("zz") { _ = field.handle(key: key) }
        #expect(field.completion == nil)
        #expect(field.value == "zz")
    }

    @Test func presetTokenShowsItsLabel() {
        let field = ChoiceField(choices: Self.choices, selectedToken: "other")
        #expect(field.input.text == "Other")
        #expect(field.value == "other")
    }
}

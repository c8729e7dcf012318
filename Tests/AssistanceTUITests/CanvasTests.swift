import Testing
@testable import AssistanceTUI

@Suite struct CanvasTests {
    @Test func putWritesTextAndClipsToTheGivenWidth() {
        let lines = rendered(width: 10, height: 2) { canvas, _ in
            canvas.put("Hello, world", x: 1, y: 0, maxWidth: 5)
            canvas.put("abc", x: 8, y: 1)
        }
        #expect(lines == [" Hello", "        ab"])
    }

    @Test func wideCharacterTakesTwoCellsWithAContinuation() {
        var canvas = Canvas(width: 6, height: 1)
        let used = canvas.put("李娜x", x: 0, y: 0)
        #expect(used == 5)
        #expect(canvas[0, 0] == Cell(text: "李", width: 2))
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas.lines == ["李娜x"])
    }

    @Test func wideCharacterCutAtTheEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("ab李娜", x: 0, y: 0)
        #expect(canvas.lines == ["ab李"])
        #expect(canvas[4, 0] == .blank())
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("李娜", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.lines == [" x娜"])
        #expect(!canvas[1, 0].isContinuation)
    }

    @Test func putEscapesControlCharacters() {
        let lines = rendered(width: 20, height: 1) { canvas, _ in
            canvas.put("a\u{1B}[2Jb", x: 0, y: 0)
        }
        #expect(lines == ["a\\e[2Jb"])
    }

    /// The screens use the core's one definition of unsafe text (issue 13): bidi marks and
    /// C1 controls too, in the same notation the command line prints.
    @Test func putEscapesBidiMarksAndC1LikeTheCommandLine() {
        let lines = rendered(width: 30, height: 1) { canvas, _ in
            canvas.put("a\u{200E}b\u{9B}c\u{202E}d", x: 0, y: 0)
        }
        #expect(lines == ["a\\u{200E}b\\u{9B}c\\u{202E}d"])
    }

    @Test func fillAndBoxDrawTheirArea() {
        let lines = rendered(width: 8, height: 4) { canvas, _ in
            canvas.put("xxxxxxxx", x: 0, y: 1)
            canvas.drawBox(Rect(x: 1, y: 0, width: 7, height: 4), title: "T")
        }
        #expect(lines == [" ┌─ T ─┐", "x│     │", " │     │", " └─────┘"])
    }
}

import Testing
@testable import AssistanceTUI

/// Issue 14: the whole-frame comparison itself — it must see every difference, ignore only
/// trailing spaces, and say where the frames part in a form a person can read.
@Suite struct FrameDifferenceTests {
    @Test func equalFramesAndTrailingSpacesAreNoDifference() {
        #expect(frameDifference(expected: ["ab", "", "c"], actual: ["ab  ", "   ", "c"], what: "The frame") == nil)
    }

    @Test func aChangedRowIsMarkedInBothFramesWithItsFirstDifferingColumn() {
        let report = frameDifference(expected: ["Case C-1 · Søren", "open"], actual: ["Case C-1 · Sören", "open"], what: "The frame (16×2)")
        #expect(report == """
            The frame (16×2) differs from the one expected on rows 0 (marked >).
            Expected:
            > 0 |Case C-1 · Søren
              1 |open
            Actual:
            > 0 |Case C-1 · Sören
              1 |open
            Row 0: from column 12 expected "øren", found "ören".
            """)
    }

    @Test func aMissingOrExtraRowIsNamedAndShown() {
        let report = frameDifference(expected: ["a", "b"], actual: ["a", "b", "李"], what: "The frame (2×3)")
        #expect(report == """
            The frame (2×3) differs from the one expected on rows 2 (marked >).
            The test expects 2 rows; the frame has 3.
            Expected:
              0 |a
              1 |b
            > 2 (no such row)
            Actual:
              0 |a
              1 |b
            > 2 |李
            """)
    }

    @Test func rowsOfAPartAreNumberedAsOnTheCanvasAndWideTextCountsItsColumns() {
        let report = frameDifference(expected: ["李娜 x"], actual: ["李娜 y"], what: "Part", firstRow: 9)
        #expect(report?.hasPrefix("Part differs from the one expected on rows 9 (marked >).") == true)
        #expect(report?.hasSuffix("Row 9: from column 5 expected \"x\", found \"y\".") == true)
    }

    @Test func theStyleMaskMarksRolesOrWhatIsLeftWithoutColour() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("! 李", x: 0, y: 0, style: .warning)
        canvas.put("s", x: 5, y: 0, style: .selected.underlined)
        #expect(StyleMask.roles.lines(of: canvas, rows: 0...0) == ["www s"])
        #expect(StyleMask.attributes.lines(of: canvas, rows: 0...0) == ["bbb +"])
    }
}

import Testing
@testable import AssistanceTUI

/// A second layer under a frame's text: one character per cell saying how the cell is drawn,
/// so a test can check which cells carry a meaning (an overdue referral, the selected row),
/// written as line literals like the frame itself. Plain cells are spaces, so the same
/// trailing-space rule applies; wide characters take one mark, as they take one grapheme.
enum StyleMask {
    /// By meaning: `h` header, `a` accent, `d` dim, `w` warning, `e` error, `s` selected,
    /// space for normal.
    case roles
    /// What a monochrome terminal (`NO_COLOR`) has left: `r` reverse, `b` bold,
    /// `u` underline, `+` more than one, space for none.
    case attributes

    /// The mark for one cell's style.
    func mark(_ style: Style) -> Character {
        switch self {
        case .roles:
            switch style.role {
            case .normal: " "
            case .dim: "d"
            case .accent: "a"
            case .warning: "w"
            case .error: "e"
            case .selected: "s"
            case .header: "h"
            }
        case .attributes:
            switch (style.reverse, style.bold, style.underline) {
            case (false, false, false): " "
            case (true, false, false): "r"
            case (false, true, false): "b"
            case (false, false, true): "u"
            default: "+"
            }
        }
    }

    /// The marks of `rows` of `canvas`, one line per row.
    func lines(of canvas: Canvas, rows: ClosedRange<Int>) -> [String] {
        rows.map { y in
            String((0..<canvas.width).compactMap { x in
                canvas[x, y].isContinuation ? nil : mark(canvas[x, y].style)
            })
        }
    }
}

/// Expects rows `rows` of `canvas` to be drawn in the styles `expected` marks (see `StyleMask`).
func expectStyles(
    _ canvas: Canvas, rows: ClosedRange<Int>, _ mask: StyleMask = .roles, _ expected: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = mask.lines(of: canvas, rows: rows)
    let what = "The \(mask) style mask of rows \(rows.lowerBound)…\(rows.upperBound)"
    if let difference = frameDifference(expected: expected, actual: actual, what: what, firstRow: rows.lowerBound) {
        Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
    }
}

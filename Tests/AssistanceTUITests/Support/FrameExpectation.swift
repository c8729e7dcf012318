import Foundation
import Testing
@testable import AssistanceTUI

// Whole-frame screen tests, as Ratatui's `TestBackend` compares a whole buffer with
// `Buffer::with_lines([...])`: a test that reads one line, or asks `contains`, misses what
// moved around it (STYLE.md, Ratatui).
//
// The one rule for line literals: every row is compared with its trailing spaces trimmed, on
// both sides, so a literal never ends in spaces; a blank row is "". The expected frame has
// exactly one literal per row of the canvas. Rows and columns count from 0, as `canvas.lines`
// and `canvas[x, y]` do.

/// Expects the frame `model` draws at its size to be exactly `expected`, row for row.
///
/// `replacing` swaps text that changes from run to run (a temporary path) for a fixed
/// stand-in before comparing; give a stand-in of the same width so columns stay put.
func expectFrame(
    _ model: AppModel, _ expected: [String], replacing: [(String, String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectFrame(model.render(), expected, replacing: replacing, sourceLocation: sourceLocation)
}

/// Expects the whole of `canvas` to read exactly `expected`, row for row.
func expectFrame(
    _ canvas: Canvas, _ expected: [String], replacing: [(String, String)] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let actual = canvas.lines.map { line in
        replacing.reduce(line) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
    if let difference = frameDifference(expected: expected, actual: actual, what: "The frame (\(canvas.width)×\(canvas.height))") {
        Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
    }
}

/// Nil when the two frames read the same (trailing spaces aside); otherwise the report a
/// person needs to see what moved: the rows that differ, both frames in full with those rows
/// marked `>`, and for each such row the first column where they part. Rows are numbered
/// from `firstRow`, for a part of a canvas.
func frameDifference(expected: [String], actual: [String], what: String, firstRow: Int = 0) -> String? {
    let expected = expected.map(trimmingTrailingSpaces)
    let actual = actual.map(trimmingTrailingSpaces)
    let rowCount = max(expected.count, actual.count)
    let differing = (0..<rowCount).filter { row in
        expected.indices.contains(row) != actual.indices.contains(row) || expected[safe: row] != actual[safe: row]
    }
    guard !differing.isEmpty else { return nil }
    let marked = Set(differing)
    let rowNames = differing.map { String(firstRow + $0) }.joined(separator: ", ")
    var report = ["\(what) differs from the one expected on rows \(rowNames) (marked >)."]
    if expected.count != actual.count {
        report.append("The test expects \(expected.count) rows; the frame has \(actual.count).")
    }
    let numberWidth = String(firstRow + rowCount - 1).count
    func listing(_ title: String, _ lines: [String]) -> [String] {
        [title] + (0..<rowCount).map { row in
            let number = String(repeating: " ", count: numberWidth - String(firstRow + row).count) + String(firstRow + row)
            let text = lines[safe: row].map { "|" + $0 } ?? "(no such row)"
            return (marked.contains(row) ? "> " : "  ") + number + " " + text
        }
    }
    report += listing("Expected:", expected)
    report += listing("Actual:", actual)
    for row in differing {
        guard let wanted = expected[safe: row], let found = actual[safe: row] else { continue }
        report.append("Row \(firstRow + row): " + firstDifference(wanted, found))
    }
    return report.joined(separator: "\n")
}

/// Where two lines of text part, in display columns, and what each has there.
private func firstDifference(_ expected: String, _ actual: String) -> String {
    let common = zip(expected, actual).prefix { $0 == $1 }.count
    let column = DisplayWidth.of(String(expected.prefix(common)))
    func quoted(_ text: String) -> String {
        let rest = text.dropFirst(common)
        return rest.isEmpty ? "the line's end" : "\"" + String(rest.prefix(12)) + (rest.count > 12 ? "…" : "") + "\""
    }
    return "from column \(column) expected \(quoted(expected)), found \(quoted(actual))."
}

private func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
}

extension Array {
    /// The element at `index`, or nil past either end.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

/// `count` blank rows, for the empty part of an expected frame:
/// `[…rows…] + blankRows(12) + ["the hint line"]`.
func blankRows(_ count: Int) -> [String] {
    Array(repeating: "", count: count)
}

import AssistanceCore
import AssistanceTUI

/// Aligned columns for terminal output, measured in display columns so that Danish, Cyrillic,
/// Thai and CJK text line up; stored text is escaped so that nothing reaches the terminal raw.
struct TextTable {
    /// Column headings.
    var headings: [String]
    /// Columns whose values are numbers, aligned right.
    var numericColumns: Set<Int> = []
    /// The rows, as many cells as headings.
    var rows: [[String]] = []

    init(_ headings: [String], numericColumns: Set<Int> = []) {
        self.headings = headings
        self.numericColumns = numericColumns
    }

    /// Adds a row.
    mutating func append(_ row: [String]) {
        rows.append(row.map(SafeText.display))
    }

    /// The table as lines, with two spaces between columns and no trailing spaces.
    func render() -> String {
        var widths = headings.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, cell) in cells.enumerated() {
                let alignment: TextLayout.Alignment = numericColumns.contains(index) ? .right : .left
                parts.append(TextLayout.pad(cell, to: widths[index], alignment: alignment))
            }
            var text = parts.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(headings)] + rows.map(line)).joined(separator: "\n")
    }
}

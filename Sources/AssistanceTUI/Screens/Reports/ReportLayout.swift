import AssistanceCore

/// One line of the Reports screen's scrolling body: text, and a bar drawn after it.
public struct ReportLine: Hashable, Sendable {
    /// The text from the left edge.
    public var text: String
    /// How the text is drawn.
    public var style: Style
    /// The bar of the line's count, or empty.
    public var bar: String
    /// The column the bar starts in.
    public var barColumn: Int
    /// True on a table's title line: where `n` and `N` jump to.
    public var startsTable: Bool

    /// A line of `text`, with a bar when given.
    public init(_ text: String, style: Style = .normal, bar: String = "", barColumn: Int = 0, startsTable: Bool = false) {
        self.text = text
        self.style = style
        self.bar = bar
        self.barColumn = barColumn
        self.startsTable = startsTable
    }
}

/// Lays a period report out as lines for a given width: each table as aligned columns with
/// its headers wrapped onto two lines when that saves room, a bar beside each row for the
/// table's first count column, the totals row, and the footnotes.
///
/// The bars take the room the columns leave; a long label column gives up width for them,
/// and a table too wide for bars (referral outcomes at 80 columns) is drawn without.
public enum ReportLayout {
    /// Columns between two table columns.
    static let gap = 2
    /// Bars narrower than this say too little to be worth drawing.
    static let smallestBarWidth = 10
    /// A label column is never cut below this many columns to make room for bars.
    static let smallestLabelWidth = 12

    /// Every table of `report`, one after another with a blank line between them.
    public static func lines(for report: PeriodReport, width: Int, usesBlockCharacters: Bool) -> [ReportLine] {
        var lines: [ReportLine] = []
        for (index, table) in report.tables.enumerated() {
            if index > 0 { lines.append(ReportLine("")) }
            lines += self.lines(for: table, width: width, usesBlockCharacters: usesBlockCharacters)
        }
        return lines
    }

    /// One table: title, headers, rows with bars, totals and footnotes.
    public static func lines(for table: ReportTable, width: Int, usesBlockCharacters: Bool) -> [ReportLine] {
        let count = table.columns.count
        guard count > 0 else { return [ReportLine(table.title, style: .header, startsTable: true)] }
        let body = table.rows.map { $0.map { SafeText.display($0.displayText) } }
        let totals = table.totals.map { $0.map { SafeText.display($0.displayText) } }
        var numeric = Array(repeating: false, count: count)
        for row in table.rows + (table.totals.map { [$0] } ?? []) {
            for (index, cell) in row.enumerated() where index < count && cell.isNumeric { numeric[index] = true }
        }
        var widths = (0..<count).map { index in
            let cells = (body + (totals.map { [$0] } ?? [])).compactMap { index < $0.count ? $0[index] : nil }
            let cellWidth = cells.map(DisplayWidth.of).max() ?? 0
            return index == 0 ? max(cellWidth, DisplayWidth.of(table.columns[0])) : headerWidth(table.columns[index], cellWidth: cellWidth)
        }
        // The totals label may be long ("Total (counts below 5 suppressed)"); the screen's
        // header says so already, so it does not get to widen the label column.
        widths[0] = max(DisplayWidth.of(table.columns[0]), body.compactMap { $0.first.map(DisplayWidth.of) }.max() ?? 0)
        let barIndex = (1..<max(1, count)).first { index in
            table.rows.contains { row in index < row.count && (row[index].countValue != nil || isSuppressed(row[index])) }
        }
        var gap = Self.gap
        var numbersWidth = widths.dropFirst().reduce(0, +) + gap * (count - 1)
        if widths[0] + numbersWidth > width, count > 2 {
            gap = 1
            numbersWidth = widths.dropFirst().reduce(0, +) + gap * (count - 1)
        }
        var barWidth = barIndex == nil ? 0 : width - widths[0] - numbersWidth - gap
        if barIndex != nil, barWidth < smallestBarWidth {
            let shortened = max(min(widths[0], smallestLabelWidth), widths[0] - (smallestBarWidth - barWidth))
            barWidth = width - shortened - numbersWidth - gap
            // Too wide for bars even with short labels: keep the labels whole instead.
            if barWidth < smallestBarWidth { barWidth = 0 } else { widths[0] = shortened }
        }
        widths[0] = max(1, min(widths[0], width - numbersWidth))
        let textWidth = widths[0] + numbersWidth
        let largest = barIndex.map { index in table.rows.compactMap { index < $0.count ? $0[index].countValue : nil }.max() ?? 0 } ?? 0
        let chart = BarChart(usesBlockCharacters: usesBlockCharacters, largest: largest, width: barWidth)

        func line(_ cells: [String]) -> String {
            var text = ""
            for index in 0..<count {
                let cell = index < cells.count ? cells[index] : ""
                if index > 0 { text += String(repeating: " ", count: gap) }
                text += TextLayout.pad(cell, to: widths[index], alignment: numeric[index] && index > 0 ? .right : .left)
            }
            return text
        }

        var lines = [ReportLine(table.title, style: .header, startsTable: true)]
        let headers = table.columns.enumerated().map { index, header in
            index == 0 ? [header] : TextLayout.wrap(header, width: widths[index])
        }
        let headerRows = headers.map(\.count).max() ?? 1
        for row in 0..<headerRows {
            // Headers sit on their last line, so one-line headers line up with the numbers.
            let cells = headers.map { parts in
                let shift = headerRows - parts.count
                return row >= shift ? parts[row - shift] : ""
            }
            lines.append(ReportLine(line(cells), style: .accent))
        }
        for (cells, row) in zip(body, table.rows) {
            let bar = barWidth > 0 ? barIndex.flatMap { $0 < row.count ? row[$0].countValue : nil }.map(chart.bar) ?? "" : ""
            lines.append(ReportLine(line(cells), bar: bar, barColumn: textWidth + gap))
        }
        if var totals {
            if DisplayWidth.of(totals[0]) > widths[0], totals[0].hasPrefix("Total") { totals[0] = "Total" }
            lines.append(ReportLine(line(totals), style: Style(role: .normal, bold: true)))
        }
        if barWidth == 0, let barIndex {
            lines += chartLines(table, column: barIndex, labelWidth: widths[0], width: width, usesBlockCharacters: usesBlockCharacters)
        }
        for footnote in table.footnotes {
            for part in TextLayout.wrap("Note: " + footnote, width: max(1, width)) {
                lines.append(ReportLine(part, style: .dim))
            }
        }
        return lines
    }

    /// For a table too wide for bars beside its rows: the rows again, each with only the
    /// count of `column` and its bar, under that column's heading.
    static func chartLines(_ table: ReportTable, column: Int, labelWidth: Int, width: Int, usesBlockCharacters: Bool) -> [ReportLine] {
        let counts = table.rows.map { column < $0.count ? SafeText.display($0[column].displayText) : "" }
        let countWidth = max(DisplayWidth.of(table.columns[column]), counts.map(DisplayWidth.of).max() ?? 0)
        let barColumn = labelWidth + gap + countWidth + gap
        guard width - barColumn >= smallestBarWidth else { return [] }
        let largest = table.rows.compactMap { column < $0.count ? $0[column].countValue : nil }.max() ?? 0
        let chart = BarChart(usesBlockCharacters: usesBlockCharacters, largest: largest, width: width - barColumn)
        var lines = [ReportLine(TextLayout.pad("", to: labelWidth) + String(repeating: " ", count: gap)
                                    + TextLayout.pad(table.columns[column], to: countWidth, alignment: .right), style: .accent)]
        for (row, count) in zip(table.rows, counts) {
            let label = TextLayout.pad(SafeText.display(row.first?.displayText ?? ""), to: labelWidth)
            let text = label + String(repeating: " ", count: gap) + TextLayout.pad(count, to: countWidth, alignment: .right)
            let bar = column < row.count ? row[column].countValue.map(chart.bar) ?? "" : ""
            lines.append(ReportLine(text, bar: bar, barColumn: barColumn))
        }
        return lines
    }

    /// The narrowest width, not below the widest cell or the longest word, at which the
    /// header takes at most two lines.
    static func headerWidth(_ header: String, cellWidth: Int) -> Int {
        let full = DisplayWidth.of(header)
        let longestWord = header.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
        var candidate = max(cellWidth, longestWord)
        while candidate < full, TextLayout.wrap(header, width: candidate).count > 2 { candidate += 1 }
        return min(max(candidate, cellWidth), max(full, cellWidth))
    }

    /// Whether the cell is a count hidden for publication: it gets no bar.
    static func isSuppressed(_ cell: ReportCell) -> Bool {
        if case .suppressed = cell { return true }
        return false
    }
}

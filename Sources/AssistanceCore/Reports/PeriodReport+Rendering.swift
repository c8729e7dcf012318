/// The three ways a report leaves the program: aligned text, CSV and JSON.
extension PeriodReport {
    /// The report as aligned text tables with their totals and footnotes, for a terminal.
    ///
    /// - Parameters:
    ///   - width: the display width of a cell's text; the command line passes one that
    ///     knows wide CJK characters, the default counts characters.
    ///   - display: makes stored text safe to print; ``SafeText/display(_:)`` unless a
    ///     caller has its own.
    public func text(width: (String) -> Int = { $0.count }, display: (String) -> String = SafeText.display) -> String {
        var lines = ["Period report \(period)"]
        if let suppressionThreshold { lines.append("Counts from 1 to \(suppressionThreshold - 1) are suppressed.") }
        for table in tables {
            lines.append("")
            lines.append(table.title)
            var grid = [table.columns] + table.rows.map { $0.map { display($0.displayText) } }
            var numeric = Array(repeating: false, count: table.columns.count)
            for row in table.rows + (table.totals.map { [$0] } ?? []) {
                for (index, cell) in row.enumerated() where index < numeric.count && cell.isNumeric { numeric[index] = true }
            }
            if let totals = table.totals { grid.append(totals.map { display($0.displayText) }) }
            var widths = Array(repeating: 0, count: table.columns.count)
            for row in grid {
                for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], width(cell)) }
            }
            func line(_ cells: [String]) -> String {
                var parts: [String] = []
                for (index, cell) in cells.enumerated() where index < widths.count {
                    let padding = String(repeating: " ", count: max(0, widths[index] - width(cell)))
                    parts.append(numeric[index] && index > 0 ? padding + cell : cell + padding)
                }
                var text = parts.joined(separator: "  ")
                while text.hasSuffix(" ") { text.removeLast() }
                return text
            }
            let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
            lines.append(line(grid[0]))
            lines.append(rule)
            let bodyCount = table.rows.count
            for row in grid[1..<(1 + bodyCount)] { lines.append(line(row)) }
            if table.totals != nil {
                lines.append(rule)
                lines.append(line(grid[grid.count - 1]))
            }
            for footnote in table.footnotes { lines.append("Note: \(footnote)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every table in one CSV stream: for each, a record with its title, the header, the
    /// rows, the totals and one record per footnote, with an empty record between tables.
    public func csv() -> String {
        var text = ""
        for (index, table) in tables.enumerated() {
            if index > 0 { text += "\r\n" }
            var writer = CSVWriter()
            writer.appendRecord([table.title])
            text += writer.text + table.csv(footnotes: true)
        }
        return text
    }

    /// The report as one JSON document: the period, the suppression threshold and the tables,
    /// counts as numbers, suppressed counts as `"<N"` strings, missing medians as null.
    public func json() -> JSONValue {
        .object([
            JSONMember("period", .object([JSONMember("from", .string(period.from.description)), JSONMember("to", .string(period.to.description))])),
            JSONMember("suppressed_below", suppressionThreshold.map { .int($0) } ?? .null),
            JSONMember("tables", .array(tables.map(\.json))),
        ])
    }
}

extension ReportTable {
    /// The header, rows and totals as CSV; with `footnotes`, one record per footnote after them.
    public func csv(footnotes includeFootnotes: Bool = false) -> String {
        var writer = CSVWriter(header: columns)
        for row in rows { writer.appendRecord(row.map(\.csvField)) }
        if let totals { writer.appendRecord(totals.map(\.csvField)) }
        if includeFootnotes { for footnote in footnotes { writer.appendRecord([footnote]) } }
        return writer.text
    }

    /// The table as a JSON object.
    public var json: JSONValue {
        .object([
            JSONMember("id", .string(id)),
            JSONMember("title", .string(title)),
            JSONMember("columns", .array(columns.map { .string($0) })),
            JSONMember("rows", .array(rows.map { .array($0.map(\.json)) })),
            JSONMember("totals", totals.map { .array($0.map(\.json)) } ?? .null),
            JSONMember("footnotes", .array(footnotes.map { .string($0) })),
        ])
    }
}

extension ReportCell {
    /// A label is text (an organisation's or a person's name can come from anyone); counts,
    /// suppressed counts and medians are the tool's own and are never neutralised.
    var csvField: CSVWriter.Field {
        if case .text(let text) = self { return .text(text) }
        return .computed(displayText)
    }

    /// Counts and medians as numbers, a suppressed count as `"<N"`, a missing median as null.
    public var json: JSONValue {
        switch self {
        case .text(let text): .string(text)
        case .count(let count): .int(count)
        case .suppressed(let threshold): .string("<\(threshold)")
        case .days(nil): .null
        case .days(let value?): value == value.rounded() ? .int(Int(value)) : .double(value)
        }
    }
}

import AssistanceCore

extension ReportsScreen {
    /// Draws the header line (period, suppression, which table), the visible part of the
    /// report, and any dialog over it.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let area = context.area
        guard !area.isEmpty else { return }
        let lines = bodyLines(context)
        let rows = Self.bodyRows(area)
        let first = Self.clamped(scroll, lineCount: lines.count, rows: rows)
        let (heading, body) = area.splitTop(1)
        canvas.fill(heading, style: .header)
        let position = Self.positionText(lines: lines, first: first, rows: rows)
        let positionX = max(heading.x, heading.maxX - DisplayWidth.of(position))
        canvas.put(position, x: positionX, y: heading.y, style: .header, maxWidth: heading.maxX - positionX)
        canvas.put(TextLayout.truncate(headerText, to: max(0, positionX - heading.x - 1)), x: heading.x, y: heading.y, style: .header)
        for (offset, line) in lines.dropFirst(first).prefix(body.height).enumerated() {
            let y = body.y + offset
            canvas.put(line.text, x: body.x, y: y, style: line.style, maxWidth: body.width)
            if !line.bar.isEmpty, line.barColumn < body.width {
                canvas.put(line.bar, x: body.x + line.barColumn, y: y, style: .accent, maxWidth: body.width - line.barColumn)
            }
        }
        form?.draw(into: &canvas, area: area)
    }

    /// "Period 2026-01-01 to 2026-12-31 · all counts shown (s hides counts below 5)".
    var headerText: String {
        let threshold = Self.suppressionThreshold
        let counts = suppresses ? "counts below \(threshold) shown as <\(threshold)" : "all counts shown"
        return "Period \(period) · \(counts)"
    }

    /// "table 2 of 13": which table the top line belongs to, so `n`/`N` have a bearing.
    static func positionText(lines: [ReportLine], first: Int, rows: Int) -> String {
        let total = lines.filter(\.startsTable).count
        guard total > 0 else { return "" }
        let current = max(1, lines.prefix(first + 1).filter(\.startsTable).count)
        return "table \(current) of \(total)"
    }
}

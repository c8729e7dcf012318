import AssistanceCore

extension ReferralBoardScreen {
    /// The board's columns; at 80 columns they fit exactly, wider terminals give the spare
    /// room to alias, organisation and service.
    static let columns = [
        TableColumn("Referral", minimumWidth: 11),
        TableColumn("Case", minimumWidth: 11),
        TableColumn("Alias", minimumWidth: 8, flex: 2),
        TableColumn("Organisation", minimumWidth: 10, flex: 3),
        TableColumn("Service", minimumWidth: 8, flex: 2),
        TableColumn("Sent", minimumWidth: 5),
        TableColumn("Due", minimumWidth: 5),
        TableColumn("Days", minimumWidth: 4, alignment: .right),
        TableColumn("State", minimumWidth: 8),
    ]

    /// Draws the view line, the filter, and the visible headings and referrals.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let (heading, belowHeading) = context.area.splitTop(1)
        let overdue = rows.filter(\.isOverdue).count
        let count = rows.count == 1 ? "1" : "\(rows.count)"
        let grouped = grouping == .status ? "by status" : "by organisation"
        canvas.put("Showing \(view.label): \(count), \(overdue) overdue, \(grouped)   (f: view · o: group)", in: heading, style: .header)
        let tableArea = FilterLine.draw(field: filterField, text: filterText, into: &canvas, area: belowHeading)
        let visible = TableView.visibleRows(in: tableArea)
        let empty = filterText.isEmpty ? "No \(view.label); press f to show others." : "No referral matches the filter; Esc clears it."
        let table = cursor.table(columns: Self.columns, visibleRows: visible, emptyText: empty) { index in
            switch lines[index] {
            case .heading: TableRow([], marker: " ")
            case .referral(let position): Self.tableRow(rows[position])
            }
        }
        table.draw(into: &canvas, area: tableArea, focused: context.isTopmost)
        // Headings span the whole width, so they are written over their (empty) table rows.
        for (offset, index) in cursor.visibleRange(visibleRows: visible).enumerated() {
            guard case .heading(let text) = lines[index] else { continue }
            let line = tableArea.row(offset + 1)
            canvas.fill(line)
            canvas.put("── " + text + " " + String(repeating: "─", count: max(0, line.width - DisplayWidth.of(text) - 4)), in: line, style: .accent)
        }
    }

    /// One referral; an overdue one says "overdue" and carries "!" so it reads without colour.
    static func tableRow(_ row: ReferralRow) -> TableRow {
        let cells = [
            row.id, row.caseID, row.caseAlias, row.organisationName, row.serviceKind.label,
            CasesScreen.shortDate(row.madeOn), CasesScreen.shortDate(row.respondBy), String(row.daysWaiting),
            row.isOverdue ? "overdue" : row.status.label.lowercased(),
        ]
        return TableRow(cells, marker: row.isOverdue ? "!" : " ", style: row.isOverdue ? .warning : .normal)
    }
}

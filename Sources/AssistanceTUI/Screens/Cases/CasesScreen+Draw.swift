import AssistanceCore

extension CasesScreen {
    /// The table's columns (DESIGN.md §5); at 80 columns they fit exactly, wider terminals
    /// give the spare room to alias, nationality, exploitation and next step.
    static let columns = [
        TableColumn("Case", minimumWidth: 11),
        TableColumn("Alias", minimumWidth: 10, flex: 3),
        TableColumn("Nationality", minimumWidth: 11, flex: 1),
        TableColumn("Exploitation", minimumWidth: 10, flex: 2),
        TableColumn("Refl", minimumWidth: 4, alignment: .right),
        TableColumn("Refs", minimumWidth: 4, alignment: .right),
        TableColumn("Next step", minimumWidth: 10, flex: 2),
        TableColumn("Last", minimumWidth: 10),
    ]

    /// Draws the scope line, the filter, the visible rows and, on a wide terminal, the details.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let area = listArea(context.area)
        let (heading, belowHeading) = area.splitTop(1)
        let count = shownCount == 1 ? "1 case" : "\(shownCount) cases"
        canvas.put("Showing \(scope.label): \(count)   (m: mine / all open / closed)", in: heading, style: .header)
        let tableArea = FilterLine.draw(field: filterField, text: filterText, into: &canvas, area: belowHeading)
        let visible = TableView.visibleRows(in: tableArea)
        let empty = filterText.isEmpty ? "No \(scope.label); press m to show others." : "No case matches the filter; Esc clears it."
        let table = cursor.table(columns: Self.columns, visibleRows: visible, emptyText: empty) { index in
            Self.tableRow(shownRow(index), context: context.app)
        }
        table.draw(into: &canvas, area: tableArea, focused: context.isTopmost)
        if area.width < context.area.width, let caseID = selectedCaseID {
            let detailArea = Rect(x: area.maxX + 1, y: context.area.y, width: context.area.maxX - area.maxX - 1, height: context.area.height)
            canvas.put("Details", in: detailArea, style: .header)
            CaseSummary.pane(for: caseID, context: context.app).draw(into: &canvas, area: detailArea.splitTop(1).rest)
        }
    }

    /// One case as a table row; "!" marks overdue referrals or a reflection period ending
    /// within 7 days, so the warning does not rest on colour.
    static func tableRow(_ row: CaseRow, context: AppContext) -> TableRow {
        let endingSoon = row.reflectionDaysLeft.map { $0 <= 7 } ?? false
        let needsAttention = row.overdueReferrals > 0 || endingSoon
        let next = row.nextPlannedStep.map { Self.shortDate($0.date) + " " + $0.kind.label } ?? ""
        let referrals = row.overdueReferrals > 0 ? "\(row.openReferrals)!" : String(row.openReferrals)
        let cells = [
            row.id, row.alias, row.nationality?.name ?? "", row.exploitationForms.map(\.shortLabel).joined(separator: ", "),
            row.reflectionDaysLeft.map(String.init) ?? "", referrals, next,
            row.lastActivity.localDate(in: context.zone).description,
        ]
        return TableRow(cells, marker: needsAttention ? "!" : " ", style: needsAttention ? .warning : .normal)
    }

    /// `11-30` for a date, for narrow columns.
    static func shortDate(_ date: CalendarDate) -> String {
        String(date.description.dropFirst(5))
    }
}

import AssistanceCore

extension CaseScreen {
    /// The timeline's columns.
    static let columns = [
        TableColumn("Date", minimumWidth: 10),
        TableColumn("Who", minimumWidth: 12, flex: 1),
        TableColumn("What", minimumWidth: 30, flex: 5),
        TableColumn("State", minimumWidth: 9),
    ]

    /// Draws the details, a rule, and the visible part of the timeline.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let (top, rest) = context.area.splitTop(Self.detailRows)
        CaseSummary.pane(for: caseID, context: context.app).draw(into: &canvas, area: top)
        let (rule, tableArea) = rest.splitTop(1)
        let count = timeline.count == 1 ? "1 entry" : "\(timeline.count) entries"
        let heading = "── Timeline: \(count), oldest first "
        canvas.put(heading + String(repeating: "─", count: max(0, rule.width - DisplayWidth.of(heading))), in: rule, style: .dim)
        let visible = TableView.visibleRows(in: tableArea)
        let table = cursor.table(columns: Self.columns, visibleRows: visible, emptyText: "Nothing recorded on this case yet.") { index in
            row(timeline[index], context: context.app)
        }
        table.draw(into: &canvas, area: tableArea, focused: context.isTopmost)
    }

    /// One timeline entry; its state is written out (planned, retracted, amended, a
    /// referral's status) so nothing rests on colour.
    func row(_ item: TimelineItem, context: AppContext) -> TableRow {
        var what = item.summary
        if let detail = item.detail, !detail.isEmpty { what += ": " + detail }
        var state = ""
        var style = Style.normal
        if let status = referralStatusBySeq[item.seq] { state = status.label.lowercased() }
        if plannedStepSeqs.contains(item.seq) {
            state = "planned"
            style = .accent
        }
        if !item.amendedBy.isEmpty { state = "amended" }
        if item.isRetracted {
            state = "retracted"
            style = .dim
        }
        return TableRow([item.timestamp.localDate(in: context.zone).description, item.authorName, what, state], style: style)
    }
}

import AssistanceCore
import Foundation

extension ActivityScreen {
    /// The day's columns; the sentence takes what is left.
    static let columns = [
        TableColumn("Time", minimumWidth: 5),
        TableColumn("Who", minimumWidth: 12, flex: 1),
        TableColumn("What", minimumWidth: 30, flex: 5),
        TableColumn("Case", minimumWidth: 11),
    ]

    /// Draws the day line, the totals, and the visible entries.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let app = context.app
        let (dayLine, rest) = context.area.splitTop(1)
        let (totalsLine, tableArea) = rest.splitTop(1)
        if let dateField {
            canvas.put("Show day: ", in: dayLine, style: .accent)
            dateField.draw(into: &canvas, area: Rect(x: dayLine.x + 10, y: dayLine.y, width: dayLine.width - 10, height: 1), focused: true)
        } else {
            var heading = Self.weekday(day) + " " + day.description
            if day == app.today { heading += " (today)" }
            heading += person.map { " · " + app.state.displayName(of: $0) + "'s entries" } ?? " · everyone"
            canvas.put(heading + "   ([ ] days · t today · d date · p person)", in: dayLine, style: .header)
        }
        canvas.put(Self.totalsLine(totals), in: totalsLine, style: .normal)
        let visible = TableView.visibleRows(in: tableArea)
        let empty = person == nil ? "Nothing was recorded on this day." : "Nothing was recorded by this person on this day; p shows others."
        let table = cursor.table(columns: Self.columns, visibleRows: visible, emptyText: empty) { index in
            row(entries[index], zone: app.zone)
        }
        table.draw(into: &canvas, area: tableArea, focused: context.isTopmost)
    }

    /// One entry; a retracted one says so in words, and an amendment or retraction says
    /// what it changed.
    func row(_ entry: DayEntry, zone: TimeZone) -> TableRow {
        var what = entry.sentence
        if let change = changeDescriptions[entry.seq] { what += " — " + change }
        if entry.isRetracted { what = "(retracted) " + what }
        return TableRow([Self.clock(entry.timestamp, zone: zone), entry.authorName, what, entry.caseID ?? ""],
                        style: entry.isRetracted ? .dim : .normal)
    }

    /// "12 entries · 3 people · 1 new case · 4 steps · 2 referrals sent · 1 answered".
    static func totalsLine(_ totals: DayTotals) -> String {
        func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) " + (count == 1 ? one : many) }
        return [
            counted(totals.entries, "entry", "entries"), counted(totals.peopleActive, "person", "people"),
            counted(totals.newCases, "new case", "new cases"), counted(totals.steps, "step", "steps"),
            counted(totals.referralsSent, "referral sent", "referrals sent"), "\(totals.referralsAnswered) answered",
        ].joined(separator: " · ")
    }

    /// What an amendment or retraction changed: the fields with old and new values, or
    /// what the retracted entry was, then the reason.
    static func describeChange(seq: Int, type: EventType, state: AssistanceState) -> String? {
        if type == .entryAmended, let amendment = state.amendments.first(where: { $0.seq == seq }) {
            let changes = amendment.changes.map { change in
                let before = amendment.previous.first { $0.key == change.key }.map { display($0.value) } ?? "—"
                return "\(change.key): \(before) → \(display(change.value))"
            }
            return (changes + ["reason: " + amendment.reason.firstLine]).joined(separator: "; ")
        }
        guard type == .entryRetracted else { return nil }
        guard let target = state.correctedSeq(byCorrection: seq), let retraction = state.retraction(of: target) else { return nil }
        let what = state.entrySummary(seq: target).map { "it was a \($0.type.rawValue); " } ?? ""
        return what + "reason: " + retraction.reason.firstLine
    }

    /// A stored value as a person reads it.
    static func display(_ value: JSONValue) -> String {
        if let text = value.stringValue { return text.firstLine }
        if let number = value.intValue { return String(number) }
        if let flag = value.boolValue { return flag ? "yes" : "no" }
        if let items = value.arrayValue { return items.map(display).joined(separator: ", ") }
        return "none"
    }

    /// `14:05` in `zone`.
    static func clock(_ timestamp: Timestamp, zone: TimeZone) -> String {
        let offset = Int64(zone.secondsFromGMT(for: timestamp.foundationDate)) * 1000
        let local = timestamp.millisecondsSince1970 + offset
        let minutes = Int((local - Int64(Timestamp(millisecondsSince1970: local).utcDate.dayNumber) * 86_400_000) / 60_000)
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// "Monday".
    static func weekday(_ day: CalendarDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][max(0, min(6, day.isoWeekday - 1))]
    }
}

extension String {
    /// The first line, for showing free text on one line.
    var firstLine: String { String(prefix { $0 != "\n" && $0 != "\r" }) }
}

import AssistanceCore

/// One journal entry that concerns no case (a user added, an organisation changed, a
/// correction of such an entry), opened with Enter from Activity: its seq, when, who, what,
/// and every later amendment or retraction of it. Esc goes back to the day.
public struct EntryScreen: Screen {
    /// The entry shown.
    public let seq: Int
    /// Its lines, label and value, as of the last refresh.
    public private(set) var pane: DetailPane

    /// The entry `seq` of the journal in `context`.
    public init(seq: Int, context: AppContext) {
        self.seq = seq
        pane = Self.pane(seq: seq, context: context)
    }

    /// "Entry 12".
    public var title: String { "Entry \(seq)" }
    /// Only the global keys (Esc goes back).
    public var keyHelp: [KeyHelp] { [] }

    /// Draws the entry's details.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let (heading, rest) = context.area.splitTop(1)
        canvas.put("Entry \(seq)   (Esc goes back)", in: heading, style: .header)
        pane.draw(into: &canvas, area: rest)
    }

    /// Every key is left to the global keys.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult { .ignored }

    /// Shows corrections appended since it opened.
    public mutating func refresh(context: ScreenContext) {
        pane = Self.pane(seq: seq, context: context.app)
    }

    /// The entry's details as the journal's state knows them.
    static func pane(seq: Int, context: AppContext) -> DetailPane {
        let state = context.state
        guard let summary = state.entrySummary(seq: seq) else {
            return DetailPane(items: [DetailPane.Item("Entry", "Entry \(seq) is not in the journal.")])
        }
        let day = summary.timestamp.localDate(in: context.zone)
        let sentence = state.dayEntries(on: day, in: context.zone).first { $0.seq == seq }?.sentence ?? summary.type.rawValue
        var items = [
            DetailPane.Item("Seq", String(seq)),
            DetailPane.Item("When", "\(day) \(ActivityScreen.clock(summary.timestamp, zone: context.zone)) (\(summary.timestamp.iso8601))"),
            DetailPane.Item("Who", state.displayName(of: summary.author) + " (" + summary.author + ")"),
            DetailPane.Item("Type", summary.type.rawValue),
            DetailPane.Item("What", sentence),
        ]
        if let change = ActivityScreen.describeChange(seq: seq, type: summary.type, state: state) {
            items.append(DetailPane.Item("Change", change))
        }
        for amendment in state.amendments(of: seq) {
            let fields = amendment.changes.map(\.key).joined(separator: ", ")
            items.append(DetailPane.Item("Amended", "by entry \(amendment.seq) (\(state.displayName(of: amendment.author))): \(fields); reason: "
                + amendment.reason.firstLine))
        }
        if let retraction = state.retraction(of: seq) {
            items.append(DetailPane.Item("Retracted", "by entry \(retraction.seq) (\(state.displayName(of: retraction.author))); reason: "
                + retraction.reason.firstLine, style: .warning))
        }
        return DetailPane(items: items)
    }
}

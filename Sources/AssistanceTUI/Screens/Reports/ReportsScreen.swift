import AssistanceCore

/// Reports (`5`): the period statistics the centre publishes (DESIGN.md §7), for the
/// supervisor who produces them. The current year by default; `[` and `]` step a year, `p`
/// asks for any period, `s` hides counts below 5 for publication, and `w` writes one CSV
/// file per table. The tables scroll, each with a bar beside its counts.
///
/// The report is computed again only when the period or the journal changes; scrolling and
/// drawing only lay the computed tables out.
public struct ReportsScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        case previousYear, nextYear, enterPeriod, toggleSuppression, writeFiles, nextTable, previousTable
        /// A movement key: the report scrolls.
        case move(Movement)
    }

    /// Which question the open dialog asks.
    public enum Dialog: Hashable, Sendable {
        /// The first and last day of the period.
        case period
        /// The directory the CSV files go into.
        case directory
    }

    /// Counts from 1 to this minus one are hidden while suppression is on.
    public static let suppressionThreshold = 5

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.character("[")], label: "prev year", description: "Show the calendar year before the one shown.", action: .previousYear),
        KeyBinding([.character("]")], label: "next year", description: "Show the calendar year after the one shown.", action: .nextYear),
        KeyBinding([.character("p")], label: "period", description: "Enter any period: a first and a last day (a form).", action: .enterPeriod),
        KeyBinding([.character("s")], label: "suppress", description: "Show counts from 1 to 4 as <5 for publication, or all counts again.",
                   action: .toggleSuppression),
        KeyBinding([.character("w")], label: "write CSV", description: "Write one CSV file per table, as shown, into a directory (asks where).",
                   action: .writeFiles),
        KeyBinding([.character("n")], label: "next table", description: "Jump to the next table.", action: .nextTable,
                   showsInHintBar: false),
        KeyBinding([.character("N")], label: "previous table", description: "Jump to the previous table.", action: .previousTable,
                   showsInHintBar: false),
    ]) + MovementKeys.scrolling.map { .move($0) }

    /// The keys of the period and directory dialogs: the form's own, in words for a
    /// question rather than a record.
    static let dialogKeys = KeyTable<FormDialog.Action>([
        FormDialog.submitKeys.worded(label: "done", description: "Use what the form says."),
        FormDialog.fieldKeys.worded(label: "next field", description: "Go to the next or previous field."),
        FormDialog.clearKeys.shown(inHintBar: true),
        FormDialog.cancelKeys.worded(label: "cancel", description: "Close the form and change nothing."),
    ]) + FormDialog.editingKeys

    /// The days the report covers.
    public internal(set) var period: ReportPeriod
    /// True while counts below the threshold are hidden.
    public internal(set) var suppresses = false
    /// The report as computed, every count shown.
    public internal(set) var report: PeriodReport
    /// The first body line shown.
    public internal(set) var scroll = 0
    /// The dialog open over the report, and which question it asks.
    public internal(set) var form: FormDialog?
    /// What the open dialog asks.
    public internal(set) var dialog: Dialog?
    /// True between `w`'s effect and its answer.
    public internal(set) var isWriting = false
    /// The journal the report was computed from, so a refresh with nothing new costs nothing.
    var computedFrom: AppContext

    /// The report of the current year on the journal in `context`.
    public init(context: AppContext) {
        period = .year(context.today.year)
        report = PeriodReport.build(from: context.state, period: period)
        computedFrom = context
    }

    /// "Reports".
    public var title: String { "Reports" }

    /// The report as shown: with counts suppressed while `s` is on.
    public var shownReport: PeriodReport {
        suppresses ? report.suppressed(below: Self.suppressionThreshold) : report
    }

    /// The dialog's keys while one is open, otherwise the screen's own and the movement keys.
    public var keyHelp: [KeyHelp] {
        form == nil ? Self.keys.help : Self.dialogKeys.help
    }

    /// Letters go into the dialog while one is open.
    public var capturesTextInput: Bool { form != nil }
    /// A dialog holding changed input would lose it.
    public var hasUnsavedInput: Bool { form?.hasUnsavedInput ?? false }

    /// Computes the report again when the journal changed, keeping period, scroll and dialog.
    public mutating func refresh(context: ScreenContext) {
        guard context.app != computedFrom else { return }
        recompute(context.app)
    }

    /// Computes the report of `period` from the journal in `context`.
    mutating func recompute(_ context: AppContext) {
        report = PeriodReport.build(from: context.state, period: period)
        computedFrom = context
    }

    /// The body's lines at the width of `area`.
    func bodyLines(_ context: ScreenContext) -> [ReportLine] {
        ReportLayout.lines(for: shownReport, width: context.area.width, usesBlockCharacters: context.app.isUTF8Terminal)
    }

    /// Body rows on screen: the area less the header line.
    static func bodyRows(_ area: Rect) -> Int { max(1, area.height - 1) }

    /// The dialog, movement, or the key table's actions.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        if form != nil { return handleDialog(key: key, context: context) }
        guard let action = Self.keys.action(for: key) else { return .ignored }
        let lines = bodyLines(context)
        let rows = Self.bodyRows(context.area)
        switch action {
        case .move(let movement):
            scroll = Self.clamped(Self.scrolled(scroll, by: movement, rows: rows), lineCount: lines.count, rows: rows)
        case .previousYear, .nextYear:
            period = action == .previousYear ? period.previousYear : period.nextYear
            scroll = 0
            recompute(context.app)
        case .enterPeriod:
            dialog = .period
            form = FormDialog(title: "Report period", fields: [
                .text("from", label: "First day", value: period.from.description),
                .text("to", label: "Last day", value: period.to.description),
            ])
        case .toggleSuppression:
            suppresses.toggle()
            scroll = Self.clamped(scroll, lineCount: bodyLines(context).count, rows: rows)
        case .writeFiles:
            dialog = .directory
            form = FormDialog(title: "Write CSV files", fields: [
                .text("directory", label: "Directory", value: "~/assist-reports/\(period.from)_\(period.to)"),
            ])
        case .nextTable:
            if let next = lines.indices.first(where: { $0 > scroll && lines[$0].startsTable }) {
                scroll = Self.clamped(next, lineCount: lines.count, rows: rows)
            }
        case .previousTable:
            if let previous = lines.indices.last(where: { $0 < scroll && lines[$0].startsTable }) { scroll = previous }
        }
        return .handled
    }

    /// The scroll position after `movement`, before clamping.
    static func scrolled(_ scroll: Int, by movement: Movement, rows: Int) -> Int {
        switch movement {
        case .down: scroll + 1
        case .up: scroll - 1
        case .pageDown: scroll + rows
        case .pageUp: scroll - rows
        case .first: 0
        case .last: Int.max / 2
        }
    }

    /// `scroll` kept between the first line and the last full screen.
    static func clamped(_ scroll: Int, lineCount: Int, rows: Int) -> Int {
        min(max(0, scroll), max(0, lineCount - rows))
    }
}

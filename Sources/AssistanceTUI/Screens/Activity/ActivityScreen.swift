import AssistanceCore
import Foundation

/// Activity (`3`): the supervisor's day. One local day's entries — time, who, what as a
/// sentence, which case — with the day's totals on top; `[` and `]` walk the days (empty
/// ones too), `t` comes back to today, `d` takes a typed date, `p` narrows to one person.
/// Enter opens the entry's case, or the entry itself when it has none.
public struct ActivityScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        case open, previousDay, nextDay, today, typeDate, cyclePerson
        /// A movement key.
        case move(Movement)
        /// A key while a day is typed after `d`.
        case dateLine(PromptAction)
    }

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.enter], label: "open", description: "Open the entry's case, or the entry itself when it concerns no case.", action: .open),
        KeyBinding([.character("[")], label: "prev day", description: "Show the previous day.", action: .previousDay),
        KeyBinding([.character("]")], label: "next day", description: "Show the next day.", action: .nextDay),
        KeyBinding([.character("t")], label: "today", description: "Show today.", action: .today),
        KeyBinding([.character("d")], label: "date", description: "Type a day to show: 2026-11-30, today, -3 (days ago) or +7.", action: .typeDate),
        KeyBinding([.character("p")], label: "person", description: "Show one person's entries, each registered user in turn, then everyone's.",
                   action: .cyclePerson),
    ]) + MovementKeys.list.map { .move($0) }

    /// While a day is typed: Enter shows it, Esc gives up, the rest edits it.
    static let dateTypingKeys: KeyTable<Action> = PromptKeys.entry.map { .dateLine($0) }

    /// The day shown.
    public private(set) var day: CalendarDate
    /// Only this login's entries, or everyone's when nil.
    public private(set) var person: String?
    /// The day's entries (the person's only, when one is chosen), in journal order.
    public private(set) var entries: [DayEntry] = []
    /// The day's totals, for everyone.
    public private(set) var totals: DayTotals
    /// What each amendment and retraction of the day changed, by its seq.
    var changeDescriptions: [Int: String] = [:]
    /// The day being typed after `d`.
    public private(set) var dateField: TextField?
    /// Selection and scroll.
    public private(set) var cursor = ListCursor()
    /// Rows the list had room for when last drawn or moved, for paging.
    var visibleRows = 16

    /// Today's activity, everyone's.
    public init(context: AppContext) {
        day = context.today
        totals = context.state.dayTotals(on: day, in: context.zone)
        load(context, keeping: nil)
    }

    /// "Activity".
    public var title: String { "Activity" }
    /// The screen's key table.
    public var keyHelp: [KeyHelp] { Self.keys.help }
    /// While a date is typed, letters go into it.
    public var capturesTextInput: Bool { dateField != nil }

    /// The selected entry.
    public var selectedEntry: DayEntry? { entries.indices.contains(cursor.selection) ? entries[cursor.selection] : nil }

    /// Catches up with the journal, keeping the day, the person and the selected entry.
    public mutating func refresh(context: ScreenContext) {
        visibleRows = Self.listRows(in: context.area)
        load(context.app, keeping: selectedEntry?.seq)
    }

    /// Reads the day's entries and totals; selects `seq` when still listed.
    mutating func load(_ context: AppContext, keeping seq: Int?) {
        let state = context.state
        entries = state.dayEntries(on: day, in: context.zone, author: person)
        totals = state.dayTotals(on: day, in: context.zone)
        changeDescriptions = [:]
        for entry in entries where entry.type == .entryAmended || entry.type == .entryRetracted {
            changeDescriptions[entry.seq] = Self.describeChange(seq: entry.seq, type: entry.type, state: state)
        }
        let index = seq.flatMap { wanted in entries.firstIndex { $0.seq == wanted } } ?? cursor.selection
        cursor.reset(count: entries.count, selecting: index, visibleRows: visibleRows)
    }

    /// Shows `newDay` from its first entry.
    mutating func show(_ newDay: CalendarDate, _ context: AppContext) {
        day = newDay
        cursor = ListCursor()
        load(context, keeping: nil)
    }

    /// Rows that fit under the day line, the totals line and the table header.
    static func listRows(in area: Rect) -> Int { max(1, TableView.visibleRows(in: area) - 2) }

    /// Typing a date, movement, or the key table's actions.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        visibleRows = Self.listRows(in: context.area)
        guard let action = (dateField == nil ? Self.keys : Self.dateTypingKeys).action(for: key) else { return .ignored }
        switch action {
        case .move(let movement):
            cursor.move(movement, visibleRows: visibleRows)
        case .dateLine(let prompt):
            return editDate(prompt, context.app)
        case .open:
            guard let entry = selectedEntry else {
                return .message(MessageLine(.error, "No entry is selected; press [ or ] to show another day."))
            }
            if let caseID = entry.caseID, context.app.state.case(caseID) != nil {
                return .push(CaseScreen(caseID: caseID, context: context.app))
            }
            return .push(EntryScreen(seq: entry.seq, context: context.app))
        case .previousDay: show(day.adding(days: -1), context.app)
        case .nextDay: show(day.adding(days: 1), context.app)
        case .today: show(context.app.today, context.app)
        case .typeDate: dateField = TextField(text: "")
        case .cyclePerson:
            let logins = context.app.state.usersByName.map(\.login)
            let position = person.flatMap { logins.firstIndex(of: $0) }
            let next = position.map { $0 + 1 } ?? 0
            person = next < logins.count ? logins[next] : nil
            cursor = ListCursor()
            load(context.app, keeping: nil)
        }
        return .handled
    }

    /// Esc gives up, Enter shows the day typed (or says why it is not a day), other keys edit it.
    mutating func editDate(_ prompt: PromptAction, _ context: AppContext) -> ScreenResult {
        switch prompt {
        case .cancel:
            dateField = nil
        case .accept:
            do {
                let wanted = try DateInput.parse((dateField?.text ?? "").trimmingCharacters(in: .whitespaces), today: context.today)
                dateField = nil
                show(wanted, context)
            } catch {
                return .message(MessageLine(.error, error.description))
            }
        case .edit(let edit):
            dateField?.apply(edit)
        }
        return .handled
    }
}

import AssistanceCore

/// Referrals (`2`): the coordinator's board. Every open referral across organisations,
/// grouped by status or by organisation, oldest first, overdue ones marked in words and
/// colour; keys record what the organisation answered and follow-ups. Opened from an
/// organisation in the directory it shows that organisation's referrals only.
///
/// Coordinators and above record outcomes; anyone else is told why they cannot.
public struct ReferralBoardScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        case open, filter, cycleView, toggleGrouping
        case record(ReferralOutcome)
        /// A movement key; the selection steps off headings.
        case move(Movement)
        /// A key of the filter line: while it is typed, or Esc clearing a kept filter.
        case filterLine(PromptAction)
    }

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.enter], label: "case", description: "Open the case of the selected referral.", action: .open),
        KeyBinding([.character("A")], label: "accepted", description: "Record that the organisation accepted (service date optional).",
                   action: .record(.accepted)),
        KeyBinding([.character("X")], label: "declined", description: "Record that the organisation declined, with its reason.",
                   action: .record(.declined)),
        KeyBinding([.character("K")], label: "completed", description: "Record that the service was completed.", action: .record(.completed)),
        KeyBinding([.character("W")], label: "withdrawn", description: "Withdraw the referral, with a reason (asks first).",
                   action: .record(.withdrawn)),
        KeyBinding([.character("F")], label: "follow-up", description: "Record a follow-up contact with a note.", action: .record(.followUp)),
        KeyBinding([.character("/")], label: "filter", description: "Filter by case, alias, organisation or service as you type; Esc clears it.",
                   action: .filter),
        KeyBinding([.character("f")], label: "view", description: "Show open, overdue only, declined in the last 30 days, or all, in turn.",
                   action: .cycleView),
        KeyBinding([.character("o")], label: "group", description: "Group by status or by organisation.", action: .toggleGrouping),
    ]) + MovementKeys.list.map { .move($0) }

    /// Which referrals are shown.
    public internal(set) var view: ReferralBoardView
    /// How they are grouped.
    public internal(set) var grouping: ReferralGrouping
    /// Only this organisation's referrals, when opened from the directory.
    public let organisationID: String?
    /// The filter in force.
    public internal(set) var filterText = ""
    /// The filter being typed, while `/` is active.
    public internal(set) var filterField: TextField?
    /// The referrals matching the view and filter, oldest first.
    public internal(set) var rows: [ReferralRow] = []
    /// Headings and referrals in drawing order.
    public internal(set) var lines: [ReferralBoardLine] = []
    /// Selection and scroll over `lines`; it never rests on a heading while a referral is listed.
    public internal(set) var cursor = ListCursor()
    /// Lines the list had room for when last drawn or moved, for paging.
    var visibleRows = 16
    /// The board's name in the tab bar, or the organisation's.
    public let title: String

    /// The board over every organisation, or over `organisationID`'s referrals of every
    /// state when opened from the directory.
    public init(context: AppContext, organisationID: String? = nil) {
        self.organisationID = organisationID
        view = organisationID == nil ? .open : .all
        grouping = .status
        title = organisationID.map { context.state.organisation($0)?.name ?? $0 } ?? "Referrals"
        requery(context, keeping: nil)
    }

    /// The screen's key table.
    public var keyHelp: [KeyHelp] { Self.keys.help }
    /// While the filter is typed, letters go into it.
    public var capturesTextInput: Bool { filterField != nil }

    /// The selected referral.
    public var selectedRow: ReferralRow? {
        guard lines.indices.contains(cursor.selection), case .referral(let index) = lines[cursor.selection] else { return nil }
        return rows[index]
    }

    /// Catches up with the journal, keeping the selected referral, view, grouping and filter.
    public mutating func refresh(context: ScreenContext) {
        visibleRows = listRows(in: context.area)
        requery(context.app, keeping: selectedRow?.id)
    }

    /// Shows overdue referrals only, the filter cleared: where `!` lands from the top line.
    public mutating func showOverdue(context: AppContext) {
        view = .overdue
        filterText = ""
        filterField = nil
        requery(context, keeping: selectedRow?.id)
    }

    /// Queries the rows, groups them, and selects `referralID` when it is still listed.
    mutating func requery(_ context: AppContext, keeping referralID: String?) {
        let previous = cursor.selection
        let query = NameQuery(filterText)
        rows = view.rows(in: context.state, organisationID: organisationID, today: context.today)
        if !query.isEmpty { rows = rows.filter { query.matches(Self.searchKey(of: $0)) } }
        lines = grouping.lines(for: rows)
        let kept = referralID.flatMap { id in lines.firstIndex { if case .referral(let index) = $0 { rows[index].id == id } else { false } } }
        cursor.reset(count: lines.count, selecting: kept ?? previous, visibleRows: visibleRows)
        stepOffHeading(downward: true)
    }

    /// What `/` matches: ids, alias, organisation and service, folded as the Cases filter
    /// folds them ("duc" finds "Đức"). Built per row as the filter changes, as the rows
    /// themselves are.
    static func searchKey(of row: ReferralRow) -> [UInt8] {
        NameFolding.key([row.id, row.caseID, row.caseAlias, row.organisationID, row.organisationName, row.serviceKind.label, row.serviceKind.rawValue])
    }

    /// Moves the selection off a heading onto the nearest referral in the direction of travel.
    mutating func stepOffHeading(downward: Bool) {
        guard lines.indices.contains(cursor.selection), case .heading = lines[cursor.selection] else { return }
        let step = downward && cursor.selection + 1 < lines.count || cursor.selection == 0 ? 1 : -1
        cursor.select(cursor.selection + step, visibleRows: visibleRows)
    }
}

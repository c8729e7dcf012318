import AssistanceCore
import Foundation

/// Organisations (`4`): the directory a coordinator keeps. Every organisation with its open
/// and overdue referrals, the declines of the last 90 days and the median days it takes to
/// answer; Enter shows its referrals, `N` adds one, `e` edits, `I` marks it inactive (or
/// active again). Coordinators and above change the directory; others are told why not.
public struct OrganisationsScreen: Screen {
    /// What the screen's keys do.
    public enum Action: Hashable, Sendable {
        /// Enter: the organisation's referrals.
        case open
        /// A movement key.
        case move(Movement)
        /// A key that changes the directory (a form), if the person may.
        case change(Change)
    }

    /// What a directory key changes.
    public enum Change: Hashable, Sendable {
        /// `N`: add an organisation.
        case add
        /// `e`: edit the selected one.
        case edit
        /// `I`: mark it inactive, or active again.
        case toggleActive
    }

    /// The screen's key table: dispatcher, hint line and help overlay all read it.
    public static let keys = KeyTable<Action>([
        KeyBinding([.enter], label: "referrals", description: "Show the selected organisation's referrals, of every state.", action: .open),
        KeyBinding([.character("N")], label: "new", description: "Add an organisation (a form).", action: .change(.add)),
        KeyBinding([.character("e")], label: "edit", description: "Edit the selected organisation's name, kind, contact or city.", action: .change(.edit)),
        KeyBinding([.character("I")], label: "inactive", description: "Mark the selected organisation inactive, or active again (asks first).",
                   action: .change(.toggleActive)),
    ]) + MovementKeys.list.map { .move($0) }

    /// How far back the "declined" column looks.
    public static let declinedWindowDays = 90

    /// The organisations by name, with their referral counts.
    public private(set) var rows: [OrganisationRow] = []
    /// Declines and answering times by organisation id.
    public private(set) var answers: [String: OrganisationAnswers] = [:]
    /// Selection and scroll.
    public private(set) var cursor = ListCursor()
    /// Rows the list had room for when last drawn or moved, for paging.
    var visibleRows = 17

    /// The directory of the journal in `context`.
    public init(context: AppContext) {
        load(context, keeping: nil)
    }

    /// "Organisations".
    public var title: String { "Organisations" }
    /// The screen's key table.
    public var keyHelp: [KeyHelp] { Self.keys.help }

    /// The selected organisation.
    public var selectedOrganisation: Organisation? { rows.indices.contains(cursor.selection) ? rows[cursor.selection].organisation : nil }

    /// Catches up with the journal, keeping the selected organisation.
    public mutating func refresh(context: ScreenContext) {
        visibleRows = Self.listRows(in: context.area)
        load(context.app, keeping: selectedOrganisation?.id)
    }

    /// Reads the directory; selects `organisationID` when still there.
    mutating func load(_ context: AppContext, keeping organisationID: String?) {
        rows = context.state.organisationRows(today: context.today)
        answers = context.state.organisationAnswers(declinedWithinDays: Self.declinedWindowDays, today: context.today)
        let index = organisationID.flatMap { id in rows.firstIndex { $0.organisation.id == id } } ?? cursor.selection
        cursor.reset(count: rows.count, selecting: index, visibleRows: visibleRows)
    }

    /// Rows that fit under the heading and the table header.
    static func listRows(in area: Rect) -> Int { max(1, TableView.visibleRows(in: area) - 1) }

    /// Movement or the key table's actions.
    public mutating func handle(key: Key, context: ScreenContext) -> ScreenResult {
        visibleRows = Self.listRows(in: context.area)
        switch Self.keys.action(for: key) {
        case nil:
            return .ignored
        case .move(let movement)?:
            cursor.move(movement, visibleRows: visibleRows)
            return .handled
        case .open?:
            guard let organisation = selectedOrganisation else { return .message(MessageLine(.error, Self.noneSelected)) }
            return .push(ReferralBoardScreen(context: context.app, organisationID: organisation.id))
        case .change(let change)?:
            return self.change(change, context: context)
        }
    }

    /// Opens the form for `change`, first asking whether the person may change the directory.
    func change(_ change: Change, context: ScreenContext) -> ScreenResult {
        let kind: EventType = change == .add ? .organisationAdded : .organisationUpdated
        if let refusal = context.app.refusal(for: kind) { return .message(MessageLine(.error, refusal)) }
        let purpose: FormPurpose
        switch change {
        case .add: purpose = .addOrganisation
        case .edit, .toggleActive:
            guard let organisation = selectedOrganisation else { return .message(MessageLine(.error, Self.noneSelected)) }
            purpose = change == .edit
                ? .editOrganisation(organisationID: organisation.id)
                : .setOrganisationActive(organisationID: organisation.id, isActive: !organisation.isActive)
        }
        return .push(FormScreen(purpose: purpose, context: context.app))
    }

    /// Why nothing can be done to "the selected organisation".
    static let noneSelected = "No organisation is selected; press N to add one."

    /// The directory's columns.
    static let columns = [
        TableColumn("Id", minimumWidth: 10, flex: 1),
        TableColumn("Name", minimumWidth: 12, flex: 4),
        TableColumn("Kind", minimumWidth: 9, flex: 2),
        TableColumn("City", minimumWidth: 7, flex: 2),
        TableColumn("Active", minimumWidth: 6),
        TableColumn("Open", minimumWidth: 4, alignment: .right),
        TableColumn("Overdue", minimumWidth: 7, alignment: .right),
        TableColumn("Declined", minimumWidth: 8, alignment: .right),
        TableColumn("Median", minimumWidth: 6, alignment: .right),
    ]

    /// Draws the heading and the visible organisations.
    public func draw(into canvas: inout Canvas, context: ScreenContext) {
        let (heading, tableArea) = context.area.splitTop(1)
        let active = rows.filter(\.organisation.isActive).count
        let count = rows.count == 1 ? "1 organisation" : "\(rows.count) organisations"
        canvas.put("\(count), \(active) active · declined: last \(Self.declinedWindowDays) days · median: days to answer", in: heading, style: .header)
        let table = cursor.table(columns: Self.columns, visibleRows: TableView.visibleRows(in: tableArea),
                                 emptyText: "No organisations yet; press N to add one.") { index in
            tableRow(rows[index])
        }
        table.draw(into: &canvas, area: tableArea, focused: context.isTopmost)
    }

    /// One organisation; overdue referrals carry "!", an inactive one is dimmed and says "no".
    func tableRow(_ row: OrganisationRow) -> TableRow {
        let organisation = row.organisation
        let answered = answers[organisation.id]
        let median = answered?.medianDaysToAnswer.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0) } ?? "–"
        let cells = [
            organisation.id, organisation.name, organisation.kind.label, organisation.city ?? "", organisation.isActive ? "yes" : "no",
            String(row.openReferrals), String(row.overdueReferrals), String(answered?.declinedRecently ?? 0), median,
        ]
        let style: Style = row.overdueReferrals > 0 ? .warning : (organisation.isActive ? .normal : .dim)
        return TableRow(cells, marker: row.overdueReferrals > 0 ? "!" : " ", style: style)
    }
}

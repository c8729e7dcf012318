import AssistanceCore

/// Which referrals the board shows (`f` cycles them).
public enum ReferralBoardView: String, Hashable, Sendable, CaseIterable {
    /// Sent or accepted.
    case open
    /// Open and overdue only.
    case overdue
    /// Declined within the last 30 days: where a pattern of refusals shows.
    case declinedLately
    /// Every referral, whatever its state.
    case all

    /// The words for the screen's first line.
    public var label: String {
        switch self {
        case .open: "open referrals"
        case .overdue: "overdue referrals"
        case .declinedLately: "referrals declined in the last \(Self.declinedWindowDays) days"
        case .all: "all referrals"
        }
    }

    /// How far back "declined lately" looks.
    public static let declinedWindowDays = 30
}

/// How the board groups its rows (`o` toggles).
public enum ReferralGrouping: String, Hashable, Sendable, CaseIterable {
    /// Sent, accepted (and, in the wider views, the closed states).
    case status
    /// By organisation name.
    case organisation
}

/// One line of the board: a group's heading or a referral.
public enum ReferralBoardLine: Hashable, Sendable {
    /// A group's name with its open and overdue counts, written out.
    case heading(String)
    /// A referral, by its index in the board's rows.
    case referral(Int)
}

extension ReferralBoardView {
    /// The rows for this view, oldest first, optionally of one organisation only.
    func rows(in state: AssistanceState, organisationID: String?, today: CalendarDate) -> [ReferralRow] {
        switch self {
        case .open: state.referralRows(.open, organisationID: organisationID, today: today)
        case .overdue: state.referralRows(.overdue, organisationID: organisationID, today: today)
        case .all: state.referralRows(.all, organisationID: organisationID, today: today)
        case .declinedLately:
            state.declinedReferralRows(withinDays: Self.declinedWindowDays, today: today).filter {
                organisationID == nil || $0.organisationID == organisationID
            }
        }
    }
}

extension ReferralGrouping {
    /// The board's lines: each group's heading, then its referrals oldest first. Groups by
    /// status follow the lifecycle; groups by organisation go by name.
    func lines(for rows: [ReferralRow]) -> [ReferralBoardLine] {
        var groups: [(key: String, title: String, members: [Int])] = []
        var positionByKey: [String: Int] = [:]
        for (index, row) in rows.enumerated() {
            let key = self == .status ? row.status.rawValue : row.organisationID
            if let position = positionByKey[key] {
                groups[position].members.append(index)
            } else {
                positionByKey[key] = groups.count
                groups.append((key, self == .status ? row.status.label : row.organisationName, [index]))
            }
        }
        switch self {
        case .status:
            let order = ReferralStatus.allCases.map(\.rawValue)
            groups.sort { order.firstIndex(of: $0.key)! < order.firstIndex(of: $1.key)! }
        case .organisation:
            groups.sort { ($0.title.lowercased(), $0.key) < ($1.title.lowercased(), $1.key) }
        }
        var lines: [ReferralBoardLine] = []
        for group in groups {
            let open = group.members.filter { rows[$0].status.isOpen }.count
            let overdue = group.members.filter { rows[$0].isOverdue }.count
            let count = group.members.count
            let heading = open == count
                ? "\(group.title): \(open) open, \(overdue) overdue"
                : "\(group.title): \(count) referral\(count == 1 ? "" : "s"), \(open) open, \(overdue) overdue"
            lines.append(.heading(heading))
            lines += group.members.map(ReferralBoardLine.referral)
        }
        return lines
    }
}

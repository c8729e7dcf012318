import AssistanceCore
import Foundation

/// What every screen reads: the journal's state as last read, today, the person at the
/// terminal and why recording might be impossible. Screens never hold the store; they get
/// a fresh context with every draw, key and refresh (the runtime's `StoreSession` builds it).
public struct AppContext: Sendable {
    /// Everything the journal says, as of the last read.
    public var state: AssistanceState
    /// Today in the person's zone; dates typed as `today`, `-3` or `+7` count from it.
    public var today: CalendarDate
    /// The zone for local dates and times.
    public var zone: TimeZone
    /// The OS login of the person at the terminal (the actor of every append).
    public var login: String
    /// The journal's file name, for the top line.
    public var journalName: String
    /// Why the journal can only be read (damage, permissions), as a sentence; nil when it can be written.
    public var readOnlyReason: String?
    /// Overdue referrals and reflection periods ending within 7 days, across the journal;
    /// counted once per change rather than once per frame, since it visits every case.
    public let attention: AttentionCounts
    /// True when the terminal's locale speaks UTF-8, so block characters (`█▌`) can be drawn;
    /// false draws bar charts in ASCII `#`.
    public var isUTF8Terminal: Bool

    /// A context over `state` for `login`.
    public init(state: AssistanceState, today: CalendarDate, zone: TimeZone, login: String,
                journalName: String, readOnlyReason: String? = nil, isUTF8Terminal: Bool = true) {
        self.state = state
        self.today = today
        self.zone = zone
        self.login = login
        self.journalName = journalName
        self.readOnlyReason = readOnlyReason
        attention = state.attention(today: today)
        self.isUTF8Terminal = isUTF8Terminal
    }

    /// An empty journal seen by nobody: for screens drawn before any journal is open.
    public static let empty = AppContext(state: AssistanceState(), today: CalendarDate(iso: "2026-01-01")!, zone: TimeZone(identifier: "UTC")!,
                                         login: "", journalName: "")

    /// The person at the terminal, when registered in the journal.
    public var user: User? { state.user(login) }

    /// "Mette Nielsen (caseworker)", or the login and "not registered".
    public var userLabel: String {
        guard let user else { return SafeText.display(login) + " (not registered)" }
        return user.displayName + " (" + user.role.label.lowercased() + ")"
    }

    /// Why the person may not record events of `kind` here, as a sentence for the message
    /// line; nil when they may. The core checks again on append, so this only spares a form.
    public func refusal(for kind: EventType) -> String? {
        if let readOnlyReason { return "The journal is read-only, so nothing can be recorded: " + readOnlyReason }
        guard let user else {
            return "You ('\(SafeText.display(login))') are not registered in this journal, so you can look but not record; ask an admin to add you with 'assist user add'."
        }
        let needed = Permissions.minimumRole(for: kind)
        guard user.role >= needed else {
            return "A \(user.role.label.lowercased()) may not do this; it needs the role \(needed.label.lowercased()) or higher."
        }
        return nil
    }

    /// Identifies the journal's content, so two contexts can be compared cheaply.
    var identity: [String] {
        [String(state.lastSeq), String(state.entryCount), today.description, login, journalName, readOnlyReason ?? "",
         String(isUTF8Terminal)]
    }
}

extension AppContext: Hashable {
    /// Two contexts are equal when they show the same entries of the same journal, on the
    /// same day, to the same person.
    public static func == (lhs: AppContext, rhs: AppContext) -> Bool { lhs.identity == rhs.identity }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) { hasher.combine(identity) }
}

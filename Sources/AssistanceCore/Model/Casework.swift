/// Something done for a person, or planned (the caseworker's next action).
public struct AssistanceStep: Sendable, Hashable {
    /// The `seq` of the `step.recorded` entry; steps have no other id.
    public var seq: Int
    /// The case it belongs to.
    public var caseID: String
    /// What kind of assistance.
    public var kind: StepKind
    /// The day it happened or is planned for.
    public var date: CalendarDate
    /// Whether it has happened.
    public var isDone: Bool
    /// The day it was marked done, when recorded as planned first.
    public var doneOn: CalendarDate?
    /// The note given when it was marked done.
    public var doneNote: String?
    /// The organisation that provided it.
    public var organisationID: String?
    /// Free text.
    public var note: String?
    /// Who recorded it.
    public var author: String
    /// Whether the entry was retracted.
    public var isRetracted: Bool
}

/// A referral of a person to an organisation for a service.
public struct Referral: Sendable, Hashable {
    /// `R-YYYY-NNNN`: the year it was sent and a sequence within that year.
    public var id: String
    /// The case.
    public var caseID: String
    /// The organisation referred to.
    public var organisationID: String
    /// The service asked for.
    public var serviceKind: StepKind
    /// Reason or note.
    public var note: String?
    /// The day it was made.
    public var madeOn: CalendarDate
    /// The day an answer is due.
    public var respondBy: CalendarDate
    /// Where it is in its lifecycle.
    public var status: ReferralStatus
    /// The day the service is agreed to happen, once accepted.
    public var serviceDate: CalendarDate?
    /// The day of the latest outcome (accepted, declined, completed, withdrawn).
    public var answeredOn: CalendarDate?
    /// The day it was accepted, kept after completion overwrites ``answeredOn``, so that
    /// reports can measure the time to an answer.
    public var acceptedOn: CalendarDate? = nil
    /// Why it was declined or withdrawn.
    public var outcomeReason: String?
    /// Contacts made to chase or check on it.
    public var followUps: [FollowUp]
    /// Why it was sent without the person's consent to sharing, if it was.
    public var consentOverrideReason: String?
    /// The `referral.sent` entry.
    public var sentSeq: Int
    /// Who sent it.
    public var author: String
    /// Whether the sending entry was retracted.
    public var isRetracted: Bool

    /// Neither completed, declined, withdrawn nor retracted.
    public var isOpen: Bool { status.isOpen && !isRetracted }

    /// DESIGN.md §2: an open `sent` referral past its respond-by date, or an `accepted` one
    /// whose agreed service date has passed without completion.
    public func isOverdue(today: CalendarDate) -> Bool {
        guard !isRetracted else { return false }
        switch status {
        case .sent: return today > respondBy
        case .accepted: return serviceDate.map { today > $0 } ?? false
        default: return false
        }
    }

    /// Days since it was made.
    public func daysWaiting(today: CalendarDate) -> Int { today.days(since: madeOn) }
}

/// One follow-up contact on a referral.
public struct FollowUp: Sendable, Hashable {
    /// The `referral.follow_up` entry.
    public var seq: Int
    /// The day of the contact.
    public var on: CalendarDate
    /// What was said or agreed.
    public var note: String
    /// Who recorded it.
    public var author: String
    /// Whether the entry was retracted.
    public var isRetracted: Bool
}

/// Free text on a case.
public struct Note: Sendable, Hashable {
    /// The `note.added` entry.
    public var seq: Int
    /// The case.
    public var caseID: String
    /// The text, in any script.
    public var text: String
    /// Who wrote it.
    public var author: String
    /// When it was recorded.
    public var timestamp: Timestamp
    /// Whether the entry was retracted.
    public var isRetracted: Bool
}

/// A correction of an earlier entry; the state keeps the values before and after.
public struct Amendment: Sendable, Hashable {
    /// The `entry.amended` entry.
    public var seq: Int
    /// The entry corrected.
    public var targetSeq: Int
    /// Why.
    public var reason: String
    /// Who amended it.
    public var author: String
    /// When.
    public var timestamp: Timestamp
    /// The changed fields with their new values (event data keys).
    public var changes: [JSONMember]
    /// The same fields with the values they had before.
    public var previous: [JSONMember]
}

/// The withdrawal of an earlier entry: it stays in the history, marked, and stops counting.
public struct Retraction: Sendable, Hashable {
    /// The `entry.retracted` entry.
    public var seq: Int
    /// The entry retracted.
    public var targetSeq: Int
    /// Why.
    public var reason: String
    /// Who retracted it.
    public var author: String
    /// When.
    public var timestamp: Timestamp
}

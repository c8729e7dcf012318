/// Every event type the journal holds; the raw value is the entry's `type` token.
///
/// The `data` keys of each type are documented on the ``Command`` case that produces it.
public enum EventType: String, Sendable, Hashable, CaseIterable {
    case userAdded = "user.added"
    case userRoleChanged = "user.role_changed"
    case organisationAdded = "org.added"
    case organisationUpdated = "org.updated"
    case caseOpened = "case.opened"
    case caseUpdated = "case.updated"
    case caseAssigned = "case.assigned"
    case consentRecorded = "case.consent_recorded"
    case reflectionStarted = "case.reflection_started"
    case reflectionExtended = "case.reflection_extended"
    case caseClosed = "case.closed"
    case caseReopened = "case.reopened"
    case stepRecorded = "step.recorded"
    case stepDone = "step.done"
    case referralSent = "referral.sent"
    case referralAccepted = "referral.accepted"
    case referralDeclined = "referral.declined"
    case referralCompleted = "referral.completed"
    case referralWithdrawn = "referral.withdrawn"
    case referralFollowUp = "referral.follow_up"
    case noteAdded = "note.added"
    case entryAmended = "entry.amended"
    case entryRetracted = "entry.retracted"
    case journalRecovered = "journal.recovered"
}

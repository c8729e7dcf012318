import AssistanceCore

/// What a form records: which command its values become. Field names are the event's data
/// keys, so a refusal from the core (`CommandError.field`) lands next to the right field.
public enum FormPurpose: Hashable, Sendable {
    /// `N` on Cases: a new case.
    case openCase
    /// `e` in a case: change its details.
    case editCase(caseID: String)
    /// `a` in a case: an assistance step, done or planned.
    case recordStep(caseID: String)
    /// `D` in a case: mark a planned step done.
    case markStepDone(stepSeq: Int)
    /// `r` in a case: refer the person to an organisation.
    case sendReferral(caseID: String)
    /// `n` in a case: a free-text note.
    case addNote(caseID: String)
    /// `x` in a case: amend or retract an entry, with a reason.
    case correctEntry(seq: Int, type: EventType)
    /// `C` in a case: close it, with a reason.
    case closeCase(caseID: String)
    /// `A X K W F` on the Referrals board: what the organisation answered, or a follow-up.
    case referralOutcome(referralID: String, outcome: ReferralOutcome)
    /// `N` on Organisations: a new organisation.
    case addOrganisation
    /// `e` on Organisations: change an organisation's name, kind, contact or city.
    case editOrganisation(organisationID: String)
    /// `I` on Organisations: mark an organisation inactive (or active again).
    case setOrganisationActive(organisationID: String, isActive: Bool)

    /// The event type the form appends, for the permission check before it opens.
    public var eventType: EventType {
        switch self {
        case .openCase: .caseOpened
        case .editCase: .caseUpdated
        case .recordStep: .stepRecorded
        case .markStepDone: .stepDone
        case .sendReferral: .referralSent
        case .addNote: .noteAdded
        case .correctEntry: .entryAmended
        case .closeCase: .caseClosed
        case .referralOutcome(_, let outcome): outcome.eventType
        case .addOrganisation: .organisationAdded
        case .editOrganisation, .setOrganisationActive: .organisationUpdated
        }
    }

    /// The question asked before saving, for what closes or retracts; nil to save at once.
    public func confirmation(values: [String: String]) -> ConfirmDialog? {
        switch self {
        case .closeCase(let caseID):
            return ConfirmDialog(title: "Close case", question: "Close case \(caseID)? It leaves the open cases.")
        case .correctEntry(let seq, _) where values["action"] == "retract":
            return ConfirmDialog(title: "Retract", question: "Retract entry \(seq)? It stays in the history, marked retracted.")
        case .referralOutcome(let referralID, .withdrawn):
            return ConfirmDialog(title: "Withdraw", question: "Withdraw referral \(referralID)? It leaves the open referrals.")
        case .setOrganisationActive(let organisationID, false):
            return ConfirmDialog(title: "Mark inactive", question: "Mark \(organisationID) inactive? No new referrals can be sent to it.")
        default:
            return nil
        }
    }

    /// Field names whose text may be long: `Ctrl-E` edits them in `$EDITOR`.
    public static let longTextFields: Set<String> = ["note", "text", "reason", "consent_override", "value"]
}

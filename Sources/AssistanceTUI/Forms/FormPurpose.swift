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
        }
    }

    /// The question asked before saving, for what closes or retracts; nil to save at once.
    public func confirmation(values: [String: String]) -> ConfirmDialog? {
        switch self {
        case .closeCase(let caseID):
            return ConfirmDialog(title: "Close case", question: "Close case \(caseID)? It leaves the open cases.")
        case .correctEntry(let seq, _) where values["action"] == "retract":
            return ConfirmDialog(title: "Retract", question: "Retract entry \(seq)? It stays in the history, marked retracted.")
        default:
            return nil
        }
    }

    /// Field names whose text may be long: `Ctrl-E` edits them in `$EDITOR`.
    public static let longTextFields: Set<String> = ["note", "text", "reason", "consent_override", "value"]
}

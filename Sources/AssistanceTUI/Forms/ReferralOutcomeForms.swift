import AssistanceCore

/// What a coordinator records on a referral from the board: the organisation's answer, or
/// a contact made to chase it.
public enum ReferralOutcome: String, Hashable, Sendable, CaseIterable {
    /// `A`: the organisation took the person on, perhaps with a service date.
    case accepted
    /// `X`: the organisation said no; the reason is required.
    case declined
    /// `K`: the service happened.
    case completed
    /// `W`: the centre withdrew the referral; the reason is required.
    case withdrawn
    /// `F`: a follow-up contact, with a note of what was said.
    case followUp

    /// The event the outcome appends, for the permission check before the form opens.
    public var eventType: EventType {
        switch self {
        case .accepted: .referralAccepted
        case .declined: .referralDeclined
        case .completed: .referralCompleted
        case .withdrawn: .referralWithdrawn
        case .followUp: .referralFollowUp
        }
    }

    /// The form's title for referral `referralID`.
    func title(_ referralID: String) -> String {
        switch self {
        case .accepted: "\(referralID) accepted"
        case .declined: "\(referralID) declined"
        case .completed: "\(referralID) completed"
        case .withdrawn: "Withdraw \(referralID)"
        case .followUp: "Follow-up on \(referralID)"
        }
    }
}

extension FormCatalogue {
    /// The outcome form: the day it happened (today unless told otherwise) and what the
    /// core needs with it. Field names are the event's data keys.
    static func referralOutcomeForm(referralID: String, outcome: ReferralOutcome) -> FormDialog {
        var fields: [FormField] = [.text("on", label: "On", value: "today")]
        switch outcome {
        case .accepted:
            fields += [.text("service_date", label: "Service date (optional)"), .text("note", label: "Note")]
        case .declined:
            fields.append(.text("reason", label: "Reason (required)"))
        case .completed:
            fields.append(.text("note", label: "Note"))
        case .withdrawn:
            fields.append(.text("reason", label: "Reason (required)"))
        case .followUp:
            fields.append(.text("note", label: "What was said"))
        }
        return FormDialog(title: outcome.title(referralID), fields: fields)
    }
}

extension CommandBuilder {
    /// The outcome command; whether the referral may move that way, and whether a reason
    /// is given where one is needed, is the core's to say.
    static func referralOutcomeCommand(referralID: String, outcome: ReferralOutcome, reader: inout FieldParser, today: CalendarDate) -> Command {
        let on = reader.date("on") ?? today
        switch outcome {
        case .accepted:
            return .acceptReferral(referralID: referralID, on: on, serviceDate: reader.optionalDate("service_date"), note: reader.optionalText("note"))
        case .declined:
            return .declineReferral(referralID: referralID, on: on, reason: reader.text("reason"))
        case .completed:
            return .completeReferral(referralID: referralID, on: on, note: reader.optionalText("note"))
        case .withdrawn:
            return .withdrawReferral(referralID: referralID, on: on, reason: reader.text("reason"))
        case .followUp:
            return .followUpReferral(referralID: referralID, on: on, note: reader.text("note"))
        }
    }
}

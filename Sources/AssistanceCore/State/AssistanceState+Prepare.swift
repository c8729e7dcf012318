/// A validated event ready to be appended, and the id it creates.
public struct PreparedEvent: Sendable, Hashable {
    /// What to append.
    public var draft: EventDraft
    /// The new case or referral id; nil for everything else (a step's or note's seq is only
    /// known once the journal writes it).
    public var createdID: String?

    /// Creates a prepared event.
    public init(draft: EventDraft, createdID: String?) {
        self.draft = draft
        self.createdID = createdID
    }
}

extension AssistanceState {
    /// Checks `command` against the current state, the actor's role and `today`, and turns it
    /// into the event to append. Call it under the journal lock on a freshly caught-up state,
    /// so that new ids never collide.
    ///
    /// - Parameters:
    ///   - now: when the event is being recorded (reserved for time-of-day rules).
    ///   - today: the local date, against which "not in the future" is checked.
    public func prepare(_ command: Command, by actor: Actor, at now: Timestamp, today: CalendarDate) throws(CommandError) -> PreparedEvent {
        try checkPermission(command, by: actor)
        try checkNotInFuture(command, today: today)
        try checkDatesAgainstToday(command, today: today)
        var createdID: String?
        switch command {
        case .openCase: createdID = nextCaseID(year: today.year)
        case .sendReferral: createdID = nextReferralID(year: today.year)
        default: break
        }
        let typedChanges = try check(command, createdID: createdID)
        let draft = EventDraft(type: command.eventType.rawValue, data: command.eventData(createdID: createdID, typedChanges: typedChanges), onBehalfOf: actor.onBehalfOf)
        return PreparedEvent(draft: draft, createdID: createdID)
    }

    /// Decodes a draft someone else produced (an import, the demo generator) and prepares it
    /// again; the result equals the draft when the draft is exactly what `prepare` would make.
    public func prepare(_ draft: EventDraft, by actor: Actor, at now: Timestamp, today: CalendarDate) throws(CommandError) -> PreparedEvent {
        let (command, _) = try Command.decode(type: draft.type, data: draft.data)
        return try prepare(command, by: Actor(login: actor.login, onBehalfOf: draft.onBehalfOf ?? actor.onBehalfOf), at: now, today: today)
    }

    private func checkNotInFuture(_ command: Command, today: CalendarDate) throws(CommandError) {
        func require(_ date: CalendarDate?, field: String, what: String) throws(CommandError) {
            if let date, date > today {
                throw CommandError(field: field, message: "The \(what) (\(date)) is in the future; it can be today, \(today), at the latest.")
            }
        }
        switch command {
        case .openCase(let details):
            try require(details.identifiedOn, field: "identified_on", what: "day of identification")
            try require(details.birthDate, field: "birth_date", what: "birth date")
        case .updateCase(_, let changes):
            try require(changes.identifiedOn, field: "identified_on", what: "day of identification")
            try require(changes.birthDate, field: "birth_date", what: "birth date")
        case .startReflection(_, let startsOn):
            try require(startsOn, field: "starts_on", what: "start of the reflection period")
        case .closeCase(_, _, let closedOn, _):
            try require(closedOn, field: "closed_on", what: "closing day")
        case .recordStep(let details) where details.isDone:
            try require(details.date, field: "date", what: "date of a done step")
        case .markStepDone(_, let doneOn, _):
            try require(doneOn, field: "done_on", what: "day the step was done")
        case .sendReferral(let details):
            try require(details.madeOn, field: "made_on", what: "day the referral was made")
        case .acceptReferral(_, let on, _, _), .declineReferral(_, let on, _), .completeReferral(_, let on, _),
            .withdrawReferral(_, let on, _), .followUpReferral(_, let on, _):
            try require(on, field: "on", what: "date of the answer")
        default:
            break
        }
    }
}

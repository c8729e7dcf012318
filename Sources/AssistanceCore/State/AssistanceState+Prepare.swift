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
    /// Replay applies the same rules to every entry (``apply(_:)``), so whatever this refuses
    /// is damage when it turns up in the file.
    ///
    /// - Parameters:
    ///   - now: when the event is being recorded: it may not lie before the journal's latest
    ///     entry by more than ``clockSkewTolerance``, which replay would refuse.
    ///   - today: the local date, against which "not in the future" is checked.
    public func prepare(_ command: Command, by actor: Actor, at now: Timestamp, today: CalendarDate) throws(CommandError) -> PreparedEvent {
        try checkPermission(command, by: actor)
        if let late = futureDate(in: command, after: today) {
            throw CommandError(field: late.field, message: "The \(late.what) (\(late.date)) is in the future; it can be today, \(today), at the latest.")
        }
        try checkDatesAgainstToday(command, today: today)
        if let latest = timeBehind(now) {
            throw CommandError(field: nil, message: "This computer's clock (\(now.iso8601)) is more than 5 minutes behind the journal's latest entry (\(latest.iso8601)); correct the clock and try again.")
        }
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

    /// The first date of `command` that the rules say may not be in the future, when it is
    /// after `latest`; nil when there is none. It only compares, so that replay can ask it
    /// of every entry and format a sentence only for the one that fails.
    func futureDate(in command: Command, after latest: CalendarDate) -> (date: CalendarDate, field: String, what: String)? {
        func late(_ date: CalendarDate?) -> CalendarDate? {
            guard let date, date > latest else { return nil }
            return date
        }
        switch command {
        case .openCase(let details):
            if let date = late(details.identifiedOn) { return (date, "identified_on", "day of identification") }
            if let date = late(details.birthDate) { return (date, "birth_date", "birth date") }
        case .updateCase(_, let changes):
            if let date = late(changes.identifiedOn) { return (date, "identified_on", "day of identification") }
            if let date = late(changes.birthDate) { return (date, "birth_date", "birth date") }
        case .startReflection(_, let startsOn):
            if let date = late(startsOn) { return (date, "starts_on", "start of the reflection period") }
        case .closeCase(_, _, let closedOn, _):
            if let date = late(closedOn) { return (date, "closed_on", "closing day") }
        case .recordStep(let details) where details.isDone:
            if let date = late(details.date) { return (date, "date", "date of a done step") }
        case .markStepDone(_, let doneOn, _):
            if let date = late(doneOn) { return (date, "done_on", "day the step was done") }
        case .sendReferral(let details):
            if let date = late(details.madeOn) { return (date, "made_on", "day the referral was made") }
        case .acceptReferral(_, let on, _, _), .declineReferral(_, let on, _), .completeReferral(_, let on, _),
            .withdrawReferral(_, let on, _), .followUpReferral(_, let on, _):
            if let date = late(on) { return (date, "on", "date of the answer") }
        default:
            break
        }
        return nil
    }
}

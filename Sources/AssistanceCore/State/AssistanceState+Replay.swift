extension AssistanceState {
    /// How far, in milliseconds, an entry's `ts` may lie before the latest `ts` already in
    /// the journal: five minutes.
    ///
    /// Appends are serialised by the lock and each takes its time after the one before was
    /// written, so on one machine `ts` never goes back. Writers on different machines sharing
    /// a journal read different clocks, and a clock can be stepped back a little by NTP, so a
    /// small tolerance is needed; five minutes is also the clock skew Kerberos tolerates by
    /// default. Anything more is not a clock but an entry slotted into the past.
    public static let clockSkewTolerance: Int64 = 5 * 60 * 1000

    /// Checks one journal entry against the state before it, exactly as `prepare` checked the
    /// command when it was written, and applies it.
    ///
    /// The first entry that breaks a rule throws and changes nothing: the state keeps only the
    /// entries before it, and the caller treats the entry as damage. Nothing is ever skipped.
    public mutating func apply(_ entry: JournalEntry) throws(RuleViolation) {
        try apply(entry, decoded: .decoding(entry))
    }

    /// Applies entries in order, up to the first that breaks a rule.
    public mutating func apply(_ entries: some Sequence<JournalEntry>) throws(RuleViolation) {
        for entry in entries { try apply(entry) }
    }

    /// Checks and applies one entry whose command replay decoded ahead (on another core);
    /// `entry.data` may then be empty, since only the command is used.
    ///
    /// Replay runs this for every entry (DESIGN.md §6: a million in under a second), so the
    /// checks compare and look up only what they need, and no sentence is formatted unless
    /// the entry fails.
    mutating func apply(_ entry: JournalEntry, decoded: consuming DecodedCommand) throws(RuleViolation) {
        guard entry.seq == lastSeq + 1 else {
            throw RuleViolation(
                seq: entry.seq, type: EventType(rawValue: entry.type), rule: "it follows entry \(lastSeq), so its seq should be \(lastSeq + 1)")
        }
        let milliseconds = entry.timestamp.millisecondsSince1970
        if milliseconds < earliestNextMilliseconds {
            let latest = Timestamp(millisecondsSince1970: earliestNextMilliseconds + Self.clockSkewTolerance)
            throw RuleViolation(
                seq: entry.seq, type: EventType(rawValue: entry.type),
                rule: "it is dated \(entry.timestamp.iso8601), more than 5 minutes before an earlier entry (\(latest.iso8601))")
        }
        // Consumed rather than copied out of the result: replay hands each command over once,
        // and a copy would retain (then release) every string in it.
        switch consume decoded {
        case .failure(let error):
            guard let type = EventType(rawValue: entry.type) else {
                // The type is not quoted: it is the file's text, and could be anything.
                throw RuleViolation(seq: entry.seq, type: nil, rule: "its type is not an event type this version of assist knows")
            }
            throw RuleViolation(seq: entry.seq, type: type, refusal: error)
        case .success(let (command, createdID)):
            let author: Authorship?
            let typedChanges: [JSONMember]
            do throws(CommandError) {
                author = try authorise(command, actor: entry.actor, onBehalfOf: entry.onBehalfOf)
                try checkRecordedDates(command, at: entry.timestamp)
                typedChanges = try check(command, createdID: createdID)
            } catch {
                throw RuleViolation(seq: entry.seq, type: command.eventType, refusal: error)
            }
            record(command, createdID: createdID, typedChanges: typedChanges, entry: entry, author: author)
        }
        lastSeq = entry.seq
        earliestNextMilliseconds = max(earliestNextMilliseconds, milliseconds - Self.clockSkewTolerance)
    }

    /// The latest `ts` in the journal when `now` lies before it by more than
    /// ``clockSkewTolerance`` (an entry stamped `now` would be refused by replay); else nil.
    func timeBehind(_ now: Timestamp) -> Timestamp? {
        guard now.millisecondsSince1970 < earliestNextMilliseconds else { return nil }
        return Timestamp(millisecondsSince1970: earliestNextMilliseconds + Self.clockSkewTolerance)
    }

    /// The replay side of `prepare`'s rules that need the day of recording: a date may not be
    /// after the day the entry was recorded, nor a plan past the horizon from it.
    ///
    /// `prepare` compares with the writer's local date, and `ts` is UTC. Time zones run from
    /// UTC−12 to UTC+14, so the local date at `ts` is the UTC date or the one before or after
    /// it: allowing the UTC date plus one day accepts everything `prepare` accepted, in any
    /// zone, and still refuses a step done in 2099.
    private func checkRecordedDates(_ command: Command, at timestamp: Timestamp) throws(CommandError) {
        let recordedOn = timestamp.utcDate
        let latestLocalDay = recordedOn.adding(days: 1)
        if let late = futureDate(in: command, after: latestLocalDay) {
            throw CommandError(field: late.field, message: "The \(late.what) (\(late.date)) is after the day the entry was recorded, \(recordedOn).")
        }
        // The planning horizon and amended dates, against the same most lenient local day.
        try checkDatesAgainstToday(command, today: latestLocalDay)
    }
}

import Testing
@testable import AssistanceCore

/// Issue 13, item 3: replay checks what append checked. Every entry is checked against the
/// state before it; the first that fails is refused with its rule, and nothing is skipped.
@Suite struct ReplayTests {
    /// Applies a raw entry that must be refused, checks that it changed nothing, and returns the violation.
    func refusal(
        _ journal: inout TestJournal, type: String, data: JSONValue, actor: String = "mette", onBehalfOf: String? = nil,
        at timestamp: Timestamp? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) -> RuleViolation? {
        let before = (journal.state.entryCount, journal.state.lastSeq, journal.state.notes.count, journal.state.users)
        do {
            try journal.applyRaw(type: type, data: data, actor: actor, onBehalfOf: onBehalfOf, at: timestamp)
            Issue.record("the entry was applied", sourceLocation: sourceLocation)
            return nil
        } catch {
            let after = (journal.state.entryCount, journal.state.lastSeq, journal.state.notes.count, journal.state.users)
            #expect(after == before, "a refused entry changed the state", sourceLocation: sourceLocation)
            return error
        }
    }

    @Test func malformedEntriesAreRefusedNotSkipped() throws {
        var journal = try TestJournal.staffed()
        let next = journal.seq + 1
        let cases: [(type: String, data: JSONValue, violation: RuleViolation)] = [
            ("case.opened", jsonObject(["id": "C-2026-0001", "alias": 5]),
             RuleViolation(seq: next, type: .caseOpened, rule: "the field 'alias' must be a string")),
            ("case.exploded", jsonObject([:]),
             RuleViolation(seq: next, type: nil, rule: "its type is not an event type this version of assist knows")),
            ("note.added", "not an object",
             RuleViolation(seq: next, type: .noteAdded, rule: "the data of a 'note.added' event must be a JSON object")),
            ("note.added", jsonObject(["case": "C-2026-0404", "text": "x"]),
             RuleViolation(seq: next, type: .noteAdded, rule: "there is no case C-2026-0404")),
            ("step.done", jsonObject(["step": "three", "done_on": "2026-11-30"]),
             RuleViolation(seq: next, type: .stepDone, rule: "the field 'step' must be a whole number")),
        ]
        for item in cases {
            #expect(refusal(&journal, type: item.type, data: item.data) == item.violation)
        }
        #expect(RuleViolation(seq: 57, type: nil, rule: "its type is not an event type this version of assist knows").reason
            == "entry 57 breaks a rule: its type is not an event type this version of assist knows")
        // Nothing was skipped: the next entry still has the next seq, and applies.
        let caseID = try journal.openCase()
        #expect(journal.state.case(caseID)?.openedSeq == next)
    }

    @Test func sequenceNumbersRiseByOne() throws {
        var state = AssistanceState()
        let entry = JournalEntry(seq: 1, timestamp: Timestamp(millisecondsSince1970: 0), actor: "a", type: "user.added", data: jsonObject(["login": "a", "display_name": "A", "role": "admin"]))
        try state.apply(entry)
        #expect(throws: RuleViolation(seq: 1, type: .userAdded, rule: "it follows entry 1, so its seq should be 2")) { try state.apply(entry) }
        var skipping = entry
        skipping.seq = 3
        #expect(throws: RuleViolation.self) { try state.apply(skipping) }
        #expect(state.users.count == 1 && state.lastSeq == 1)
    }

    @Test func timeGoesBackOnlyWithinTheTolerance() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let latest = journal.now.millisecondsSince1970  // the case's entry
        let note = jsonObject(["case": .string(caseID), "text": "Written on a slower clock."])
        let withinTolerance = Timestamp(millisecondsSince1970: latest - AssistanceState.clockSkewTolerance)
        try journal.applyRaw(type: "note.added", data: note, actor: "jonas", at: withinTolerance)
        let tooEarly = Timestamp(millisecondsSince1970: latest - 3_600_000)
        let violation = try #require(refusal(&journal, type: "note.added", data: note, at: tooEarly))
        #expect(violation.reason == "entry \(journal.seq + 1) (note.added) breaks a rule: it is dated 2026-11-30T11:00:10.000Z, "
            + "more than 5 minutes before an earlier entry (2026-11-30T12:00:10.000Z)")
        // The latest time counts, not the one just before: small steps back cannot add up.
        let stillTooEarly = Timestamp(millisecondsSince1970: withinTolerance.millisecondsSince1970 - 1000)
        #expect(refusal(&journal, type: "note.added", data: note, at: stillTooEarly) != nil)
    }

    @Test func datesMayNotFollowTheDayTheEntryWasRecorded() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        func step(_ date: String, done: Bool) -> JSONValue {
            jsonObject(["case": .string(caseID), "kind": "medical", "date": .string(date), "done": .bool(done)])
        }
        // Recorded at noon UTC on 2026-11-30: in a zone ahead of UTC it may already be 12-01.
        try journal.applyRaw(type: "step.recorded", data: step("2026-12-01", done: true))
        try journal.applyRaw(type: "step.recorded", data: step("2028-11-30", done: false))
        // A plan is checked against the planning horizon from the day it was recorded.
        #expect(refusal(&journal, type: "step.recorded", data: step("2099-01-01", done: false))?.rule
            == "a step may be planned at most 2 years ahead, up to 2028-12-01")
        let violation = refusal(&journal, type: "step.recorded", data: step("2099-01-01", done: true))
        #expect(violation?.rule == "the date of a done step (2099-01-01) is after the day the entry was recorded, 2026-11-30")
        #expect(refusal(&journal, type: "step.recorded", data: step("2026-12-02", done: true)) != nil)
    }

    @Test func createdIDsMustBeWellFormedAndUnused() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let opened = try #require(journal.state.case(caseID))
        func open(_ id: String) -> JSONValue {
            jsonObject([
                "id": .string(id), "alias": "B", "sex": "female", "languages": [], "exploitation": ["sexual"],
                "identified_on": .string(opened.identifiedOn.description), "identified_by": "police",
                "consent_processing": true, "consent_sharing": true,
            ])
        }
        #expect(refusal(&journal, type: "case.opened", data: open(caseID))?.rule == "the id \(caseID) is already in use")
        #expect(refusal(&journal, type: "case.opened", data: open("case-7"))?.rule == "the id must look like C-YYYY-NNNN")
        try journal.applyRaw(type: "case.opened", data: open("C-2026-0777"))
    }

    @Test func draftsDecodeToTheCommandsThatMadeThem() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let commands: [Command] = [
            .updateCase(caseID: caseID, changes: CaseChanges(languages: ["Danish"], riskLevel: .medium)),
            .recordStep(StepDetails(caseID: caseID, kind: .other, date: journal.today, isDone: false, organisationID: "clinic", note: "n")),
            .closeCase(caseID: caseID, reason: .integrated, closedOn: journal.today, note: "Settled."),
            .recordRecovery(RecoveryDetails(
                firstLine: 12, lastLine: 14, byteCount: 900, reason: "its prev does not match", sideFile: "j.recovered-1",
                sha256: String(repeating: "ab", count: 32))),
        ]
        for command in commands {
            let draft = try journal.state.prepare(command, by: Actor(login: "admin"), at: journal.now, today: journal.today).draft
            #expect(try Command.decode(type: draft.type, data: draft.data).command == command)
        }
    }

    @Test func aClockBehindTheJournalIsRefusedBeforeAnythingIsWritten() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let note = Command.addNote(caseID: caseID, text: "x")
        let behind = Timestamp(millisecondsSince1970: journal.now.millisecondsSince1970 - 3_600_000)
        let refusal = #expect(throws: CommandError.self) {
            try journal.state.prepare(note, by: Actor(login: "mette"), at: behind, today: journal.today)
        }
        #expect(refusal?.message == "This computer's clock (2026-11-30T11:00:10.000Z) is more than 5 minutes behind the journal's "
            + "latest entry (2026-11-30T12:00:10.000Z); correct the clock and try again.")
        let slightlyBehind = Timestamp(millisecondsSince1970: journal.now.millisecondsSince1970 - 60_000)
        #expect(throws: Never.self) { try journal.state.prepare(note, by: Actor(login: "mette"), at: slightlyBehind, today: journal.today) }
    }

    @Test func aRecoveryEntryMustStandWhereTheLinesItSetAsideBegan() throws {
        var journal = try TestJournal.staffed()
        func recovery(firstLine: Int, sha256: String = String(repeating: "0a", count: 32)) -> JSONValue {
            jsonObject([
                "first_line": .int(firstLine), "last_line": .int(firstLine + 3), "bytes": 812, "reason": "its prev does not match",
                "side_file": "journal.jsonl.recovered-20261130T120000000", "sha256": .string(sha256),
            ])
        }
        let ownLine = journal.seq + 2
        #expect(refusal(&journal, type: "journal.recovered", data: recovery(firstLine: ownLine), actor: "karin")?.rule
            == "a supervisor may not record journal.recovered")
        #expect(refusal(&journal, type: "journal.recovered", data: recovery(firstLine: ownLine + 5), actor: "admin")?.rule
            == "the set-aside lines must begin at line \(ownLine), where this entry stands")
        #expect(refusal(&journal, type: "journal.recovered", data: recovery(firstLine: ownLine, sha256: "xyz"), actor: "admin") != nil)
        try journal.applyRaw(type: "journal.recovered", data: recovery(firstLine: ownLine), actor: "admin")
        #expect(journal.state.recoveries.map(\.details.lineRange) == ["lines \(ownLine)–\(ownLine + 3)"])
    }
}

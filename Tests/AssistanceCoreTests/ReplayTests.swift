import Testing
@testable import AssistanceCore

@Suite struct ReplayTests {
    @Test func malformedEntriesAreSkippedAndCounted() throws {
        var journal = try TestJournal.staffed()
        let before = journal.state.entryCount
        journal.applyRaw(type: "case.opened", data: jsonObject(["id": "C-2026-0001", "alias": 5]))
        journal.applyRaw(type: "case.exploded", data: jsonObject([:]))
        journal.applyRaw(type: "note.added", data: "not an object")
        journal.applyRaw(type: "note.added", data: jsonObject(["case": "C-2026-0404", "text": "x"]))
        journal.applyRaw(type: "step.done", data: jsonObject(["step": "three", "done_on": "2026-11-30"]))
        #expect(journal.state.entryCount == before)
        #expect(journal.state.problems.map(\.seq) == Array((before + 1)...(before + 5)))
        #expect(journal.state.problems[0].message == "Entry \(before + 1) (case.opened) was skipped: The field 'alias' must be a string.")
        #expect(journal.state.problems[1].message.contains("unknown"))
        // The journal goes on after the damage.
        let caseID = try journal.openCase()
        #expect(journal.state.case(caseID) != nil)
    }

    @Test func sequenceNumbersMustIncrease() throws {
        var state = AssistanceState()
        let entry = JournalEntry(seq: 1, timestamp: Timestamp(millisecondsSince1970: 0), actor: "a", type: "user.added", data: jsonObject(["login": "a", "display_name": "A", "role": "admin"]))
        state.apply(entry)
        state.apply(entry)
        #expect(state.users.count == 1)
        #expect(state.problems.count == 1 && state.lastSeq == 1)
    }

    @Test func draftsDecodeToTheCommandsThatMadeThem() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let commands: [Command] = [
            .updateCase(caseID: caseID, changes: CaseChanges(languages: ["Danish"], riskLevel: .medium)),
            .recordStep(StepDetails(caseID: caseID, kind: .other, date: journal.today, isDone: false, organisationID: "clinic", note: "n")),
            .closeCase(caseID: caseID, reason: .integrated, closedOn: journal.today, note: "Settled."),
        ]
        for command in commands {
            let draft = try journal.state.prepare(command, by: Actor(login: "mette"), at: journal.now, today: journal.today).draft
            #expect(try Command.decode(type: draft.type, data: draft.data).command == command)
        }
    }
}

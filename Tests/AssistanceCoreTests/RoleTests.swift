import Testing
@testable import AssistanceCore

@Suite struct RoleTests {
    @Test func theCreatorBootstrapsAsAdmin() throws {
        var journal = TestJournal()
        #expect(journal.refusal(.addUser(login: "someone", displayName: "X", role: .admin), by: "creator") != nil)
        #expect(journal.refusal(.addUser(login: "creator", displayName: "X", role: .caseworker), by: "creator") != nil)
        #expect(journal.state.allows(.userAdded, for: "creator"))
        #expect(!journal.state.allows(.caseOpened, for: "creator"))
        try journal.record(.addUser(login: "creator", displayName: "Creator", role: .admin), by: "creator")
        #expect(journal.state.user("creator")?.role == .admin)
        #expect(journal.refusal(.addUser(login: "late", displayName: "X", role: .admin), by: "late")?.message
            == "'late' is not a registered user of this journal; ask an admin to add you.")
    }

    @Test func theTableDecidesWhoMayDoWhat() throws {
        let journal = try TestJournal.staffed()
        let state = journal.state
        #expect(state.allows(.caseOpened, for: "mette"))
        #expect(!state.allows(.referralAccepted, for: "mette"))
        #expect(!state.allows(.organisationAdded, for: "mette"))
        #expect(state.allows(.referralAccepted, for: "sofie"))
        #expect(state.allows(.organisationAdded, for: "karin"))
        #expect(!state.allows(.userAdded, for: "karin"))
        #expect(state.allows(.userRoleChanged, for: "admin"))
        #expect(!state.allows(.noteAdded, for: "stranger"))
        for kind in EventType.allCases { #expect(state.allows(kind, for: "admin")) }
    }

    @Test func prepareEnforcesTheRoles() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let referral = try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: journal.today)), by: "mette").prepared.createdID!
        #expect(journal.refusal(.acceptReferral(referralID: referral, on: journal.today, serviceDate: nil, note: nil), by: "mette")?.message
            == "A caseworker may not record referral.accepted; it needs the role coordinator or higher.")
        #expect(journal.refusal(.addOrganisation(id: "new-org", name: "New", kind: .ngo, contact: nil, city: nil), by: "jonas") != nil)
        #expect(journal.refusal(.addUser(login: "new", displayName: "New", role: .caseworker), by: "karin") != nil)
        #expect(journal.refusal(.addUser(login: "new", displayName: "New", role: .caseworker), by: "admin") == nil)
        #expect(journal.refusal(.addNote(caseID: caseID, text: "x"), by: "stranger") != nil)
    }

    @Test func onlyAdminsActOnBehalfOfRegisteredUsers() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        #expect(journal.refusal(.addNote(caseID: caseID, text: "x"), by: "karin", onBehalfOf: "mette")?.message == "Only an admin may record on behalf of another user.")
        #expect(journal.refusal(.addNote(caseID: caseID, text: "x"), by: "admin", onBehalfOf: "ghost")?.field == "on_behalf_of")
        let (prepared, seq) = try journal.record(.addNote(caseID: caseID, text: "Typed by the admin."), by: "admin", onBehalfOf: "mette")
        #expect(prepared.draft.onBehalfOf == "mette")
        #expect(journal.state.note(seq: seq)?.author == "mette")
        // The effective user's role counts, not the admin's.
        let referral = try journal.record(.sendReferral(ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: journal.today)), by: "mette").prepared.createdID!
        #expect(journal.refusal(.acceptReferral(referralID: referral, on: journal.today, serviceDate: nil, note: nil), by: "admin", onBehalfOf: "mette") != nil)
    }

    @Test func ownEntriesOrSupervisorsForCorrections() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let note = try journal.record(.addNote(caseID: caseID, text: "Mette's note."), by: "mette").seq
        #expect(journal.refusal(.retractEntry(targetSeq: note, reason: "Wrong."), by: "jonas")?.message
            == "A caseworker may not correct entry \(note), which someone else recorded; only a supervisor or admin may.")
        #expect(journal.refusal(.amendEntry(targetSeq: note, reason: "Typo.", changes: [AmendedField(name: "text", value: "Fixed")]), by: "jonas") != nil)
        #expect(journal.refusal(.retractEntry(targetSeq: note, reason: "Wrong."), by: "mette") == nil)
        #expect(journal.refusal(.retractEntry(targetSeq: note, reason: "Wrong."), by: "karin") == nil)
        #expect(journal.refusal(.retractEntry(targetSeq: note, reason: "Wrong."), by: "admin") == nil)
    }

    @Test func roleChangesTakeEffect() throws {
        var journal = try TestJournal.staffed()
        try journal.record(.changeRole(login: "mette", role: .coordinator), by: "admin")
        #expect(journal.state.user("mette")?.role == .coordinator)
        #expect(journal.state.allows(.referralAccepted, for: "mette"))
        #expect(journal.refusal(.changeRole(login: "mette", role: .coordinator), by: "admin")?.field == "role")
    }

    @Test("replay allows an entry only if its author's role allowed it then", arguments: Role.allCases)
    func replayChecksEachRole(role: Role) throws {
        var base = try TestJournal.staffed()
        let caseID = try base.openCase()
        let jonasNote = try base.record(.addNote(caseID: caseID, text: "Jonas's note."), by: "jonas").seq
        let referral = try #require(try base.record(.sendReferral(ReferralDetails(
            caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: base.today)), by: "mette").prepared.createdID)
        let login = role.staffLogin
        let note = jsonObject(["case": .string(caseID), "text": "x"])
        // What each entry needs, and the rule a lower role breaks.
        let attempts: [(type: String, data: JSONValue, onBehalfOf: String?, needs: Role, rule: String)] = [
            ("user.role_changed", jsonObject(["login": "jonas", "role": "admin"]), nil, .admin, "\(role.withArticle) may not record user.role_changed"),
            ("user.added", jsonObject(["login": "new", "display_name": "New", "role": "admin"]), nil, .admin, "\(role.withArticle) may not record user.added"),
            ("note.added", note, "jonas", .admin, "only an admin may record on behalf of another user"),
            ("entry.retracted", jsonObject(["target": .int(jonasNote), "reason": "Not mine."]), nil, .supervisor,
             "\(role.withArticle) may not correct entry \(jonasNote), which someone else recorded"),
            ("referral.accepted", jsonObject(["referral": .string(referral), "on": .string(base.today.description)]), nil, .coordinator,
             "\(role.withArticle) may not record referral.accepted"),
            ("org.added", jsonObject(["id": "new-org", "name": "New", "kind": "ngo"]), nil, .coordinator, "\(role.withArticle) may not record org.added"),
            ("note.added", note, nil, .caseworker, ""),
        ]
        for attempt in attempts {
            var journal = base
            let outcome = Result { () throws(RuleViolation) in
                try journal.applyRaw(type: attempt.type, data: attempt.data, actor: login, onBehalfOf: attempt.onBehalfOf)
            }
            if role >= attempt.needs {
                #expect(throws: Never.self, "\(attempt.type) by \(role)") { try outcome.get() }
                // The author is the one recorded for, with their own role.
                #expect(journal.state.recordedRole(ofEntry: journal.seq) == (attempt.onBehalfOf == nil ? role : .caseworker))
            } else {
                let violation = RuleViolation(seq: base.seq + 1, type: EventType(rawValue: attempt.type), rule: attempt.rule)
                #expect(throws: violation, "\(attempt.type) by \(role)") { try outcome.get() }
                #expect(journal.state.entryCount == base.state.entryCount)
            }
        }
    }

    @Test func replayUsesTheRoleHeldAtThatPoint() throws {
        var journal = try TestJournal.staffed()
        let organisation = jsonObject(["id": "new-org", "name": "New", "kind": "ngo"])
        try journal.record(.changeRole(login: "sofie", role: .caseworker), by: "admin")
        #expect(throws: RuleViolation.self) { try journal.applyRaw(type: "org.added", data: organisation, actor: "sofie") }
        try journal.record(.changeRole(login: "mette", role: .coordinator), by: "admin")
        try journal.applyRaw(type: "org.added", data: organisation, actor: "mette")
        #expect(throws: RuleViolation(seq: journal.seq + 1, type: .noteAdded, rule: "'intruder' is not a registered user of this journal")) {
            try journal.applyRaw(type: "note.added", data: jsonObject(["case": "C-2026-0001", "text": "x"]), actor: "intruder")
        }
    }

    @Test func entriesKeepTheRoleTheyWereRecordedWith() throws {
        var journal = try TestJournal.staffed()
        let caseID = try journal.openCase()
        let note = try journal.record(.addNote(caseID: caseID, text: "As a caseworker."), by: "mette").seq
        let change = try journal.record(.changeRole(login: "mette", role: .supervisor), by: "admin").seq
        #expect(journal.state.user("mette")?.role == .supervisor)
        #expect(journal.state.recordedRole(ofEntry: note) == .caseworker)
        #expect(journal.state.recordedRole(ofEntry: change) == .admin)
        #expect(journal.state.recordedRole(ofEntry: 1) == .admin)
        let sentences = journal.state.dayEntries(on: journal.today, in: .gmt).map(\.sentence)
        #expect(sentences.contains("Ada Admin made Mette Nielsen (mette) a supervisor"))
        // The entry that added her still says the role it gave.
        #expect(sentences.contains("Ada Admin added Mette Nielsen (mette) as caseworker"))
        try journal.record(.changeRole(login: "jonas", role: .admin), by: "admin")
        #expect(journal.state.dayEntries(on: journal.today, in: .gmt).last?.sentence == "Ada Admin made Jonas Lund (jonas) an admin")
    }
}

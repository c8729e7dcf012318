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
            == "Entry \(note) was recorded by someone else; only a supervisor or admin may correct it.")
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
}

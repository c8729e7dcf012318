import Testing
@testable import AssistanceCore

/// A journal holding one of everything a capped text can be written on (issue 13, item 7).
struct CapFixture: Sendable {
    var journal: TestJournal
    var caseID = "", closedCaseID = "", unsharedCaseID = ""
    var openedSeq = 0, doneStepSeq = 0, plannedStepSeq = 0, noteSeq = 0, followUpSeq = 0
    var sentReferral = "", acceptedReferral = ""

    init() throws {
        journal = try TestJournal.staffed()
        let today = journal.today
        caseID = try journal.openCase()
        openedSeq = journal.seq
        try journal.record(.startReflection(caseID: caseID, startsOn: today.adding(days: -10)), by: "mette")
        doneStepSeq = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: today, isDone: true)), by: "mette").seq
        plannedStepSeq = try journal.record(.recordStep(StepDetails(caseID: caseID, kind: .medical, date: today, isDone: false)), by: "mette").seq
        noteSeq = try journal.record(.addNote(caseID: caseID, text: "First."), by: "mette").seq
        let referral = ReferralDetails(caseID: caseID, organisationID: "clinic", serviceKind: .medical, madeOn: today)
        sentReferral = try journal.record(.sendReferral(referral), by: "mette").prepared.createdID!
        acceptedReferral = try journal.record(.sendReferral(referral), by: "mette").prepared.createdID!
        try journal.record(.acceptReferral(referralID: acceptedReferral, on: today, serviceDate: nil, note: nil), by: "sofie")
        followUpSeq = try journal.record(.followUpReferral(referralID: sentReferral, on: today, note: "Called."), by: "sofie").seq
        closedCaseID = try journal.openCase(alias: "Bao")
        try journal.record(.closeCase(caseID: closedCaseID, reason: .other, closedOn: today, note: nil), by: "mette")
        unsharedCaseID = try journal.openCase(alias: "Olena", sharing: false)
    }
}

/// One free-text field as some command carries it, for a table of tests.
struct CappedText: Sendable, CustomTestStringConvertible {
    var label: String
    var field: FreeTextField
    var login: String
    var command: @Sendable (CapFixture, String) -> Command

    var testDescription: String { label }

    init(_ label: String, _ field: FreeTextField, by login: String, _ command: @escaping @Sendable (CapFixture, String) -> Command) {
        self.label = label
        self.field = field
        self.login = login
        self.command = command
    }

    static func amendment(_ label: String, _ field: FreeTextField, target: @escaping @Sendable (CapFixture) -> Int) -> CappedText {
        CappedText(label, field, by: "admin") { fixture, text in
            .amendEntry(targetSeq: target(fixture), reason: "Corrected.", changes: [AmendedField(name: field.key, value: text)])
        }
    }

    /// Every free-text field of every command, new entries and amendments alike.
    static let all: [CappedText] = [
        CappedText("user add: display name", .displayName, by: "admin") { _, text in .addUser(login: "new", displayName: text, role: .caseworker) },
        CappedText("org add: name", .organisationName, by: "sofie") { _, text in .addOrganisation(id: "new", name: text, kind: .ngo, contact: nil, city: nil) },
        CappedText("org add: contact", .contact, by: "sofie") { _, text in .addOrganisation(id: "new", name: "New", kind: .ngo, contact: text, city: nil) },
        CappedText("org add: city", .city, by: "sofie") { _, text in .addOrganisation(id: "new", name: "New", kind: .ngo, contact: nil, city: text) },
        CappedText("org update: name", .organisationName, by: "sofie") { _, text in .updateOrganisation(id: "clinic", changes: OrganisationChanges(name: text)) },
        CappedText("org update: contact", .contact, by: "sofie") { _, text in .updateOrganisation(id: "clinic", changes: OrganisationChanges(contact: text)) },
        CappedText("org update: city", .city, by: "sofie") { _, text in .updateOrganisation(id: "clinic", changes: OrganisationChanges(city: text)) },
        CappedText("case open: alias", .alias, by: "mette") { fixture, text in .openCase(newCase(fixture, alias: text)) },
        CappedText("case open: legal name", .legalName, by: "mette") { fixture, text in
            var details = newCase(fixture)
            details.legalName = text
            return .openCase(details)
        },
        CappedText("case open: shelter", .shelter, by: "mette") { fixture, text in
            var details = newCase(fixture)
            details.shelter = text
            return .openCase(details)
        },
        CappedText("case open: a language", .language, by: "mette") { fixture, text in
            var details = newCase(fixture)
            details.languages = ["English", text]
            return .openCase(details)
        },
        CappedText("case update: alias", .alias, by: "mette") { fixture, text in .updateCase(caseID: fixture.caseID, changes: CaseChanges(alias: text)) },
        CappedText("case update: legal name", .legalName, by: "mette") { fixture, text in
            .updateCase(caseID: fixture.caseID, changes: CaseChanges(legalName: text))
        },
        CappedText("case update: shelter", .shelter, by: "mette") { fixture, text in .updateCase(caseID: fixture.caseID, changes: CaseChanges(shelter: text)) },
        CappedText("case update: a language", .language, by: "mette") { fixture, text in
            .updateCase(caseID: fixture.caseID, changes: CaseChanges(languages: [text]))
        },
        CappedText("case extend: reason", .reason, by: "mette") { fixture, text in
            .extendReflection(caseID: fixture.caseID, endsOn: fixture.journal.today.adding(days: 60), reason: text)
        },
        CappedText("case close: note", .closingNote, by: "mette") { fixture, text in
            .closeCase(caseID: fixture.caseID, reason: .integrated, closedOn: fixture.journal.today, note: text)
        },
        CappedText("case reopen: reason", .reason, by: "mette") { fixture, text in .reopenCase(caseID: fixture.closedCaseID, reason: text) },
        CappedText("step add: note", .stepNote, by: "mette") { fixture, text in
            .recordStep(StepDetails(caseID: fixture.caseID, kind: .legalCounselling, date: fixture.journal.today, isDone: true, note: text))
        },
        CappedText("step done: note", .stepNote, by: "mette") { fixture, text in
            .markStepDone(stepSeq: fixture.plannedStepSeq, doneOn: fixture.journal.today, note: text)
        },
        CappedText("referral send: note", .referralNote, by: "mette") { fixture, text in
            .sendReferral(ReferralDetails(caseID: fixture.caseID, organisationID: "legal", serviceKind: .legalCounselling, note: text, madeOn: fixture.journal.today))
        },
        CappedText("referral send: consent override", .consentOverride, by: "mette") { fixture, text in
            .sendReferral(ReferralDetails(
                caseID: fixture.unsharedCaseID, organisationID: "legal", serviceKind: .legalCounselling, madeOn: fixture.journal.today,
                consentOverrideReason: text))
        },
        CappedText("referral accept: note", .referralNote, by: "sofie") { fixture, text in
            .acceptReferral(referralID: fixture.sentReferral, on: fixture.journal.today, serviceDate: nil, note: text)
        },
        CappedText("referral decline: reason", .reason, by: "sofie") { fixture, text in
            .declineReferral(referralID: fixture.sentReferral, on: fixture.journal.today, reason: text)
        },
        CappedText("referral complete: note", .referralNote, by: "sofie") { fixture, text in
            .completeReferral(referralID: fixture.acceptedReferral, on: fixture.journal.today, note: text)
        },
        CappedText("referral withdraw: reason", .reason, by: "sofie") { fixture, text in
            .withdrawReferral(referralID: fixture.sentReferral, on: fixture.journal.today, reason: text)
        },
        CappedText("referral follow-up: note", .followUpNote, by: "sofie") { fixture, text in
            .followUpReferral(referralID: fixture.sentReferral, on: fixture.journal.today, note: text)
        },
        CappedText("note add: text", .caseNote, by: "mette") { fixture, text in .addNote(caseID: fixture.caseID, text: text) },
        CappedText("amend: reason", .reason, by: "admin") { fixture, text in
            .amendEntry(targetSeq: fixture.noteSeq, reason: text, changes: [AmendedField(name: "text", value: "Second.")])
        },
        CappedText("retract: reason", .reason, by: "admin") { fixture, text in .retractEntry(targetSeq: fixture.noteSeq, reason: text) },
        amendment("amend case: alias", .alias) { $0.openedSeq },
        amendment("amend case: legal name", .legalName) { $0.openedSeq },
        amendment("amend case: shelter", .shelter) { $0.openedSeq },
        amendment("amend case: a language", .language) { $0.openedSeq },
        amendment("amend step: note", .stepNote) { $0.doneStepSeq },
        amendment("amend note: text", .caseNote) { $0.noteSeq },
        amendment("amend follow-up: note", .followUpNote) { $0.followUpSeq },
        amendment("amend organisation: name", .organisationName) { _ in 6 },
        amendment("amend organisation: contact", .contact) { _ in 6 },
        amendment("amend organisation: city", .city) { _ in 6 },
    ]

    static func newCase(_ fixture: CapFixture, alias: String = "Ana") -> CaseDetails {
        CaseDetails(alias: alias, sex: .female, exploitationForms: [.sexual], identifiedOn: fixture.journal.today, identifiedBy: .ngo)
    }
}

@Suite struct TextCapTests {
    /// `count` Unicode scalars of four UTF-8 bytes each: a byte count alone would refuse them.
    static func text(scalars count: Int) -> String { String(repeating: "😀", count: count) }

    @Test(arguments: CappedText.all)
    func aTextAtItsCapIsTakenAndOneMoreIsRefused(_ capped: CappedText) throws {
        let fixture = try CapFixture()
        // Refusals taken out first, so that a failure prints the refusal rather than the journal.
        let atCap = fixture.journal.refusal(capped.command(fixture, Self.text(scalars: capped.field.cap)), by: capped.login)
        #expect(atCap == nil)
        let over = fixture.journal.refusal(capped.command(fixture, Self.text(scalars: capped.field.cap + 1)), by: capped.login)
        let refusal = try #require(over)
        #expect(refusal.field == capped.field.key)
        #expect(refusal.message.contains("\(FreeTextField.grouped(capped.field.cap + 1)) characters long"))
        #expect(refusal.message.contains("at most \(FreeTextField.grouped(capped.field.cap))."))
    }

    @Test func theRefusalNamesTheFieldTheCapAndTheLengthGiven() throws {
        let fixture = try CapFixture()
        let note = fixture.journal.refusal(.addNote(caseID: fixture.caseID, text: String(repeating: "x", count: 31_245)), by: "mette")
        #expect(note == CommandError(field: "text", message: "The note is 31 245 characters long; a note may have at most 20 000. Split it into several notes."))
        let alias = fixture.journal.refusal(.updateCase(caseID: fixture.caseID, changes: CaseChanges(alias: Self.text(scalars: 201))), by: "mette")
        #expect(alias?.message == "The alias is 201 characters long; an alias may have at most 200. Shorten it.")
        let language = fixture.journal.refusal(
            .updateCase(caseID: fixture.caseID, changes: CaseChanges(languages: ["English", Self.text(scalars: 201)])), by: "mette")
        #expect(language?.message == "Language 2 is 201 characters long; a language may have at most 200. Shorten it.")
    }

    @Test func lengthIsCountedInUnicodeScalarsNotLettersOrBytes() throws {
        let fixture = try CapFixture()
        // "é" written as e and a combining accent is one letter but two scalars.
        let accented = String(repeating: "e\u{301}", count: 100)
        #expect(fixture.journal.refusal(.updateCase(caseID: fixture.caseID, changes: CaseChanges(alias: accented)), by: "mette") == nil)
        let longer = accented + "e\u{301}"
        #expect(fixture.journal.refusal(.updateCase(caseID: fixture.caseID, changes: CaseChanges(alias: longer)), by: "mette")?.message
            == "The alias is 202 characters long; an alias may have at most 200. Shorten it.")
    }

    @Test func aCaseListsAtMostTwentyLanguagesAndEachFormOfExploitationOnce() throws {
        let fixture = try CapFixture()
        let twenty = (1...20).map { "Language \($0)" }
        #expect(fixture.journal.refusal(.updateCase(caseID: fixture.caseID, changes: CaseChanges(languages: twenty)), by: "mette") == nil)
        #expect(fixture.journal.refusal(.updateCase(caseID: fixture.caseID, changes: CaseChanges(languages: twenty + ["One more"])), by: "mette")
            == CommandError(field: "languages", message: "A case may list at most 20 languages; 21 were given."))
        let twice = CaseChanges(exploitationForms: [.sexual, .forcedLabour, .sexual])
        #expect(fixture.journal.refusal(.updateCase(caseID: fixture.caseID, changes: twice), by: "mette")
            == CommandError(field: "exploitation", message: "Each form of exploitation may be given once; sexual is given twice."))
        let amended = AmendedField(name: "languages", value: (1...21).map { "L\($0)" }.joined(separator: ","))
        #expect(fixture.journal.refusal(.amendEntry(targetSeq: fixture.openedSeq, reason: "More.", changes: [amended]), by: "admin")?.field == "languages")
    }

    @Test func capsAreStatedForHelpTexts() {
        #expect(FreeTextField.caseNote.capPhrase == "at most 20 000 characters")
        #expect(FreeTextField.reason.capPhrase == "at most 2 000 characters")
        #expect(FreeTextField.alias.capPhrase == "at most 200 characters")
        #expect(FreeTextField.grouped(1_234_567) == "1 234 567")
        #expect(FreeTextField.grouped(999) == "999")
    }

    @Test func replayRefusesAnOverlongTextThatWasWrittenByHand() throws {
        var fixture = try CapFixture()
        let before = fixture.journal.state.notes.count
        let data = JSONValue.object([JSONMember("case", .string(fixture.caseID)), JSONMember("text", .string(Self.text(scalars: TextLimits.note + 1)))])
        fixture.journal.applyRaw(type: "note.added", data: data, actor: "mette")
        #expect(fixture.journal.state.notes.count == before)
        #expect(fixture.journal.state.problems.last?.message.contains("a note may have at most 20 000") == true)
    }
}

import Foundation
import Testing
import TestSupport
@testable import AssistanceCore

/// The caps on free text bound every entry line (issue 13, item 7): the largest command of
/// each kind the core accepts, every text at its cap and every character one that JSON must
/// escape as `\uXXXX`, written to a real journal, gives a line shorter than
/// ``JournalLimits/maximumLineLength``.
@Suite struct LongestLineTests {
    /// `cap` characters that JSON writes as six bytes each.
    static func escaped(_ field: FreeTextField) -> String { String(repeating: "\u{1}", count: field.cap) }

    /// The longest valid login, so that `actor`, `as` and logins in the data are longest too.
    static func login(_ letter: Character) -> String { String(repeating: letter, count: 32) }

    @Test func theLongestLineOfEveryKindFitsTheLimit() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("journal.jsonl")
        let admin = Self.login("a"), worker = Self.login("c"), other = Self.login("d"), org = Self.login("o")
        let store = try AssistanceStore.create(at: path, creator: admin, displayName: Self.escaped(.displayName))
        var lengths: [EventType: Int] = [:]
        @discardableResult func record(_ command: Command, on behalfOf: String? = worker) throws -> (entry: JournalEntry, createdID: String?) {
            let result = try store.perform(command, by: Actor(login: admin, onBehalfOf: behalfOf))
            let lines = try Data(contentsOf: URL(fileURLWithPath: path)).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            lengths[command.eventType] = max(lengths[command.eventType] ?? 0, lines[lines.count - 2].count + 1)
            return result
        }
        let today = CalendarDate.today()
        try record(.addUser(login: worker, displayName: Self.escaped(.displayName), role: .supervisor), on: nil)
        try record(.addUser(login: other, displayName: Self.escaped(.displayName), role: .caseworker), on: nil)
        try record(.changeRole(login: other, role: .coordinator), on: nil)
        try record(.addOrganisation(id: org, name: Self.escaped(.organisationName), kind: .internationalOrganisation,
                                    contact: Self.escaped(.contact), city: Self.escaped(.city)))
        try record(.updateOrganisation(id: org, changes: OrganisationChanges(
            name: Self.escaped(.organisationName), kind: .ngo, contact: Self.escaped(.contact), city: Self.escaped(.city), isActive: true)))
        let languages = Array(repeating: Self.escaped(.language), count: FreeTextField.maximumLanguages)
        let details = CaseDetails(
            alias: Self.escaped(.alias), legalName: Self.escaped(.legalName), sex: .transgender, birthYear: 1990,
            birthDate: CalendarDate(iso: "1990-12-31"), nationality: Country(code: "NG"), languages: languages,
            exploitationForms: ExploitationForm.allCases, identifiedOn: today.adding(days: -30), identifiedBy: .immigrationService,
            shelter: Self.escaped(.shelter), caseworker: worker, riskLevel: .medium, consentToProcessing: true, consentToSharing: false)
        let opened = try record(.openCase(details))
        let caseID = try #require(opened.createdID)
        try record(.updateCase(caseID: caseID, changes: CaseChanges(
            alias: Self.escaped(.alias), legalName: Self.escaped(.legalName), sex: .female, birthYear: 1990,
            birthDate: CalendarDate(iso: "1990-12-31"), nationality: Country(code: "UA"), languages: languages,
            exploitationForms: ExploitationForm.allCases, identifiedOn: today.adding(days: -30), identifiedBy: .municipality,
            shelter: Self.escaped(.shelter), riskLevel: .high)))
        try record(.assignCase(caseID: caseID, caseworker: other))
        try record(.recordConsent(caseID: caseID, processing: true, sharing: false))
        try record(.startReflection(caseID: caseID, startsOn: today.adding(days: -30)))
        try record(.extendReflection(caseID: caseID, endsOn: today.adding(days: 60), reason: Self.escaped(.reason)))
        try record(.recordStep(StepDetails(caseID: caseID, kind: .contactPersonMeeting, date: today, isDone: true, organisationID: org, note: Self.escaped(.stepNote))))
        let planned = try record(.recordStep(StepDetails(caseID: caseID, kind: .legalCounselling, date: today, isDone: false, organisationID: org, note: Self.escaped(.stepNote))))
        try record(.markStepDone(stepSeq: planned.entry.seq, doneOn: today, note: Self.escaped(.stepNote)))
        var referrals: [String] = []
        for _ in 0..<3 {
            let sent = try record(.sendReferral(ReferralDetails(
                caseID: caseID, organisationID: org, serviceKind: .contactPersonMeeting, note: Self.escaped(.referralNote), madeOn: today,
                respondBy: today.adding(days: 700), consentOverrideReason: Self.escaped(.consentOverride))))
            referrals.append(try #require(sent.createdID))
        }
        try record(.acceptReferral(referralID: referrals[0], on: today, serviceDate: today.adding(days: 700), note: Self.escaped(.referralNote)))
        try record(.completeReferral(referralID: referrals[0], on: today, note: Self.escaped(.referralNote)))
        try record(.declineReferral(referralID: referrals[1], on: today, reason: Self.escaped(.reason)))
        try record(.withdrawReferral(referralID: referrals[2], on: today, reason: Self.escaped(.reason)))
        let followUp = try record(.followUpReferral(referralID: referrals[2], on: today, note: Self.escaped(.followUpNote)))
        let note = try record(.addNote(caseID: caseID, text: Self.escaped(.caseNote)))
        try record(.amendEntry(targetSeq: note.entry.seq, reason: Self.escaped(.reason), changes: [AmendedField(name: "text", value: Self.escaped(.caseNote))]))
        try record(.amendEntry(targetSeq: planned.entry.seq, reason: Self.escaped(.reason), changes: [
            AmendedField(name: "note", value: Self.escaped(.stepNote)), AmendedField(name: "kind", value: "contact_person_meeting"),
            AmendedField(name: "date", value: today.isoText), AmendedField(name: "org", value: org),
        ]))
        try record(.amendEntry(targetSeq: followUp.entry.seq, reason: Self.escaped(.reason), changes: [AmendedField(name: "note", value: Self.escaped(.followUpNote))]))
        try record(.retractEntry(targetSeq: note.entry.seq, reason: Self.escaped(.reason)))
        try record(.closeCase(caseID: caseID, reason: .declinedAssistance, closedOn: today, note: Self.escaped(.closingNote)))
        try record(.reopenCase(caseID: caseID, reason: Self.escaped(.reason)))

        #expect(Set(lengths.keys) == Set(EventType.allCases), "every kind of entry was written")
        for (type, length) in lengths.sorted(by: { $0.value > $1.value }) {
            #expect(length < JournalLimits.maximumLineLength, "\(type.rawValue): \(length) bytes")
        }
        // The longest is an amended note: the note and the reason, every character six bytes.
        let longest = try #require(lengths.values.max())
        #expect(longest > (TextLimits.note + TextLimits.reason) * 6)
        #expect(store.state.problems.isEmpty)
    }
}

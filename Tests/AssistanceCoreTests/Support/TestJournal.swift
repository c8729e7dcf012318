import Foundation
@testable import AssistanceCore

/// A state fed through `prepare` and `apply` the way the journal would, with seqs and
/// timestamps handed out in order, so tests read as what people do.
struct TestJournal {
    var state = AssistanceState()
    var today: CalendarDate
    private(set) var seq = 0

    init(today: CalendarDate = CalendarDate(iso: "2026-11-30")!) {
        self.today = today
    }

    /// Timestamps fall at noon UTC on `today`, one second apart.
    var now: Timestamp { Timestamp(date: today, millisecondsIntoDay: 12 * 3_600_000 + Int64(seq) * 1000) }

    /// Prepares and applies a command; returns what `prepare` returned and the entry's seq.
    @discardableResult
    mutating func record(_ command: Command, by login: String, onBehalfOf: String? = nil) throws(CommandError) -> (prepared: PreparedEvent, seq: Int) {
        let prepared = try state.prepare(command, by: Actor(login: login, onBehalfOf: onBehalfOf), at: now, today: today)
        seq += 1
        do {
            try state.apply(JournalEntry(seq: seq, timestamp: now, actor: login, onBehalfOf: prepared.draft.onBehalfOf, type: prepared.draft.type, data: prepared.draft.data))
        } catch {
            // Replay checks what `prepare` checked, so this fails only if the two disagree.
            seq -= 1
            throw CommandError(field: nil, message: "Prepared, but replay refused it: \(error.reason).")
        }
        return (prepared, seq)
    }

    /// Applies a raw entry, as if hand-written into the file; a refused one leaves the state and `seq` as they were.
    mutating func applyRaw(
        type: String, data: JSONValue, actor: String = "admin", onBehalfOf: String? = nil, at timestamp: Timestamp? = nil
    ) throws(RuleViolation) {
        try state.apply(JournalEntry(seq: seq + 1, timestamp: timestamp ?? now, actor: actor, onBehalfOf: onBehalfOf, type: type, data: data))
        seq += 1
    }

    /// The refusal a command meets, or nil if it would be accepted.
    func refusal(_ command: Command, by login: String, onBehalfOf: String? = nil) -> CommandError? {
        do {
            _ = try state.prepare(command, by: Actor(login: login, onBehalfOf: onBehalfOf), at: now, today: today)
            return nil
        } catch {
            return error
        }
    }

    /// A journal with an admin, two caseworkers, a coordinator, a supervisor and three
    /// organisations (one inactive).
    static func staffed(today: CalendarDate = CalendarDate(iso: "2026-11-30")!) throws -> TestJournal {
        var journal = TestJournal(today: today)
        try journal.record(.addUser(login: "admin", displayName: "Ada Admin", role: .admin), by: "admin")
        try journal.record(.addUser(login: "mette", displayName: "Mette Nielsen", role: .caseworker), by: "admin")
        try journal.record(.addUser(login: "jonas", displayName: "Jonas Lund", role: .caseworker), by: "admin")
        try journal.record(.addUser(login: "sofie", displayName: "Sofie Krag", role: .coordinator), by: "admin")
        try journal.record(.addUser(login: "karin", displayName: "Karin Bech", role: .supervisor), by: "admin")
        try journal.record(.addOrganisation(id: "clinic", name: "City Clinic", kind: .healthService, contact: nil, city: "Aarhus"), by: "sofie")
        try journal.record(.addOrganisation(id: "legal", name: "Legal Aid", kind: .legalAid, contact: "+45 1", city: nil), by: "sofie")
        try journal.record(.addOrganisation(id: "closed-org", name: "Closed Org", kind: .other, contact: nil, city: nil), by: "sofie")
        try journal.record(.updateOrganisation(id: "closed-org", changes: OrganisationChanges(isActive: false)), by: "sofie")
        return journal
    }

    /// Opens a case for Mette and returns its id.
    mutating func openCase(
        alias: String = "Amina", identifiedOn: CalendarDate? = nil, sharing: Bool = true, birthYear: Int? = 1990, by login: String = "mette"
    ) throws -> String {
        let details = CaseDetails(
            alias: alias, sex: .female, birthYear: birthYear, nationality: Country(code: "NG"), languages: ["English"],
            exploitationForms: [.sexual], identifiedOn: identifiedOn ?? today.adding(days: -10), identifiedBy: .police,
            caseworker: "mette", consentToProcessing: true, consentToSharing: sharing)
        return try record(.openCase(details), by: login).prepared.createdID!
    }
}

extension Role {
    /// The login that holds this role in `TestJournal.staffed()` and `ForgeryFixture`.
    var staffLogin: String {
        switch self {
        case .caseworker: "mette"
        case .coordinator: "sofie"
        case .supervisor: "karin"
        case .admin: "admin"
        }
    }
}

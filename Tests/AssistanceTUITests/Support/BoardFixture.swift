import AssistanceCore
import AssistanceRuntime
import Foundation
import Testing
@testable import AssistanceTUI
import TestSupport

/// A real journal whose entries were appended on past days, so that on `today`
/// (2026-03-10, UTC) two referrals are overdue, one is accepted, one waits in time and one
/// was declined — the coordinator's week — and 2026-03-07 to 03-09 hold no entries.
///
/// People: `ada` admin, `sofie` coordinator, `mette` caseworker, `karin` supervisor.
final class BoardFixture {
    let directory = TemporaryDirectory()
    let store: AssistanceStore
    static let today = CalendarDate(iso: "2026-03-10")!
    static let utc = TimeZone(identifier: "UTC")!

    // What the journal created, as it answered: tests use these, never numbers that depend on
    // the year or on how many entries came before.
    /// Amina's case, with a reflection period ending on 2026-03-14.
    private(set) var amina = ""
    /// Оксана's case.
    private(set) var oksana = ""
    /// Amina to the clinic, medical, sent 2026-02-20: overdue.
    private(set) var aminaMedical = ""
    /// Оксана to the shelter, accommodation, sent 2026-03-01: overdue.
    private(set) var oksanaShelter = ""
    /// Оксана to legal aid, sent 2026-03-01, accepted.
    private(set) var oksanaLegal = ""
    /// Amina to the clinic, psychological, sent 2026-03-05: waiting in time.
    private(set) var aminaPsychological = ""
    /// Оксана to the shelter, interpreter, sent 2026-03-05, declined.
    private(set) var oksanaInterpreter = ""
    /// The seq of the entry that registered Sofie, the day's second.
    private(set) var sofieAddedSeq = 0
    /// The seq of the entry that opened Amina's case.
    private(set) var aminaOpenedSeq = 0
    /// The seq of today's note on Amina's case.
    private(set) var noteSeq = 0

    /// The journal, every entry stamped at the given day's hours.
    init() throws {
        let path = directory.file("journal.jsonl")
        _ = try JournalFile.create(at: path, now: Self.at("2026-02-20", hour: 8))
        store = try AssistanceStore(openingJournalAt: path)
        try record(.addUser(login: "ada", displayName: "Ada Admin", role: .admin), by: "ada", on: "2026-02-20", hour: 8)
        sofieAddedSeq = try record(.addUser(login: "sofie", displayName: "Sofie Krag", role: .coordinator), by: "ada", on: "2026-02-20", hour: 8).entry.seq
        try record(.addUser(login: "mette", displayName: "Mette Nielsen", role: .caseworker), by: "ada", on: "2026-02-20", hour: 8)
        try record(.addUser(login: "karin", displayName: "Karin Bech", role: .supervisor), by: "ada", on: "2026-02-20", hour: 8)
        try record(.addOrganisation(id: "clinic", name: "City Clinic", kind: .healthService, contact: nil, city: "Aarhus"), by: "sofie", on: "2026-02-20", hour: 9)
        try record(.addOrganisation(id: "redcross", name: "Red Cross Shelter", kind: .shelter, contact: nil, city: "Copenhagen"), by: "sofie",
                   on: "2026-02-20", hour: 9)
        try record(.addOrganisation(id: "legal", name: "Legal Aid", kind: .legalAid, contact: nil, city: nil), by: "sofie", on: "2026-02-20", hour: 9)
        let opened = try record(.openCase(Self.details("Amina", identifiedOn: "2026-02-12")), by: "mette", on: "2026-02-20", hour: 10)
        (amina, aminaOpenedSeq) = (try #require(opened.createdID), opened.entry.seq)
        try record(.startReflection(caseID: amina, startsOn: CalendarDate(iso: "2026-02-12")!), by: "mette", on: "2026-02-20", hour: 10)
        aminaMedical = try send(Self.referral(amina, to: "clinic", for: .medical, on: "2026-02-20"), hour: 11)
        oksana = try #require(try record(.openCase(Self.details("Оксана", identifiedOn: "2026-03-01")), by: "mette", on: "2026-03-01", hour: 9).createdID)
        oksanaShelter = try send(Self.referral(oksana, to: "redcross", for: .accommodation, on: "2026-03-01"), hour: 10)
        oksanaLegal = try send(Self.referral(oksana, to: "legal", for: .legalCounselling, on: "2026-03-01"), hour: 11)
        try record(.acceptReferral(referralID: oksanaLegal, on: CalendarDate(iso: "2026-03-02")!, serviceDate: nil, note: nil), by: "sofie",
                   on: "2026-03-02", hour: 14)
        aminaPsychological = try send(Self.referral(amina, to: "clinic", for: .psychological, on: "2026-03-05"), hour: 9)
        oksanaInterpreter = try send(Self.referral(oksana, to: "redcross", for: .interpreter, on: "2026-03-05"), hour: 9)
        try record(.declineReferral(referralID: oksanaInterpreter, on: CalendarDate(iso: "2026-03-06")!, reason: "No interpreter free"), by: "sofie",
                   on: "2026-03-06", hour: 15)
        noteSeq = try record(.addNote(caseID: amina, text: "Called the clinic"), by: "mette", on: "2026-03-10", hour: 9).entry.seq
    }

    /// Mette sends `referral` on the day it was made, at `hour`; returns its id.
    private func send(_ referral: ReferralDetails, hour: Int) throws -> String {
        try #require(try record(.sendReferral(referral), by: "mette", on: referral.madeOn.description, hour: hour).createdID)
    }

    /// Noon-ish on `day` at `hour` UTC.
    static func at(_ day: String, hour: Int) -> Timestamp {
        Timestamp(date: CalendarDate(iso: day)!, millisecondsIntoDay: Int64(hour) * 3_600_000)
    }

    /// Appends `command` by `login` as if on `day` at `hour`; returns the entry and the id it created.
    @discardableResult
    func record(_ command: Command, by login: String, on day: String, hour: Int) throws -> (entry: JournalEntry, createdID: String?) {
        let instant = Self.at(day, hour: hour)
        return try store.perform(command, by: Actor(login: login), now: { instant }, zone: Self.utc)
    }

    static func details(_ alias: String, identifiedOn: String) -> CaseDetails {
        CaseDetails(alias: alias, sex: .female, nationality: Country(code: "NG"), exploitationForms: [.forcedLabour],
                    identifiedOn: CalendarDate(iso: identifiedOn)!, identifiedBy: .police, caseworker: "mette",
                    consentToProcessing: true, consentToSharing: true)
    }

    static func referral(_ caseID: String, to organisationID: String, for kind: StepKind, on day: String) -> ReferralDetails {
        ReferralDetails(caseID: caseID, organisationID: organisationID, serviceKind: kind, madeOn: CalendarDate(iso: day)!)
    }

    /// The session of `login`, today fixed and appends stamped at noon today.
    func session(_ login: String) -> StoreSession {
        StoreSession(store: store, login: login, zone: Self.utc, today: { BoardFixture.today }, now: { BoardFixture.at("2026-03-10", hour: 12) })
    }

    /// The app as the launcher builds it for `login`, on their home screen unless told.
    func app(_ login: String, startTab: Int? = nil, width: Int = 80, height: Int = 24) -> AppModel {
        AppScreens.app(context: session(login).context(), width: width, height: height, startTab: startTab)
    }

    /// Feeds keys as `login`, carrying out effects on the real journal.
    func drive(_ model: AppModel, as login: String, keys: [Key]) -> AppModel {
        AssistanceTUITests.drive(model, keys: keys, answer: AppRuntime(testing: session(login)).answer).0
    }

    /// The journal's lines, for checking what was appended.
    func journalLines() throws -> [String] {
        try String(contentsOfFile: store.path, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

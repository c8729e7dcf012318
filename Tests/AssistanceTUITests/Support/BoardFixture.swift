import AssistanceCore
import AssistanceRuntime
import Foundation
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

    /// The journal, every entry stamped at the given day's hours.
    init() throws {
        let path = directory.file("journal.jsonl")
        _ = try JournalFile.create(at: path, now: Self.at("2026-02-20", hour: 8))
        store = try AssistanceStore(openingJournalAt: path)
        try record(.addUser(login: "ada", displayName: "Ada Admin", role: .admin), by: "ada", on: "2026-02-20", hour: 8)
        try record(.addUser(login: "sofie", displayName: "Sofie Krag", role: .coordinator), by: "ada", on: "2026-02-20", hour: 8)
        try record(.addUser(login: "mette", displayName: "Mette Nielsen", role: .caseworker), by: "ada", on: "2026-02-20", hour: 8)
        try record(.addUser(login: "karin", displayName: "Karin Bech", role: .supervisor), by: "ada", on: "2026-02-20", hour: 8)
        try record(.addOrganisation(id: "clinic", name: "City Clinic", kind: .healthService, contact: nil, city: "Aarhus"), by: "sofie", on: "2026-02-20", hour: 9)
        try record(.addOrganisation(id: "redcross", name: "Red Cross Shelter", kind: .shelter, contact: nil, city: "Copenhagen"), by: "sofie",
                   on: "2026-02-20", hour: 9)
        try record(.addOrganisation(id: "legal", name: "Legal Aid", kind: .legalAid, contact: nil, city: nil), by: "sofie", on: "2026-02-20", hour: 9)
        try record(.openCase(Self.details("Amina", identifiedOn: "2026-02-12")), by: "mette", on: "2026-02-20", hour: 10)
        try record(.startReflection(caseID: "C-2026-0001", startsOn: CalendarDate(iso: "2026-02-12")!), by: "mette", on: "2026-02-20", hour: 10)
        try record(.sendReferral(Self.referral("C-2026-0001", to: "clinic", for: .medical, on: "2026-02-20")), by: "mette", on: "2026-02-20", hour: 11)
        try record(.openCase(Self.details("Оксана", identifiedOn: "2026-03-01")), by: "mette", on: "2026-03-01", hour: 9)
        try record(.sendReferral(Self.referral("C-2026-0002", to: "redcross", for: .accommodation, on: "2026-03-01")), by: "mette", on: "2026-03-01", hour: 10)
        try record(.sendReferral(Self.referral("C-2026-0002", to: "legal", for: .legalCounselling, on: "2026-03-01")), by: "mette", on: "2026-03-01", hour: 11)
        try record(.acceptReferral(referralID: "R-2026-0003", on: CalendarDate(iso: "2026-03-02")!, serviceDate: nil, note: nil), by: "sofie",
                   on: "2026-03-02", hour: 14)
        try record(.sendReferral(Self.referral("C-2026-0001", to: "clinic", for: .psychological, on: "2026-03-05")), by: "mette", on: "2026-03-05", hour: 9)
        try record(.sendReferral(Self.referral("C-2026-0002", to: "redcross", for: .interpreter, on: "2026-03-05")), by: "mette", on: "2026-03-05", hour: 9)
        try record(.declineReferral(referralID: "R-2026-0005", on: CalendarDate(iso: "2026-03-06")!, reason: "No interpreter free"), by: "sofie",
                   on: "2026-03-06", hour: 15)
        try record(.addNote(caseID: "C-2026-0001", text: "Called the clinic"), by: "mette", on: "2026-03-10", hour: 9)
    }

    /// Noon-ish on `day` at `hour` UTC.
    static func at(_ day: String, hour: Int) -> Timestamp {
        Timestamp(date: CalendarDate(iso: day)!, millisecondsIntoDay: Int64(hour) * 3_600_000)
    }

    /// Appends `command` by `login` as if on `day` at `hour`.
    func record(_ command: Command, by login: String, on day: String, hour: Int) throws {
        let instant = Self.at(day, hour: hour)
        _ = try store.perform(command, by: Actor(login: login), now: { instant }, zone: Self.utc)
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

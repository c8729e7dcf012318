import AssistanceCore
import AssistanceRuntime
import Foundation
import Testing
@testable import AssistanceTUI
import TestSupport

/// A real journal in a temporary directory with a small centre in it — an admin, a
/// caseworker, an organisation and cases whose aliases are in several scripts — and the
/// app opened on it at a fixed day and time in UTC.
final class DeskFixture {
    let directory: TemporaryDirectory
    let store: AssistanceStore
    let session: StoreSession
    /// Carries out the app's effects on the journal, as the terminal's runtime does.
    let runtime: AppRuntime
    /// The id the journal gave each case of `aliases`, in order: tests name cases by these,
    /// never by a number that depends on the year or on how many cases came before.
    let caseIDs: [String]
    static let today = CalendarDate(iso: "2026-03-10")!
    static let noon = Timestamp(date: today, millisecondsIntoDay: 12 * 3_600_000)
    static let utc = TimeZone(identifier: "UTC")!

    /// The journal with its cases, seen by `login` (the caseworker unless told otherwise), in
    /// `directory` (a fresh temporary one unless told).
    init(login: String = "mette", aliases: [(String, String)] = DeskFixture.sampleCases, directory: TemporaryDirectory = TemporaryDirectory()) throws {
        self.directory = directory
        let path = directory.file("journal.jsonl")
        let store = try AssistanceStore.create(at: path, creator: "ada", displayName: "Ada Admin")
        self.store = store
        let admin = Actor(login: "ada")
        try Self.record(store, .addUser(login: "mette", displayName: "Mette Nielsen", role: .caseworker), by: admin)
        try Self.record(store, .addOrganisation(id: "redcross", name: "Red Cross Shelter", kind: .shelter, contact: nil, city: "Copenhagen"), by: admin)
        caseIDs = try aliases.map { alias, country in
            try #require(try Self.record(store, .openCase(CaseDetails(
                alias: alias, sex: .female, nationality: Country(code: country), exploitationForms: [.sexual],
                identifiedOn: Self.today.adding(days: -5), identifiedBy: .police, caseworker: "mette")), by: admin))
        }
        session = StoreSession(store: store, login: login, zone: Self.utc, today: { DeskFixture.today }, now: { DeskFixture.noon })
        runtime = AppRuntime(testing: session)
    }

    /// The id of the case with `alias`, for cases a test opens itself.
    func caseID(alias: String) -> String? {
        store.state.cases.first { $0.alias == alias }?.id
    }

    /// Cases in Danish, Cyrillic, Thai, Vietnamese and CJK, plus one with an escape sequence.
    static let sampleCases: [(String, String)] = [
        ("Søren Ærø", "DK"), ("Оксана", "UA"), ("สมหญิง", "TH"), ("Nguyễn Thị Hoa", "VN"), ("李娜", "CN"),
        ("Eve\u{1B}[2J", "NG"),
    ]

    /// Appends `command` by `actor` at noon today; returns the id of the case or referral it created.
    @discardableResult
    static func record(_ store: AssistanceStore, _ command: Command, by actor: Actor) throws -> String? {
        try store.perform(command, by: actor, now: { DeskFixture.noon }, zone: utc).createdID
    }

    /// The app on the journal, as the launcher builds it.
    func app(width: Int = 80, height: Int = 24) -> AppModel {
        AppScreens.app(context: session.context(), width: width, height: height)
    }

    /// Feeds keys, carrying out effects on the real journal.
    func drive(_ model: AppModel, keys: [Key]) -> AppModel {
        AssistanceTUITests.drive(model, keys: keys, answer: runtime.answer).0
    }

    /// Another process's store on the same file, for live-refresh tests.
    func secondStore() throws -> AssistanceStore {
        try AssistanceStore(openingJournalAt: store.path)
    }
}

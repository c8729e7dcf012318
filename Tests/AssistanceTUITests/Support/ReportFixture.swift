import AssistanceCore
import Foundation
@testable import AssistanceTUI

/// The desk journal (six women identified by the police on 2026-03-05 for sexual
/// exploitation) plus two men identified by an NGO in February 2026, one of them for two
/// forms of exploitation, and a woman identified in 2025: known numbers for the Reports screen.
enum ReportFixture {
    /// The journal, seen by the admin, so the Reports screen reads it as a supervisor would.
    static func desk() throws -> DeskFixture {
        let desk = try DeskFixture(login: "ada")
        let admin = Actor(login: "ada")
        let men: [(String, [ExploitationForm])] = [("Taras", [.forcedLabour, .sexual]), ("Bohdan", [.forcedLabour])]
        for (alias, forms) in men {
            try DeskFixture.record(desk.store, .openCase(CaseDetails(
                alias: alias, sex: .male, nationality: Country(code: "UA"), exploitationForms: forms,
                identifiedOn: CalendarDate(iso: "2026-02-10")!, identifiedBy: .ngo, caseworker: "mette")), by: admin)
        }
        try DeskFixture.record(desk.store, .openCase(CaseDetails(
            alias: "Malee", sex: .female, nationality: Country(code: "TH"), exploitationForms: [.sexual],
            identifiedOn: CalendarDate(iso: "2025-06-01")!, identifiedBy: .centre, caseworker: "mette")), by: admin)
        return desk
    }

    /// The app opened on the Reports tab.
    static func app(_ desk: DeskFixture, width: Int = 80, height: Int = 24) -> AppModel {
        AppScreens.app(context: desk.session.context(), width: width, height: height, startTab: 4)
    }

    /// The Reports screen of `model`.
    static func screen(_ model: AppModel) -> ReportsScreen? {
        model.tabs[4].top as? ReportsScreen
    }
}

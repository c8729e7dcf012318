import AssistanceCore
import Foundation
import Testing
@testable import AssistanceTUI

/// The Reports screen (issue 5): the period report drawn as tables with bars, year and
/// period navigation, suppression, scrolling and writing the CSV files.
@Suite struct ReportsScreenTests {
    @Test func dump() throws {
        let desk = try ReportFixture.desk()
        let model = ReportFixture.app(desk)
        print(model.render().lines.joined(separator: "\n"))
        let (scrolled, _) = drive(model, keys: [.pageDown])
        print(scrolled.render().lines.joined(separator: "\n"))
        let (scrolled2, _) = drive(scrolled, keys: [.pageDown, .character("s")])
        print(scrolled2.render().lines.joined(separator: "\n"))
        let (scrolled3, _) = drive(scrolled2, keys: [.pageDown, .character("s")])
        print(scrolled3.render().lines.joined(separator: "\n"))
    }
}

import AssistanceCore
import Foundation
import Testing
@testable import AssistanceTUI

/// The Reports screen (issue 5): the period report drawn as tables with bars, year and
/// period navigation, suppression and scrolling. Writing the CSV files is in
/// `ReportFilesTests`.
@Suite struct ReportsScreenTests {
    /// Eight cases identified in 2026 (six women, two men) and one in 2025, drawn at 80×24.
    @Test func drawnAt80x24ShowsTheCurrentYearAsTablesWithBars() throws {
        let lines = ReportFixture.app(try ReportFixture.desk()).render().lines
        #expect(Array(lines[1...21]) == [
            " 1 Cases  2 Referrals  3 Activity  4 Organisations [5 Reports]",
            "Period 2026-01-01 to 2026-12-31 · all counts shown                 table 1 of 12",
            "Cases",
            "Cases                          Count",
            "Identified in the period           8  █████████████████████████████████████▍",
            "Open at the end of the period      9  ██████████████████████████████████████████",
            "Closed in the period               0",
            "",
            "Cases identified, by sex",
            "Sex          Cases",
            "Female           6  ████████████████████████████████████████████████████████████",
            "Male             2  ████████████████████",
            "Transgender      0",
            "Unknown          0",
            "Total            8",
            "",
            "Cases identified, by age group at identification",
            "Age group        Cases",
            "Minor                0",
            "Adult                0",
            "Birth not known      8  ████████████████████████████████████████████████████████",
        ])
        #expect(lines[23] == "[ prev year  ] next year  p period  s suppress  w write CSV  ? help  q quit")
    }

    @Test func bracketsStepToThePreviousAndNextYear() throws {
        let desk = try ReportFixture.desk()
        let (previous, _) = drive(ReportFixture.app(desk), keys: [.character("[")])
        #expect(ReportFixture.screen(previous)?.period == .year(2025))
        let lines = previous.render().lines
        #expect(lines[2].hasPrefix("Period 2025-01-01 to 2025-12-31 · all counts shown"))
        #expect(lines.contains { $0.hasPrefix("Identified in the period           1  ") })
        #expect(lines.contains { $0.hasPrefix("Male             0") })
        let (next, _) = drive(previous, keys: [.character("]"), .character("]")])
        #expect(ReportFixture.screen(next)?.period == .year(2027))
        #expect(next.render().lines.contains { $0 == "Identified in the period           0" })
    }

    @Test func periodFormSetsAnyPeriod() throws {
        let desk = try ReportFixture.desk()
        let keys: [Key] = [.character("p"), .control("u")] + typing("2026-02-01") + [.tab, .control("u")] + typing("2026-02-28") + [.enter]
        let (model, effects) = drive(ReportFixture.app(desk), keys: keys)
        #expect(effects.isEmpty)
        let screen = try #require(ReportFixture.screen(model))
        #expect(screen.form == nil)
        #expect(screen.period == ReportPeriod(from: CalendarDate(iso: "2026-02-01")!, to: CalendarDate(iso: "2026-02-28")!))
        let lines = model.render().lines
        #expect(lines[2].hasPrefix("Period 2026-02-01 to 2026-02-28"))
        // Only the two men were identified in February.
        #expect(lines.contains { $0.hasPrefix("Identified in the period           2  ") })
        #expect(lines.contains { $0.hasPrefix("Female           0") })
    }

    /// A last day before the first, or a date that cannot be read, is marked next to its
    /// field; the form stays open with what was typed and the period does not change.
    @Test func refusedPeriodKeepsItsInputAndSaysWhy() throws {
        let desk = try ReportFixture.desk()
        let backwards: [Key] = [.character("p"), .control("u")] + typing("2026-03-31") + [.tab, .control("u")] + typing("-400") + [.enter]
        let (refused, _) = drive(ReportFixture.app(desk), keys: backwards)
        let screen = try #require(ReportFixture.screen(refused))
        #expect(screen.period == .year(2026))
        #expect(screen.form?.values == ["from": "2026-03-31", "to": "-400"])
        let text = refused.render().lines.joined(separator: "\n")
        #expect(text.contains("! 2025-02-03 is before the first day; give a later last day."))
        #expect(text.contains("Error: The period was not changed; correct the field marked with !."))
        let (unreadable, _) = drive(refused, keys: [.backTab, .control("u")] + typing("soon") + [.enter])
        #expect(ReportFixture.screen(unreadable)?.form?.values == ["from": "soon", "to": "-400"])
        #expect(unreadable.render().lines.contains { $0.contains("! 'soon' is not a date; use YYYY-MM-DD, today, -N or +N.") })
        let (cancelled, _) = drive(unreadable, keys: [.escape])
        #expect(ReportFixture.screen(cancelled)?.form == nil)
        #expect(ReportFixture.screen(cancelled)?.period == .year(2026))
    }

    /// `s` hides counts from 1 to 4 as `<5` with no bar, says so in the header, and `s`
    /// again shows every count.
    @Test func suppressionToggles() throws {
        let desk = try ReportFixture.desk()
        let (suppressed, _) = drive(ReportFixture.app(desk), keys: [.character("s")])
        let lines = suppressed.render().lines
        #expect(lines[2].hasPrefix("Period 2026-01-01 to 2026-12-31 · counts below 5 shown as <5"))
        #expect(lines.contains("Male            <5"))
        #expect(lines.contains { $0.hasPrefix("Female           6  ██") })
        #expect(ReportFixture.screen(suppressed)?.shownReport.suppressionThreshold == 5)
        let (shown, _) = drive(suppressed, keys: [.character("s")])
        #expect(shown.render().lines.contains { $0.hasPrefix("Male             2  ██") })
    }

    @Test func barsAreASCIIWhenTheTerminalIsNotUTF8() throws {
        let desk = try ReportFixture.desk()
        desk.session.isUTF8Terminal = false
        let lines = ReportFixture.app(desk).render().lines
        #expect(lines[11] == "Female           6  " + String(repeating: "#", count: 60))
        #expect(lines[12] == "Male             2  " + String(repeating: "#", count: 20))
        #expect(!lines[3...21].joined().contains { "█▏▎▍▌▋▊▉".contains($0) })
    }

    @Test func barsCountInEighthsAndNeverHideASmallCount() {
        let chart = BarChart(usesBlockCharacters: true, largest: 8, width: 2)
        #expect(chart.bar(for: 8) == "██")
        #expect(chart.bar(for: 3) == "▊")
        #expect(chart.bar(for: 5) == "█▎")
        #expect(chart.bar(for: 0) == "")
        #expect(BarChart(usesBlockCharacters: true, largest: 1000, width: 10).bar(for: 1) == "▏")
        #expect(BarChart(usesBlockCharacters: false, largest: 1000, width: 10).bar(for: 1) == "#")
        #expect(BarChart(usesBlockCharacters: false, largest: 8, width: 4).bar(for: 6) == "###")
    }

    /// The report is longer than a screen: j/k, PgDn/PgUp, Home/End and n/N move through it.
    @Test func scrollsAndJumpsBetweenTables() throws {
        let model = ReportFixture.app(try ReportFixture.desk())
        let (down, _) = drive(model, keys: [.character("j"), .character("j")])
        #expect(down.render().lines[3] == "Identified in the period           8  █████████████████████████████████████▍")
        let (next, _) = drive(model, keys: [.character("n"), .character("n")])
        #expect(next.render().lines[3] == "Cases identified, by age group at identification")
        #expect(next.render().lines[2].hasSuffix("table 3 of 12"))
        let (back, _) = drive(next, keys: [.character("N")])
        #expect(back.render().lines[3] == "Cases identified, by sex")
        let (end, _) = drive(model, keys: [.end])
        let endLines = end.render().lines
        #expect(endLines[21].hasPrefix("Note: Open cases are counted") || endLines[21].hasPrefix("person who recorded"))
        #expect(drive(end, keys: [.pageDown]).0.render().lines == endLines)
        let (home, _) = drive(end, keys: [.pageUp, .home])
        #expect(home.render().lines == model.render().lines)
    }

    /// A change appended by anyone shows at once, keeping the period and the scroll.
    @Test func journalChangesRecomputeKeepingPeriodAndScroll() throws {
        let desk = try ReportFixture.desk()
        let (lastYear, _) = drive(ReportFixture.app(desk), keys: [.character("["), .character("j")])
        try DeskFixture.record(desk.store, .openCase(CaseDetails(
            alias: "Late entry", sex: .female, exploitationForms: [.sexual],
            identifiedOn: CalendarDate(iso: "2025-12-31")!, identifiedBy: .police)), by: Actor(login: "ada"))
        let (refreshed, _) = AppModel.update(lastYear, .journalChanged(desk.session.context()))
        let screen = try #require(ReportFixture.screen(refreshed))
        #expect(screen.period == .year(2025))
        #expect(screen.scroll == 1)
        #expect(refreshed.render().lines[3].hasPrefix("Cases                          Count"))
        #expect(refreshed.render().lines.contains { $0.hasPrefix("Identified in the period           2  ") })
    }

    @Test func helpListsEveryKeyOfTheScreen() throws {
        let (model, _) = drive(ReportFixture.app(try ReportFixture.desk()), keys: [.character("?")])
        let text = model.render().lines.joined(separator: "\n")
        #expect(text.contains("Keys: Reports"))
        for binding in ReportsScreen.keys.bindings { #expect(text.contains(String(binding.description.prefix(30)))) }
    }
}

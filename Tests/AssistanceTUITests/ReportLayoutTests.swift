import AssistanceCore
import Testing
@testable import AssistanceTUI

/// How report tables are laid out for the screen: wrapped headers, bars beside the first
/// count column, and a separate chart when the table is too wide for bars beside it.
@Suite struct ReportLayoutTests {
    static let outcomes = ReportTable(
        id: "referrals_by_organisation", title: "Referrals sent, by organisation",
        columns: ["Organisation", "Sent", "Accepted", "Declined", "Completed", "Withdrawn", "Still open", "Median days to answer"],
        rows: [
            [.text("Red Cross Shelter"), .count(8), .count(1), .count(2), .count(3), .count(1), .count(1), .days(4)],
            [.text("Free Legal Aid Office of Copenhagen"), .count(2), .count(0), .count(0), .count(1), .count(0), .count(1), .days(2.5)],
        ],
        totals: [.text("Total"), .count(10), .count(1), .count(2), .count(4), .count(1), .count(2), .days(4)])

    @Test func aTableTooWideForBarsBesideGetsAChartBelow() {
        let lines = ReportLayout.lines(for: Self.outcomes, width: 80, usesBlockCharacters: true)
        #expect(lines.map(\.text) == [
            "Referrals sent, by organisation",
            "                                                               Still Median days",
            "Organisation        Sent Accepted Declined Completed Withdrawn  open   to answer",
            "Red Cross Shelter      8        1        2         3         1     1           4",
            "Free Legal Aid Off…    2        0        0         1         0     1         2.5",
            "Total                 10        1        2         4         1     2           4",
            "                     Sent",
            "Red Cross Shelter       8",
            "Free Legal Aid Off…     2",
        ])
        #expect(lines[3].bar.isEmpty)
        #expect(lines[7].bar == String(repeating: "█", count: 53))
        #expect(lines[8].bar == String(repeating: "█", count: 13) + "▎")
        #expect(lines[7].barColumn == 27)
        #expect(lines.first?.startsTable == true)
        #expect(lines.dropFirst().allSatisfy { !$0.startsTable })
    }

    /// Wide enough, the same table has its bars beside the rows and no separate chart.
    @Test func aWideTerminalPutsTheBarsBesideTheRows() {
        let lines = ReportLayout.lines(for: Self.outcomes, width: 140, usesBlockCharacters: false)
        #expect(lines.count == 6)
        #expect(lines[3].text.hasPrefix("Red Cross Shelter" + String(repeating: " ", count: 23) + "8  "))
        #expect(lines[3].bar == String(repeating: "#", count: lines[3].bar.count))
        #expect(lines[3].barColumn + lines[3].bar.count == 140)
        #expect(lines[4].bar.count == Int((Double(lines[3].bar.count) / 4).rounded()))
        #expect(lines[5].bar.isEmpty)
    }
}

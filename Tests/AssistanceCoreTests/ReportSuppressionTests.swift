import Testing
@testable import AssistanceCore

/// Issue 5: `--suppress-below N` for publication, and reports of journals with little in them.
@Suite struct ReportSuppressionTests {
    let report: PeriodReport

    init() throws {
        report = PeriodReport.build(from: try ReportJournal.build().state, period: ReportJournal.period, suppressBelow: 3)
    }

    @Test func countsBelowTheThresholdBecomeLessThanAndZeroStays() {
        #expect(report.suppressionThreshold == 3)
        let sex = report.table("identified_by_sex")!
        #expect(sex.rows == [
            [.text("Female"), .suppressed(threshold: 3)], [.text("Male"), .suppressed(threshold: 3)],
            [.text("Transgender"), .suppressed(threshold: 3)], [.text("Unknown"), .count(0)],
        ])
        #expect(sex.totals == [.text("Total (counts below 3 suppressed)"), .count(4)])
        #expect(sex.footnotes == ["Counts from 1 to 2 are shown as <3 so that no person can be recognised."])
    }

    @Test func textSaysSuppressionAppliedInTheTotalsRow() {
        let text = report.text()
        let expected = """
            Cases identified, by sex
            Sex                                Cases
            ----------------------------------------
            Female                                <3
            Male                                  <3
            Transgender                           <3
            Unknown                                0
            ----------------------------------------
            Total (counts below 3 suppressed)      4
            Note: Counts from 1 to 2 are shown as <3 so that no person can be recognised.
            """
        #expect(text.hasPrefix("Period report 2026-01-01 to 2026-06-30\nCounts from 1 to 2 are suppressed.\n"))
        #expect(text.contains(expected))
    }

    @Test func suppressedTotalsAndMediansInCSVAndJSON() {
        let organisations = report.table("referrals_by_organisation")!
        #expect(organisations.csv() == """
            Organisation,Sent,Accepted,Declined,Completed,Withdrawn,Still open,Median days to answer\r
            City Clinic,4,<3,<3,<3,<3,0,5\r
            Legal Aid,<3,0,<3,0,0,<3,7\r
            Total (counts below 3 suppressed),6,<3,<3,<3,<3,<3,6\r

            """)
        let json = JSONWriter.encodeString(report.json())
        #expect(json.hasPrefix(#"{"period":{"from":"2026-01-01","to":"2026-06-30"},"suppressed_below":3,"#))
        #expect(json.contains(#"["City Clinic",4,"<3","<3","<3","<3",0,5]"#))
    }

    @Test func suppressingTwiceOrBelowTwoChangesNothing() throws {
        #expect(report.suppressed(below: 5) == report)
        let plain = PeriodReport.build(from: try ReportJournal.build().state, period: ReportJournal.period)
        #expect(plain.suppressed(below: 1) == plain)
        #expect(plain.suppressed(below: 3) == report)
    }

    @Test func anEmptyJournalGivesZerosAndNoMedian() {
        let empty = PeriodReport.build(from: AssistanceState(), period: .year(2026))
        #expect(empty.table("cases")!.rows.map { $0[1] } == [.count(0), .count(0), .count(0)])
        #expect(empty.table("identified_by_nationality")!.rows.isEmpty)
        #expect(empty.table("referrals_by_organisation")!.totals?.last == .days(nil))
        let text = empty.text()
        #expect(text.contains("Cases identified, by nationality\nNationality  Cases\n------------------\n------------------\nTotal            0\n"))
    }

    @Test func periodsAndMedians() {
        #expect(ReportPeriod(from: ReportJournal.day("2026-02-01"), to: ReportJournal.day("2026-01-31")) == nil)
        let year = ReportPeriod.year(2024)
        #expect(year.description == "2024-01-01 to 2024-12-31")
        #expect(year.contains(ReportJournal.day("2024-02-29")) && !year.contains(ReportJournal.day("2025-01-01")))
        #expect(year.nextYear == .year(2025) && year.previousYear == .year(2023))
        #expect(median([]) == nil && median([9, 1, 5]) == 5 && median([1, 2, 4, 10]) == 3)
        #expect(ReportCell.days(2.5).displayText == "2.5" && ReportCell.days(3).displayText == "3" && ReportCell.days(nil).displayText == "-")
    }
}

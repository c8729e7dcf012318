import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 14: the Organisations directory (board journal) and the Reports screen (report
/// journal: eight cases identified in 2026, one in 2025) as whole frames.
@Suite struct DirectoryAndReportsFrameTests {
    @Test func organisationsAt80x24() throws {
        expectFrame(try BoardFixture().app("sofie", startTab: 3), [
            "journal.jsonl · Sofie Krag (coordinator)     2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals  3 Activity [4 Organisations] 5 Reports",
            "3 organisations, 3 active · declined: last 90 days · median: days to answer",
            "  Id         Name         Kind      City     Active Open Overdue Declined Median",
            "! clinic     City Clinic  Health s… Aarhus   yes       2       1        0      –",
            "  legal      Legal Aid    Legal aid          yes       1       0        0      1",
            "! redcross   Red Cross S… Shelter   Copenha… yes       1       1        1      1",
        ] + blankRows(16) + [
            "Enter referrals  N new  e edit  I inactive  ? help  q quit",
        ])
    }

    @Test func organisationsAt100x30() throws {
        expectFrame(try BoardFixture().app("sofie", startTab: 3, width: 100, height: 30), [
            "journal.jsonl · Sofie Krag (coordinator)                         2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals  3 Activity [4 Organisations] 5 Reports",
            "3 organisations, 3 active · declined: last 90 days · median: days to answer",
            "  Id           Name                  Kind          City          Active Open Overdue Declined Median",
            "! clinic       City Clinic           Health servi… Aarhus        yes       2       1        0      –",
            "  legal        Legal Aid             Legal aid                   yes       1       0        0      1",
            "! redcross     Red Cross Shelter     Shelter       Copenhagen    yes       1       1        1      1",
        ] + blankRows(22) + [
            "Enter referrals  N new  e edit  I inactive  ? help  q quit",
        ])
    }

    @Test func aYearWithSuppressionAt80x24() throws {
        let (suppressed, _) = drive(ReportFixture.app(try ReportFixture.desk()), keys: [.character("s")])
        expectFrame(suppressed, [
            "journal.jsonl · Ada Admin (admin)            0 overdue · 0 reflection ending ≤7d",
            " 1 Cases  2 Referrals  3 Activity  4 Organisations [5 Reports]",
            "Period 2026-01-01 to 2026-12-31 · counts below 5 shown as <5       table 1 of 12",
            "Cases",
            "Cases                          Count",
            "Identified in the period           8  █████████████████████████████████████▍",
            "Open at the end of the period      9  ██████████████████████████████████████████",
            "Closed in the period               0",
            "Note: Counts from 1 to 4 are shown as <5 so that no person can be recognised.",
            "",
            "Cases identified, by sex",
            "Sex          Cases",
            "Female           6  ████████████████████████████████████████████████████████████",
            "Male            <5",
            "Transgender      0",
            "Unknown          0",
            "Total            8",
            "Note: Counts from 1 to 4 are shown as <5 so that no person can be recognised.",
            "",
            "Cases identified, by age group at identification",
            "Age group        Cases",
            "Minor                0",
            "",
            "[ prev year  ] next year  p period  s suppress  w write CSV  ? help  q quit",
        ])
    }

    @Test func aYearWithSuppressionAt100x30() throws {
        let (suppressed, _) = drive(ReportFixture.app(try ReportFixture.desk(), width: 100, height: 30), keys: [.character("s")])
        expectFrame(suppressed, [
            "journal.jsonl · Ada Admin (admin)                                0 overdue · 0 reflection ending ≤7d",
            " 1 Cases  2 Referrals  3 Activity  4 Organisations [5 Reports]",
            "Period 2026-01-01 to 2026-12-31 · counts below 5 shown as <5                           table 1 of 12",
            "Cases",
            "Cases                          Count",
            "Identified in the period           8  ███████████████████████████████████████████████████████▏",
            "Open at the end of the period      9  ██████████████████████████████████████████████████████████████",
            "Closed in the period               0",
            "Note: Counts from 1 to 4 are shown as <5 so that no person can be recognised.",
            "",
            "Cases identified, by sex",
            "Sex          Cases",
            "Female           6  ████████████████████████████████████████████████████████████████████████████████",
            "Male            <5",
            "Transgender      0",
            "Unknown          0",
            "Total            8",
            "Note: Counts from 1 to 4 are shown as <5 so that no person can be recognised.",
            "",
            "Cases identified, by age group at identification",
            "Age group        Cases",
            "Minor                0",
            "Adult                0",
            "Birth not known      8  ████████████████████████████████████████████████████████████████████████████",
            "Total                8",
            "Note: Counts from 1 to 4 are shown as <5 so that no person can be recognised.",
            "",
            "Cases identified, by nationality",
            "",
            "[ prev year  ] next year  p period  s suppress  w write CSV  ? help  q quit",
        ])
    }

    /// Without UTF-8 the bars are drawn in `#`.
    @Test func aYearInASCIIAt80x24() throws {
        let desk = try ReportFixture.desk()
        desk.session.isUTF8Terminal = false
        expectFrame(ReportFixture.app(desk), [
            "journal.jsonl · Ada Admin (admin)            0 overdue · 0 reflection ending ≤7d",
            " 1 Cases  2 Referrals  3 Activity  4 Organisations [5 Reports]",
            "Period 2026-01-01 to 2026-12-31 · all counts shown                 table 1 of 12",
            "Cases",
            "Cases                          Count",
            "Identified in the period           8  #####################################",
            "Open at the end of the period      9  ##########################################",
            "Closed in the period               0",
            "",
            "Cases identified, by sex",
            "Sex          Cases",
            "Female           6  ############################################################",
            "Male             2  ####################",
            "Transgender      0",
            "Unknown          0",
            "Total            8",
            "",
            "Cases identified, by age group at identification",
            "Age group        Cases",
            "Minor                0",
            "Adult                0",
            "Birth not known      8  ########################################################",
            "",
            "[ prev year  ] next year  p period  s suppress  w write CSV  ? help  q quit",
        ])
    }
}

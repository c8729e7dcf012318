import Foundation
import Testing
@testable import AssistanceCore

/// Issue 5: the period report computed from a journal with known figures (see
/// ``ReportJournal``), in each of its formats, to the character.
@Suite struct ReportTests {
    let report: PeriodReport

    init() throws {
        report = PeriodReport.build(from: try ReportJournal.build().state, period: ReportJournal.period)
    }

    @Test func textReportHasEveryTableAlignedWithTotals() {
        let expected = """
        Period report 2026-01-01 to 2026-06-30

        Cases
        Cases                          Count
        ------------------------------------
        Identified in the period           4
        Open at the end of the period      3
        Closed in the period               2

        Cases identified, by sex
        Sex          Cases
        ------------------
        Female           2
        Male             1
        Transgender      1
        Unknown          0
        ------------------
        Total            4

        Cases identified, by age group at identification
        Age group        Cases
        ----------------------
        Minor                1
        Adult                2
        Birth not known      1
        ----------------------
        Total                4

        Cases identified, by nationality
        Nationality  Cases
        ------------------
        Ukraine          2
        Nigeria          1
        Poland           1
        ------------------
        Total            4

        Cases identified, by form of exploitation
        Form of exploitation     Cases
        ------------------------------
        Sexual exploitation          2
        Forced labour                2
        Forced criminality           0
        Slavery-like conditions      0
        Forced marriage              0
        Organ removal                0
        Other                        1
        Not established              0
        ------------------------------
        Total cases                  4
        Note: A case with more than one form of exploitation counts once under each, so the rows add up to more than the total.

        Cases identified, by who identified them
        Identified by        Cases
        --------------------------
        Centre                   0
        Immigration service      0
        Police                   2
        Court                    0
        NGO                      1
        Municipality             1
        Other                    0
        --------------------------
        Total                    4

        Cases closed, by reason
        Reason               Cases
        --------------------------
        Prepared return          1
        Residence permit         1
        Integrated               0
        Lost contact             0
        Transferred              0
        Declined assistance      0
        Other                    0
        --------------------------
        Total                    2

        Reflection periods
        Reflection periods      Count
        -----------------------------
        Started in the period       3
        Extended in the period      1
        Ended in the period         4
        Note: An extension counts on the day it was recorded; a period counts as ended on its last day.

        Assistance steps done, by kind
        Kind                    Steps  People
        -------------------------------------
        Accommodation               2       2
        Medical                     1       1
        Psychological               1       1
        Legal counselling           0       0
        Interpreter                 0       0
        Material support            0       0
        Education                   0       0
        Employment                  0       0
        Contact person meeting      0       0
        Accompaniment               0       0
        Outreach                    0       0
        Prepared return             0       0
        Other                       0       0
        -------------------------------------
        Total                       4       3
        Note: People counts each person once per kind; the total counts each person once.

        Referrals sent, by organisation
        Organisation  Sent  Accepted  Declined  Completed  Withdrawn  Still open  Median days to answer
        -----------------------------------------------------------------------------------------------
        City Clinic      4         1         1          1          1           0                      5
        Legal Aid        2         0         1          0          0           1                      7
        -----------------------------------------------------------------------------------------------
        Total            6         1         2          1          1           1                      6
        Note: Outcomes are as things stand now: Accepted means accepted and not yet completed; Still open means not yet answered.
        Note: Days to answer run from the day a referral was made to the day it was accepted or declined.

        Referrals sent, by service
        Service                 Sent  Accepted  Declined  Completed  Withdrawn  Still open  Median days to answer
        ---------------------------------------------------------------------------------------------------------
        Accommodation              1         0         1          0          0           0                     43
        Medical                    2         0         0          1          1           0                      3
        Psychological              1         1         0          0          0           0                      5
        Legal counselling          2         0         1          0          0           1                      7
        Interpreter                0         0         0          0          0           0                      -
        Material support           0         0         0          0          0           0                      -
        Education                  0         0         0          0          0           0                      -
        Employment                 0         0         0          0          0           0                      -
        Contact person meeting     0         0         0          0          0           0                      -
        Accompaniment              0         0         0          0          0           0                      -
        Outreach                   0         0         0          0          0           0                      -
        Prepared return            0         0         0          0          0           0                      -
        Other                      0         0         0          0          0           0                      -
        ---------------------------------------------------------------------------------------------------------
        Total                      6         1         2          1          1           1                      6
        Note: Outcomes are as things stand now: Accepted means accepted and not yet completed; Still open means not yet answered.
        Note: Days to answer run from the day a referral was made to the day it was accepted or declined.

        Caseload per caseworker
        Caseworker     Open cases at end  Steps recorded
        ------------------------------------------------
        Jonas Lund                     1               1
        Mette Nielsen                  2               4
        ------------------------------------------------
        Total                          3               5
        Note: Open cases are counted with the caseworker assigned now; steps with the person who recorded them, on the day they were recorded.

        """
        #expect(report.text() == expected)
    }

    @Test func csvHasOneSectionPerTableWithCRLFRecords() {
        let csv = report.csv()
        let sections = csv.components(separatedBy: "\r\n\r\n")
        #expect(sections.count == report.tables.count)
        let organisations = """
        "Referrals sent, by organisation"
        Organisation,Sent,Accepted,Declined,Completed,Withdrawn,Still open,Median days to answer
        City Clinic,4,1,1,1,1,0,5
        Legal Aid,2,0,1,0,0,1,7
        Total,6,1,2,1,1,1,6
        Outcomes are as things stand now: Accepted means accepted and not yet completed; Still open means not yet answered.
        Days to answer run from the day a referral was made to the day it was accepted or declined.
        """
        #expect(sections[9] == organisations.replacingOccurrences(of: "\n", with: "\r\n"))
        let caseload = report.table("caseload")!.csv()
        #expect(caseload == "Caseworker,Open cases at end,Steps recorded\r\nJonas Lund,1,1\r\nMette Nielsen,2,4\r\nTotal,3,5\r\n")
        #expect(csv.hasPrefix("Cases\r\nCases,Count\r\nIdentified in the period,4\r\n"))
    }

    @Test func jsonIsOneDocumentWithNumbersAndNullMedians() throws {
        let document = report.json()
        guard case .object(let members) = document else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["period", "suppressed_below", "tables"])
        #expect(JSONWriter.encodeString(members[0].value) == #"{"from":"2026-01-01","to":"2026-06-30"}"#)
        #expect(members[1].value == .null)
        let organisations = JSONWriter.encodeString(report.table("referrals_by_organisation")!.json)
        #expect(organisations == #"{"id":"referrals_by_organisation","title":"Referrals sent, by organisation","columns":["Organisation","Sent","Accepted","Declined","Completed","Withdrawn","Still open","Median days to answer"],"rows":[["City Clinic",4,1,1,1,1,0,5],["Legal Aid",2,0,1,0,0,1,7]],"totals":["Total",6,1,2,1,1,1,6],"footnotes":["Outcomes are as things stand now: Accepted means accepted and not yet completed; Still open means not yet answered.","Days to answer run from the day a referral was made to the day it was accepted or declined."]}"#)
        let services = JSONWriter.encodeString(.array(report.table("referrals_by_service")!.rows.prefix(5).map { .array($0.map(\.json)) }))
        #expect(services == #"[["Accommodation",1,0,1,0,0,0,43],["Medical",2,0,0,1,1,0,3],["Psychological",1,1,0,0,0,0,5],["Legal counselling",2,0,1,0,0,1,7],["Interpreter",0,0,0,0,0,0,null]]"#)
        // The document parses back as JSON.
        #expect(try JSONParser.parse(JSONWriter.encode(document)) == document)
    }
}

import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 14: the coordinator's Referrals board as whole frames, on the board journal (today
/// 2026-03-10, UTC: two referrals overdue, one waiting in time, one accepted, one declined),
/// with the overdue rows checked cell by cell for the style that marks them.
@Suite struct ReferralBoardFrameTests {
    @Test func byStatusAt80x24() throws {
        expectFrame(try BoardFixture().app("sofie"), [
            "journal.jsonl · Sofie Krag (coordinator)     2 overdue · 1 reflection ending ≤7d",
            " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports",
            "Showing open referrals: 4, 2 overdue, by status   (f: view · o: group)",
            "  Referral    Case        Alias    Organisat… Service  Sent  Due   Days State",
            "── Sent: 3 open, 2 overdue ─────────────────────────────────────────────────────",
            "! R-2026-0001 C-2026-0001 Amina    City Clin… Medical  02-20 02-27   18 overdue",
            "! R-2026-0002 C-2026-0002 Оксана   Red Cross… Accommo… 03-01 03-08    9 overdue",
            "  R-2026-0004 C-2026-0001 Amina    City Clin… Psychol… 03-05 03-12    5 sent",
            "── Accepted: 1 open, 0 overdue ─────────────────────────────────────────────────",
            "  R-2026-0003 C-2026-0002 Оксана   Legal Aid  Legal c… 03-01 03-08    9 accepted",
        ] + blankRows(13) + [
            "Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up",
        ])
    }

    @Test func byStatusAt100x30() throws {
        expectFrame(try BoardFixture().app("sofie", width: 100, height: 30), [
            "journal.jsonl · Sofie Krag (coordinator)                         2 overdue · 1 reflection ending ≤7d",
            " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports",
            "Showing open referrals: 4, 2 overdue, by status   (f: view · o: group)",
            "  Referral    Case        Alias         Organisation       Service         Sent  Due   Days State",
            "── Sent: 3 open, 2 overdue ─────────────────────────────────────────────────────────────────────────",
            "! R-2026-0001 C-2026-0001 Amina         City Clinic        Medical         02-20 02-27   18 overdue",
            "! R-2026-0002 C-2026-0002 Оксана        Red Cross Shelter  Accommodation   03-01 03-08    9 overdue",
            "  R-2026-0004 C-2026-0001 Amina         City Clinic        Psychological   03-05 03-12    5 sent",
            "── Accepted: 1 open, 0 overdue ─────────────────────────────────────────────────────────────────────",
            "  R-2026-0003 C-2026-0002 Оксана        Legal Aid          Legal counsell… 03-01 03-08    9 accepted",
        ] + blankRows(19) + [
            "Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up  / filter  f view  o group",
        ])
    }

    @Test func byOrganisationAt80x24() throws {
        let fixture = try BoardFixture()
        expectFrame(fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("o")]), [
            "journal.jsonl · Sofie Krag (coordinator)     2 overdue · 1 reflection ending ≤7d",
            " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports",
            "Showing open referrals: 4, 2 overdue, by organisation   (f: view · o: group)",
            "  Referral    Case        Alias    Organisat… Service  Sent  Due   Days State",
            "── City Clinic: 2 open, 1 overdue ──────────────────────────────────────────────",
            "! R-2026-0001 C-2026-0001 Amina    City Clin… Medical  02-20 02-27   18 overdue",
            "  R-2026-0004 C-2026-0001 Amina    City Clin… Psychol… 03-05 03-12    5 sent",
            "── Legal Aid: 1 open, 0 overdue ────────────────────────────────────────────────",
            "  R-2026-0003 C-2026-0002 Оксана   Legal Aid  Legal c… 03-01 03-08    9 accepted",
            "── Red Cross Shelter: 1 open, 1 overdue ────────────────────────────────────────",
            "! R-2026-0002 C-2026-0002 Оксана   Red Cross… Accommo… 03-01 03-08    9 overdue",
        ] + blankRows(12) + [
            "Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up",
        ])
    }

    @Test func byOrganisationAt100x30() throws {
        let fixture = try BoardFixture()
        expectFrame(fixture.drive(fixture.app("sofie", width: 100, height: 30), as: "sofie", keys: [.character("o")]), [
            "journal.jsonl · Sofie Krag (coordinator)                         2 overdue · 1 reflection ending ≤7d",
            " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports",
            "Showing open referrals: 4, 2 overdue, by organisation   (f: view · o: group)",
            "  Referral    Case        Alias         Organisation       Service         Sent  Due   Days State",
            "── City Clinic: 2 open, 1 overdue ──────────────────────────────────────────────────────────────────",
            "! R-2026-0001 C-2026-0001 Amina         City Clinic        Medical         02-20 02-27   18 overdue",
            "  R-2026-0004 C-2026-0001 Amina         City Clinic        Psychological   03-05 03-12    5 sent",
            "── Legal Aid: 1 open, 0 overdue ────────────────────────────────────────────────────────────────────",
            "  R-2026-0003 C-2026-0002 Оксана        Legal Aid          Legal counsell… 03-01 03-08    9 accepted",
            "── Red Cross Shelter: 1 open, 1 overdue ────────────────────────────────────────────────────────────",
            "! R-2026-0002 C-2026-0002 Оксана        Red Cross Shelter  Accommodation   03-01 03-08    9 overdue",
        ] + blankRows(18) + [
            "Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up  / filter  f view  o group",
        ])
    }

    @Test func declinedLatelyAt80x24() throws {
        let fixture = try BoardFixture()
        expectFrame(fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.character("f"), .character("f")]), [
            "journal.jsonl · Sofie Krag (coordinator)     2 overdue · 1 reflection ending ≤7d",
            " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports",
            "Showing referrals declined in the last 30 days: 1, 0 overdue, by status   (f: vi",
            "  Referral    Case        Alias    Organisat… Service  Sent  Due   Days State",
            "── Declined: 1 referral, 0 open, 0 overdue ─────────────────────────────────────",
            "  R-2026-0005 C-2026-0002 Оксана   Red Cross… Interpr… 03-05 03-12    5 declined",
        ] + blankRows(17) + [
            "Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up",
        ])
    }

    /// Overdue rows are drawn as warnings, the selected one reversed; on a monochrome terminal
    /// what is left is bold and reverse, and the "!" and "overdue" in the text.
    @Test func overdueRowsAreMarkedInStyleAsWellAsInWords() throws {
        let fixture = try BoardFixture()
        let canvas = fixture.drive(fixture.app("sofie"), as: "sofie", keys: [.down]).render()
        expectStyles(canvas, rows: 4...9, .roles, [
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww",
            "ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss",
            "",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "",
        ])
        expectStyles(canvas, rows: 4...9, .attributes, [
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr",
            "",
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "",
        ])
    }
}

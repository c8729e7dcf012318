import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 14: the supervisor's Activity screen as whole frames, on the board journal (today
/// 2026-03-10, UTC): today's one note, a busy day, and a day on which nothing was recorded.
@Suite struct ActivityFrameTests {
    @Test func todayAt80x24() throws {
        expectFrame(try BoardFixture().app("karin"), [
            "journal.jsonl · Karin Bech (supervisor)      2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals [3 Activity] 4 Organisations  5 Reports",
            "Tuesday 2026-03-10 (today) · everyone   ([ ] days · t today · d date · p person)",
            "1 entry · 1 person · 0 new cases · 0 steps · 0 referrals sent · 0 answered",
            "Time  Who             What                                           Case",
            "09:00 Mette Nielsen   Mette Nielsen added a note to C-2026-0001 (Am… C-2026-0001",
        ] + blankRows(17) + [
            "Enter open  [ prev day  ] next day  t today  d date  p person  ? help  q quit",
        ])
    }

    @Test func todayAt100x30() throws {
        expectFrame(try BoardFixture().app("karin", width: 100, height: 30), [
            "journal.jsonl · Karin Bech (supervisor)                          2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals [3 Activity] 4 Organisations  5 Reports",
            "Tuesday 2026-03-10 (today) · everyone   ([ ] days · t today · d date · p person)",
            "1 entry · 1 person · 0 new cases · 0 steps · 0 referrals sent · 0 answered",
            "Time  Who                What                                                            Case",
            "09:00 Mette Nielsen      Mette Nielsen added a note to C-2026-0001 (Amina)               C-2026-0001",
        ] + blankRows(23) + [
            "Enter open  [ prev day  ] next day  t today  d date  p person  ? help  q quit",
        ])
    }

    @Test func aDayWithManyEntriesAt80x24() throws {
        let fixture = try BoardFixture()
        let day = fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("d")] + typing("2026-02-20") + [.enter])
        expectFrame(day, [
            "journal.jsonl · Karin Bech (supervisor)      2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals [3 Activity] 4 Organisations  5 Reports",
            "Friday 2026-02-20 · everyone   ([ ] days · t today · d date · p person)",
            "10 entries · 3 people · 1 new case · 0 steps · 1 referral sent · 0 answered",
            "Time  Who             What                                           Case",
            "08:00 Ada Admin       Ada Admin added Ada Admin (ada) as admin",
            "08:00 Ada Admin       Ada Admin added Sofie Krag (sofie) as coordin…",
            "08:00 Ada Admin       Ada Admin added Mette Nielsen (mette) as case…",
            "08:00 Ada Admin       Ada Admin added Karin Bech (karin) as supervi…",
            "09:00 Sofie Krag      Sofie Krag added the organisation City Clinic",
            "09:00 Sofie Krag      Sofie Krag added the organisation Red Cross S…",
            "09:00 Sofie Krag      Sofie Krag added the organisation Legal Aid",
            "10:00 Mette Nielsen   Mette Nielsen opened C-2026-0001 (Amina)       C-2026-0001",
            "10:00 Mette Nielsen   Mette Nielsen started the reflection period o… C-2026-0001",
            "11:00 Mette Nielsen   Mette Nielsen referred C-2026-0001 (Amina) to… C-2026-0001",
        ] + blankRows(8) + [
            "Enter open  [ prev day  ] next day  t today  d date  p person  ? help  q quit",
        ])
    }

    @Test func aDayWithManyEntriesAt100x30() throws {
        let fixture = try BoardFixture()
        let day = fixture.drive(fixture.app("karin", width: 100, height: 30), as: "karin", keys: [.character("d")] + typing("2026-02-20") + [.enter])
        expectFrame(day, [
            "journal.jsonl · Karin Bech (supervisor)                          2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals [3 Activity] 4 Organisations  5 Reports",
            "Friday 2026-02-20 · everyone   ([ ] days · t today · d date · p person)",
            "10 entries · 3 people · 1 new case · 0 steps · 1 referral sent · 0 answered",
            "Time  Who                What                                                            Case",
            "08:00 Ada Admin          Ada Admin added Ada Admin (ada) as admin",
            "08:00 Ada Admin          Ada Admin added Sofie Krag (sofie) as coordinator",
            "08:00 Ada Admin          Ada Admin added Mette Nielsen (mette) as caseworker",
            "08:00 Ada Admin          Ada Admin added Karin Bech (karin) as supervisor",
            "09:00 Sofie Krag         Sofie Krag added the organisation City Clinic",
            "09:00 Sofie Krag         Sofie Krag added the organisation Red Cross Shelter",
            "09:00 Sofie Krag         Sofie Krag added the organisation Legal Aid",
            "10:00 Mette Nielsen      Mette Nielsen opened C-2026-0001 (Amina)                        C-2026-0001",
            "10:00 Mette Nielsen      Mette Nielsen started the reflection period of C-2026-0001 (Am… C-2026-0001",
            "11:00 Mette Nielsen      Mette Nielsen referred C-2026-0001 (Amina) to City Clinic for … C-2026-0001",
        ] + blankRows(14) + [
            "Enter open  [ prev day  ] next day  t today  d date  p person  ? help  q quit",
        ])
    }

    @Test func anEmptyDay() throws {
        let fixture = try BoardFixture()
        expectFrame(fixture.drive(fixture.app("karin"), as: "karin", keys: [.character("[")]), [
            "journal.jsonl · Karin Bech (supervisor)      2 overdue · 1 reflection ending ≤7d",
            " 1 Cases  2 Referrals [3 Activity] 4 Organisations  5 Reports",
            "Monday 2026-03-09 · everyone   ([ ] days · t today · d date · p person)",
            "0 entries · 0 people · 0 new cases · 0 steps · 0 referrals sent · 0 answered",
            "Time  Who             What                                           Case",
            "Nothing was recorded on this day.",
        ] + blankRows(17) + [
            "Enter open  [ prev day  ] next day  t today  d date  p person  ? help  q quit",
        ])
    }
}

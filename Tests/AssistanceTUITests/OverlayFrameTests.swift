import AssistanceCore
import AssistanceRuntime
import Foundation
import Testing
@testable import AssistanceTUI
import TestSupport

/// Issue 14: what is drawn over or instead of a screen, as whole frames: the `?` help on
/// three screens, the banner of a damaged journal, and the message of a terminal too small.
@Suite struct OverlayFrameTests {
    @Test func helpOverCases() throws {
        let desk = try DeskFixture()
        expectFrame(desk.drive(desk.app(), keys: [.character("?")]), [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "┌─ Keys: Cases ────────────────────────────────────────────────────────────────┐",
            "│ Enter               Open the selected case: details and timeline.            │",
            "│ N                   Open a new case (a form).                                │",
            "│ /                   Filter by id, alias or nationality as you type; Enter    │",
            "│                     keeps it, Esc clears it.                                 │",
            "│ m                   Show my open cases, all open cases, or closed cases, in  │",
            "│                     turn.                                                    │",
            "│ j ↓ k ↑             Move down or up the list.                                │",
            "│ PgDn PgUp Home End  Move a page, or to the first or last case.               │",
            "│                                                                              │",
            "│ Everywhere                                                                   │",
            "│ ?                   Show every key of this screen.                           │",
            "│ q Ctrl-Q            Quit (asks first when a form holds unsaved input; Ctrl-Q │",
            "│                     works in forms too).                                     │",
            "│ 1                   Go to Cases.                                             │",
            "│ 2                   Go to Referrals.                                         │",
            "│ 3                   Go to Activity.                                          │",
            "│ 4                   Go to Organisations.                                     │",
            "│ Any key closes this help.                                                    │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "",
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
    }

    @Test func helpOverTheCaseView() throws {
        let desk = try DeskFixture()
        expectFrame(desk.drive(desk.app(), keys: [.enter, .character("?")]), [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "┌─ Keys: C-2026-0001 ──────────────────────────────────────────────────────────┐",
            "│ a                   Record an assistance step, done or planned.              │",
            "│ D                   Mark the selected planned step done.                     │",
            "│ r                   Refer the person to an organisation.                     │",
            "│ n                   Add a note (Ctrl-E in the form writes it in $EDITOR).    │",
            "│ e                   Edit the case's details.                                 │",
            "│ x                   Amend or retract the selected entry, with a reason.      │",
            "│ C                   Close the case, with a reason (asks first).              │",
            "│ j ↓ k ↑             Move down or up the list.                                │",
            "│ PgDn PgUp Home End  Move a page, or to the first or last case.               │",
            "│                                                                              │",
            "│ Everywhere                                                                   │",
            "│ ?                   Show every key of this screen.                           │",
            "│ q Ctrl-Q            Quit (asks first when a form holds unsaved input; Ctrl-Q │",
            "│                     works in forms too).                                     │",
            "│ 1                   Go to Cases.                                             │",
            "│ 2                   Go to Referrals.                                         │",
            "│ 3                   Go to Activity.                                          │",
            "│ Any key closes this help.                                                    │",
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "",
            "a step  D done  r referral  n note  e edit  x amend/retract  C close case",
        ])
    }

    @Test func helpOverTheBoardAt100x30() throws {
        let fixture = try BoardFixture()
        expectFrame(fixture.drive(fixture.app("sofie", width: 100, height: 30), as: "sofie", keys: [.character("?")]), [
            "journal.jsonl · Sofie Krag (coordinator)                         2 overdue · 1 reflection ending ≤7d",
            " 1 Cases [2 Referrals] 3 Activity  4 Organisations  5 Reports",
            "Sh┌─ Keys: Referrals ────────────────────────────────────────────────────────────────────────────┐",
            "  │ Enter               Open the case of the selected referral.                                  │",
            "──│ A                   Record that the organisation accepted (service date optional).           │──",
            "! │ X                   Record that the organisation declined, with its reason.                  │e",
            "! │ K                   Record that the service was completed.                                   │e",
            "  │ W                   Withdraw the referral, with a reason (asks first).                       │",
            "──│ F                   Record a follow-up contact with a note.                                  │──",
            "  │ /                   Filter by case, alias, organisation or service as you type; Esc clears   │ed",
            "  │                     it.                                                                      │",
            "  │ f                   Show open, overdue only, declined in the last 30 days, or all, in turn.  │",
            "  │ o                   Group by status or by organisation.                                      │",
            "  │ j ↓ k ↑             Move down or up the list.                                                │",
            "  │ PgDn PgUp Home End  Move a page, or to the first or last case.                               │",
            "  │                                                                                              │",
            "  │ Everywhere                                                                                   │",
            "  │ ?                   Show every key of this screen.                                           │",
            "  │ q Ctrl-Q            Quit (asks first when a form holds unsaved input; Ctrl-Q works in forms  │",
            "  │                     too).                                                                    │",
            "  │ 1                   Go to Cases.                                                             │",
            "  │ 2                   Go to Referrals.                                                         │",
            "  │ 3                   Go to Activity.                                                          │",
            "  │ 4                   Go to Organisations.                                                     │",
            "  │ 5                   Go to Reports.                                                           │",
            "  │ Tab                 Go to the next screen.                                                   │",
            "  │ Any key closes this help.                                                                    │",
            "  └──────────────────────────────────────────────────────────────────────────────────────────────┘",
            "",
            "Enter case  A accepted  X declined  K completed  W withdrawn  F follow-up  / filter  f view  o group",
        ])
    }

    /// The journal sits under `/tmp`, so its path has the same length everywhere; the random
    /// part of the directory's name is shown as `XXXXXX`.
    @Test func aDamagedJournalOpensReadOnlyUnderABanner() throws {
        let desk = try DeskFixture(directory: TemporaryDirectory(in: "/tmp"))
        let path = desk.store.path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "Red Cross Shelter", with: "Red Cross Shelted")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let session = StoreSession(store: try AssistanceStore(openingJournalAt: path), login: "mette", zone: DeskFixture.utc,
                                   today: { DeskFixture.today })
        let app = AppScreens.app(context: session.context(), width: 80, height: 24)
        let stable = [(desk.directory.path, "/tmp/assist-test-XXXXXX")]
        expectFrame(app, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Read-only: The journal /tmp/assist-test-XXXXXX/journal.jsonl is damaged at line",
            "Showing my open cases: 0 cases   (m: mine / all open / closed)",
            "Case        Alias       Nationality Exploitat… Refl Refs Next step    Last",
            "No my open cases; press m to show others.",
        ] + blankRows(17) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ], replacing: stable)
        let (refused, _) = drive(app, keys: [.character("N")])
        expectFrame(refused, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Read-only: The journal /tmp/assist-test-XXXXXX/journal.jsonl is damaged at line",
            "Showing my open cases: 0 cases   (m: mine / all open / closed)",
            "Case        Alias       Nationality Exploitat… Refl Refs Next step    Last",
            "No my open cases; press m to show others.",
        ] + blankRows(16) + [
            "Error: The journal is read-only, so nothing can be recorded: The journal",
            "/tmp/assist-test-XXXXXX/journal.jsonl is damaged at line 4 (its bytes do not",
        ], replacing: stable)
    }

    @Test func tooSmallSaysHowBigItMustBe() throws {
        var model = try DeskFixture().app()
        (model, _) = AppModel.update(model, .resized(width: 60, height: 20))
        expectFrame(model, blankRows(8) + [
            "                 The terminal is too small.",
            "          It must be at least 80×24; it is 60×20.",
            "                  Make the window larger.",
        ] + blankRows(9))
        (model, _) = AppModel.update(model, .resized(width: 79, height: 24))
        expectFrame(model, blankRows(10) + [
            "                          The terminal is too small.",
            "                    It must be at least 80×24; it is 79×24.",
            "                            Make the window larger.",
        ] + blankRows(11))
    }
}

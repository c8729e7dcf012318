import AssistanceCore
import Testing
@testable import AssistanceTUI

/// Issue 14: the Cases screen as whole frames — every row of the terminal, so nothing can move
/// unnoticed while the runtime and key tables are reshaped. The desk journal (six cases in
/// five scripts, one with an escape sequence), today 2026-03-10 in UTC.
@Suite struct CasesFrameTests {
    /// The desk plus a case of another caseworker's and Оксана's case closed, so that mine,
    /// all open and closed each show something different.
    func sharedDesk() throws -> DeskFixture {
        let desk = try DeskFixture()
        let admin = Actor(login: "ada")
        try DeskFixture.record(desk.store, .addUser(login: "jonas", displayName: "Jonas Lund", role: .caseworker), by: admin)
        try DeskFixture.record(desk.store, .openCase(CaseDetails(
            alias: "Kateryna", sex: .female, nationality: Country(code: "UA"), exploitationForms: [.forcedLabour],
            identifiedOn: DeskFixture.today.adding(days: -2), identifiedBy: .ngo, caseworker: "jonas")), by: admin)
        try DeskFixture.record(desk.store, .closeCase(caseID: desk.caseIDs[1], reason: .integrated, closedOn: DeskFixture.today, note: nil),
                               by: Actor(login: "mette"))
        return desk
    }

    @Test func myOpenCasesAt80x24() throws {
        expectFrame(try DeskFixture().app(), [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing my open cases: 6 cases   (m: mine / all open / closed)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0001 Søren Ærø  Denmark     Sexual             0             2026-03-10",
            "  C-2026-0002 Оксана     Ukraine     Sexual             0             2026-03-10",
            "  C-2026-0003 สมหญิง      Thailand    Sexual             0             2026-03-10",
            "  C-2026-0004 Nguyễn Th… Vietnam     Sexual             0             2026-03-10",
            "  C-2026-0005 李娜       China       Sexual             0             2026-03-10",
            "  C-2026-0006 Eve\\e[2J   Nigeria     Sexual             0             2026-03-10",
        ] + blankRows(13) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
    }

    @Test func myOpenCasesAt100x30() throws {
        expectFrame(try DeskFixture().app(width: 100, height: 30), [
            "journal.jsonl · Mette Nielsen (caseworker)                       0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing my open cases: 6 cases   (m: mine / all open / closed)",
            "  Case        Alias             Nationality   Exploitation    Refl Refs Next step         Last",
            "  C-2026-0001 Søren Ærø         Denmark       Sexual                  0                   2026-03-10",
            "  C-2026-0002 Оксана            Ukraine       Sexual                  0                   2026-03-10",
            "  C-2026-0003 สมหญิง             Thailand      Sexual                  0                   2026-03-10",
            "  C-2026-0004 Nguyễn Thị Hoa    Vietnam       Sexual                  0                   2026-03-10",
            "  C-2026-0005 李娜              China         Sexual                  0                   2026-03-10",
            "  C-2026-0006 Eve\\e[2J          Nigeria       Sexual                  0                   2026-03-10",
        ] + blankRows(19) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
    }

    @Test func mineThenAllOpenThenClosed() throws {
        let desk = try sharedDesk()
        let mine = desk.app()
        expectFrame(mine, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing my open cases: 5 cases   (m: mine / all open / closed)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0001 Søren Ærø  Denmark     Sexual             0             2026-03-10",
            "  C-2026-0003 สมหญิง      Thailand    Sexual             0             2026-03-10",
            "  C-2026-0004 Nguyễn Th… Vietnam     Sexual             0             2026-03-10",
            "  C-2026-0005 李娜       China       Sexual             0             2026-03-10",
            "  C-2026-0006 Eve\\e[2J   Nigeria     Sexual             0             2026-03-10",
        ] + blankRows(14) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
        let all = desk.drive(mine, keys: [.character("m")])
        expectFrame(all, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing all open cases: 6 cases   (m: mine / all open / closed)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0001 Søren Ærø  Denmark     Sexual             0             2026-03-10",
            "  C-2026-0003 สมหญิง      Thailand    Sexual             0             2026-03-10",
            "  C-2026-0004 Nguyễn Th… Vietnam     Sexual             0             2026-03-10",
            "  C-2026-0005 李娜       China       Sexual             0             2026-03-10",
            "  C-2026-0006 Eve\\e[2J   Nigeria     Sexual             0             2026-03-10",
            "  C-2026-0007 Kateryna   Ukraine     Labour             0             2026-03-10",
        ] + blankRows(13) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
        let closed = desk.drive(all, keys: [.character("m")])
        expectFrame(closed, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing closed cases: 1 case   (m: mine / all open / closed)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0002 Оксана     Ukraine     Sexual             0             2026-03-10",
        ] + blankRows(18) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
    }

    @Test func allOpenWithAFilterBeingTypedAndThenKept() throws {
        let desk = try sharedDesk()
        let typing = desk.drive(desk.app(), keys: [.character("m"), .character("/")] + AssistanceTUITests.typing("ukr"))
        expectFrame(typing, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing all open cases: 1 case   (m: mine / all open / closed)",
            "Filter: ukr",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0007 Kateryna   Ukraine     Labour             0             2026-03-10",
        ] + blankRows(17) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
        let kept = desk.drive(typing, keys: [.enter])
        expectFrame(kept, [
            "journal.jsonl · Mette Nielsen (caseworker)   0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing all open cases: 1 case   (m: mine / all open / closed)",
            "Filter: ukr   (Esc clears)",
            "  Case        Alias      Nationality Exploitat… Refl Refs Next step   Last",
            "  C-2026-0007 Kateryna   Ukraine     Labour             0             2026-03-10",
        ] + blankRows(17) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
    }

    @Test func allOpenWithAFilterAt100x30() throws {
        let desk = try sharedDesk()
        let kept = desk.drive(desk.app(width: 100, height: 30), keys: [.character("m"), .character("/")] + typing("ukr") + [.enter])
        expectFrame(kept, [
            "journal.jsonl · Mette Nielsen (caseworker)                       0 overdue · 0 reflection ending ≤7d",
            "[1 Cases] 2 Referrals  3 Activity  4 Organisations  5 Reports",
            "Showing all open cases: 1 case   (m: mine / all open / closed)",
            "Filter: ukr   (Esc clears)",
            "  Case        Alias             Nationality   Exploitation    Refl Refs Next step         Last",
            "  C-2026-0007 Kateryna          Ukraine       Labour                  0                   2026-03-10",
        ] + blankRows(23) + [
            "Enter open  N new case  / filter  m mine/open/closed  ? help  q quit",
        ])
    }
}

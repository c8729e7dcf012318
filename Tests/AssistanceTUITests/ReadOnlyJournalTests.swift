import AssistanceCore
import AssistanceRuntime
import Foundation
import Testing
@testable import AssistanceTUI

/// Issue 3: a journal damaged in the middle opens read-only, with a banner saying why.
@Suite struct ReadOnlyJournalTests {
    @Test func damagedJournalShowsTheBannerAndRefusesRecordingKeys() throws {
        let desk = try DeskFixture()
        let path = desk.store.path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // Editing the organisation's line breaks the chain on the line after it.
        text = text.replacingOccurrences(of: "Red Cross Shelter", with: "Red Cross Shelted")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let store = try AssistanceStore(openingJournalAt: path)
        #expect(store.damage != nil)
        let session = StoreSession(store: store, login: "mette", zone: DeskFixture.utc, today: { DeskFixture.today })
        let app = AppScreens.app(context: session.context(), width: 80, height: 24)
        let lines = app.render().lines
        #expect(lines[2].hasPrefix("Read-only: The journal "))
        #expect(lines[2].contains("is damaged at line"))
        #expect(lines[3].hasPrefix("Showing my open cases"))
        let (refused, effects) = drive(app, keys: [.character("N")])
        #expect(effects.isEmpty)
        #expect(refused.currentStack.depth == 1)
        #expect(refused.render().lines[22].hasPrefix("Error: The journal is read-only, so nothing can be recorded"))
    }

    /// Issue 13: a line with a correct chain that breaks a rule (here a caseworker making
    /// herself admin, appended with the library's own locked, chained, unchecked batch append)
    /// is damage too: the banner names its line and the rule, and recording keys are refused.
    @Test func anEntryThatBreaksARuleShowsTheBannerToo() throws {
        let desk = try DeskFixture()
        let path = desk.store.path
        let forged = EventDraft(type: "user.role_changed", data: .object([JSONMember("login", "mette"), JSONMember("role", "admin")]))
        try JournalFile.open(at: path).appendBatch([(timestamp: DeskFixture.noon, actor: "mette", draft: forged)])
        let store = try AssistanceStore(openingJournalAt: path)
        let line = store.state.entryCount + 2
        let session = StoreSession(store: store, login: "mette", zone: DeskFixture.utc, today: { DeskFixture.today })
        let context = session.context()
        #expect(context.readOnlyReason == "The journal \(path) is damaged at line \(line) (entry \(line - 1) (user.role_changed) breaks a rule: "
            + "a caseworker may not record user.role_changed), so it was opened read-only; restore it from a backup or ask an administrator to inspect that line.")
        #expect(context.state.user("mette")?.role == .caseworker)
        let app = AppScreens.app(context: context, width: 80, height: 24)
        #expect(app.render().lines[2].hasPrefix("Read-only: The journal "))
        let (refused, effects) = drive(app, keys: [.character("N")])
        #expect(effects.isEmpty)
        #expect(refused.render().lines[22].hasPrefix("Error: The journal is read-only, so nothing can be recorded"))
    }
}

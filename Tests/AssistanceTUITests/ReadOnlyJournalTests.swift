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
}

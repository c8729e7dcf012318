@testable import AssistanceTUI

/// A screen that counts how often the loop asks it to catch up with the journal.
struct RefreshCountingScreen: Screen {
    var refreshes = 0
    var title: String { "Counting" }
    var keyHelp: [KeyHelp] { [] }

    func draw(into canvas: inout Canvas, context: ScreenContext) {
        canvas.put("refreshed \(refreshes) times", in: context.area)
    }

    mutating func handle(key: Key, context: ScreenContext) -> ScreenResult { .ignored }

    mutating func refresh(context: ScreenContext) { refreshes += 1 }
}

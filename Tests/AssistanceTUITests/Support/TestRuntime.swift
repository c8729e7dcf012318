@testable import AssistanceRuntime
import AssistanceTUI

/// No terminal: the screen tests draw into canvases, so a redraw has nothing to repaint and
/// the editor runs without a terminal to hand over.
final class NoTerminal: TerminalControl {
    func invalidate() {}
    func suspend<Result>(_ body: () throws -> Result) rethrows -> Result { try body() }
}

/// An editor whose person closes it without changing anything.
struct UnchangedEditor: EditorLauncher {
    func edit(_ text: String) -> String? { nil }
}

extension AppRuntime {
    /// The app's runtime on `session`, without a terminal or an editor.
    convenience init(testing session: StoreSession) {
        self.init(session: session, terminal: NoTerminal(), editor: UnchangedEditor())
    }

    /// Carries out `effect` and waits for a save's answer, so a key list driven through
    /// `update` sees every answer before its next key, as a person who waits for "Saved." does.
    func answer(_ effect: Effect) -> [Event] {
        switch perform(effect) {
        case .events(let events): events + waitForSave()
        case .quit: []
        }
    }
}

/// A save on its way to the journal, and what the person is told while it runs. The model
/// holds one from the `.append` effect until the save's answer; meanwhile keys cannot leave
/// the form that asked (`apply(keyWhileSaving:)`), so the answer reaches it on top of the tab shown.
public struct SaveProgress: Hashable, Sendable {
    /// How far a save has got, as the person at the terminal sees it.
    public enum Stage: Hashable, Sendable {
        /// Sent; most saves answer within milliseconds.
        case saving
        /// Another process has held the journal's lock for about a second.
        case waitingForJournal
        /// Esc was pressed; the save gives up unless it has started writing.
        case cancelling
    }

    /// How far it has got.
    public var stage: Stage = .saving

    /// The line shown under the form while the save runs.
    public var sentence: String {
        switch stage {
        case .saving: return "Saving…"
        case .waitingForJournal: return "Waiting for the journal — another process holds it; Esc cancels."
        case .cancelling: return "Cancelling the save…"
        }
    }
}

extension AppModel {
    /// Notes a save when `effects` ask for one, so that the model knows it is in flight.
    mutating func noteSaveStarted(by effects: [Effect]) {
        guard save == nil, effects.contains(where: { if case .append = $0 { true } else { false } }) else { return }
        save = SaveProgress()
    }

    /// Keys while a save is in flight: Esc cancels it, Ctrl-Q and Ctrl-L keep working (nil:
    /// handled as usual), and every other key is answered without touching the form, so the
    /// values shown stay the values being saved and a second Enter saves nothing twice.
    mutating func apply(keyWhileSaving key: Key) -> [Effect]? {
        if GlobalKeys.worksDuringTextInput(key) { return nil }
        guard key == .escape else {
            message = MessageLine(.info, "Still saving; Esc cancels the save.")
            return []
        }
        guard save?.stage != .cancelling else { return [] }
        save?.stage = .cancelling
        return [.cancelSave]
    }

    /// Hands an effect's result to the screen shown; a save's answer also ends the save.
    mutating func receive(_ result: EffectResult) -> [Effect] {
        switch result {
        case .appended, .refused: save = nil
        case .edited, .reloaded, .filesWritten, .filesNotWritten: break
        }
        var screen = currentStack.top
        let screenResult = screen.receive(result)
        currentStack.top = screen
        return apply(screenResult)
    }
}

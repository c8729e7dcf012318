import AssistanceTUI

/// What the terminal loop hands every effect to, and asks for news between keys: the one
/// place effects are carried out (Bubble Tea's runtime; `update` only describes them).
/// `AppRuntime` is the app's; the loop's tests drive it with a fake.
public protocol EffectRuntime: AnyObject {
    /// Carries out `effect`: the events that answer it now (none when it answers later or
    /// not at all), or `.quit` when the app is to end.
    func perform(_ effect: Effect) -> RuntimeAnswer
    /// Events that arrived since last asked without an effect to carry them: a background
    /// save's answer, or that it has waited long enough to say so. Asked after each key.
    func collect() -> [Event]
    /// Carries out the next effect that waited for a save in flight, once that save has
    /// answered; nil when none is waiting or the save has not answered yet.
    func performDeferred() -> RuntimeAnswer?
}

/// What came of handing an effect to the runtime.
public enum RuntimeAnswer: Hashable, Sendable {
    /// The events for `update`, in order.
    case events([Event])
    /// The app ends; nothing is left running (a save in flight has answered).
    case quit
}

/// The terminal as the runtime uses it: to repaint it whole and to hand it to another
/// program. `TerminalSession` is the real one; tests give a recording fake.
public protocol TerminalControl: AnyObject {
    /// Repaints every cell at the next paint, whatever the terminal shows now.
    func invalidate()
    /// Hands the terminal to another program (`$EDITOR`) while `body` runs, then takes it
    /// back and repaints everything.
    func suspend<Result>(_ body: () throws -> Result) rethrows -> Result
}

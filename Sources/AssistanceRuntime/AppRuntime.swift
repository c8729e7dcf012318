import AssistanceCore
import AssistanceTUI

/// Carries out every `Effect` the app asks for, in one exhaustive `switch`: journal effects
/// through the `StoreSession`, saves on a `SaveWorker` thread (so keys are still read while
/// another process holds the journal's lock, and Esc can cancel), the editor with the
/// terminal handed over, redraw and quit on the terminal. Nothing else executes effects;
/// `AssistanceTUI` only describes them.
///
/// Not `Sendable`: it lives on the loop's thread. While a save is in flight the store is the
/// worker's: journal polls are dropped (the save's answer brings the journal's news) and
/// other journal, file and editor effects wait, in order, until it has answered.
public final class AppRuntime: EffectRuntime {
    /// The journal and the person at the terminal.
    public let session: StoreSession
    /// The terminal, for redraw and for handing it to the editor.
    let terminal: any TerminalControl
    /// Edits long text for `.openEditor`.
    let editor: any EditorLauncher
    /// The save in flight, from its `.append` until its answer is collected.
    var inFlight: SaveWorker?
    /// True once `.saveWaiting` was sent for the save in flight.
    var hasToldWaiting = false
    /// Effects asked for during a save, carried out in order once it has answered.
    var deferred: [Effect] = []

    /// How long `.append` waits for its answer before returning: an uncontended save answers
    /// well within it, so the screen does not flicker through "Saving…".
    static let quickSave = Duration.milliseconds(100)
    /// How long a save waits for the lock before the person is told (`.saveWaiting`).
    static let waitBeforeTelling = Duration.seconds(1)

    /// A runtime on `session`'s journal, drawing on `terminal`, editing with `editor`.
    public init(session: StoreSession, terminal: any TerminalControl, editor: any EditorLauncher = ExternalEditor()) {
        self.session = session
        self.terminal = terminal
        self.editor = editor
    }

    /// Carries out `effect` and answers with its events, or `.quit`.
    public func perform(_ effect: Effect) -> RuntimeAnswer {
        switch effect {
        case .quit:
            // Never end in the middle of a write: a save still waiting for the lock gives up.
            inFlight?.cancel()
            _ = waitForSave()
            return .quit
        case .redraw:
            terminal.invalidate()
            return .events([])
        case .cancelSave:
            inFlight?.cancel()
            return .events([])
        case .checkForChanges:
            guard inFlight == nil else { return .events([]) }
            return .events(session.checkForChanges())
        case .append(let command):
            if deferredBehindSave(effect) { return .events([]) }
            return .events(startSave(command))
        case .openEditor(let text):
            if deferredBehindSave(effect) { return .events([]) }
            let edited = terminal.suspend { editor.edit(text) }
            return .events([.effectResult(.edited(edited))])
        case .reload:
            if deferredBehindSave(effect) { return .events([]) }
            return .events(session.reload())
        case .writeFiles(let directory, let files):
            if deferredBehindSave(effect) { return .events([]) }
            return .events([.effectResult(StoreSession.write(files, into: directory))])
        }
    }

    /// The save's answer if it has come, or `.saveWaiting` once it has waited long enough to say so.
    public func collect() -> [Event] {
        guard let worker = inFlight else { return [] }
        if let answer = worker.answer(waitingUpTo: .zero) {
            inFlight = nil
            return answer
        }
        guard !hasToldWaiting, worker.hasWaited(atLeast: Self.waitBeforeTelling) else { return [] }
        hasToldWaiting = true
        return [.saveWaiting]
    }

    /// The next effect that waited for the save, carried out now that it has answered.
    public func performDeferred() -> RuntimeAnswer? {
        guard inFlight == nil, !deferred.isEmpty else { return nil }
        return perform(deferred.removeFirst())
    }

    /// Blocks until the save in flight has answered; its events, or none when no save is in
    /// flight or its answer was already collected.
    func waitForSave() -> [Event] {
        guard let worker = inFlight else { return [] }
        let answer = worker.answer(waitingUpTo: nil) ?? []
        inFlight = nil
        return answer
    }

    /// Keeps `effect` for later when a save is in flight; true when it was kept.
    private func deferredBehindSave(_ effect: Effect) -> Bool {
        guard inFlight != nil else { return false }
        deferred.append(effect)
        return true
    }

    /// Starts saving `command` on a worker; its answer when that comes quickly, else nothing
    /// yet (`collect` brings it).
    private func startSave(_ command: Command) -> [Event] {
        let session = session
        let worker = SaveWorker(command: command) { command, shouldGiveUp in session.save(command, shouldGiveUp: shouldGiveUp) }
        inFlight = worker
        hasToldWaiting = false
        guard worker.answer(waitingUpTo: Self.quickSave) != nil else { return [] }
        return collect()
    }
}

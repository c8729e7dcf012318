import AssistanceCore
import AssistanceTUI

/// Drives the UI loop on a real terminal: paint the model, wait for a key (or time out and
/// send `.tick` so the app can poll the journal), run `update`, and carry out its effects.
///
/// Quit, redraw and cancelling a save are handled here; a save (`.append`) goes to `save` on
/// a worker thread (`SaveWorker`), and every other effect to `perform`, whose returned
/// events (an effect's result, an external change) are fed back into `update` before the
/// next paint. While a save is in flight the loop keeps reading keys but calls neither
/// closure: journal polls are skipped and other effects wait, so the store they share is
/// used by one thread at a time. The save's answer comes back as events after the key read.
public struct TerminalRunner {
    /// The terminal.
    public let session: TerminalSession

    /// How long the loop waits for a new save before painting "Saving…": an uncontended
    /// save answers well within it, so the screen does not flicker.
    static let quickSave = Duration.milliseconds(100)
    /// How long a save waits for the lock before the person is told (`.saveWaiting`).
    static let waitBeforeTelling = Duration.seconds(1)

    /// A runner on `session`.
    public init(session: TerminalSession) {
        self.session = session
    }

    /// Runs until an effect says quit; returns the final model. The editor effect runs with
    /// the terminal handed over (`suspend`). Quitting during a save cancels it and waits for
    /// its answer, so the process never ends in the middle of a write.
    public func run(
        _ initial: AppModel, perform: @escaping (Effect) -> [Event],
        save: @escaping (_ command: Command, _ shouldGiveUp: () -> Bool) -> [Event]
    ) -> AppModel {
        var loop = Loop(model: initial, perform: perform, save: save)
        let (width, height) = session.size
        loop.model.width = width
        loop.model.height = height
        while true {
            session.paint(loop.model.render())
            var queue: [Event]
            switch session.readKey() {
            case .resize?:
                let (newWidth, newHeight) = session.size
                queue = [.resized(width: newWidth, height: newHeight)]
                session.invalidate()
            case let key?:
                queue = [.key(key)]
            case nil:
                queue = [.tick]
            }
            // After the key: an Esc read together with the answer still means "cancel", never "close the form".
            queue += loop.collectSave()
            if loop.process(queue, on: session) { return loop.model }
        }
    }
}

/// The runner's state between paints: the model, the save in flight and the effects that
/// wait for it.
private struct Loop {
    var model: AppModel
    let perform: (Effect) -> [Event]
    let save: (_ command: Command, _ shouldGiveUp: () -> Bool) -> [Event]
    var inFlight: SaveWorker?
    var hasToldWaiting = false
    /// Effects asked for during a save, carried out in order once it has answered.
    var waiting: [Effect] = []

    /// The save's answer if it has come, or `.saveWaiting` once it has waited long enough to say so.
    mutating func collectSave() -> [Event] {
        guard let worker = inFlight else { return [] }
        if let answer = worker.answer(waitingUpTo: .zero) {
            inFlight = nil
            return answer
        }
        guard !hasToldWaiting, worker.hasWaited(atLeast: TerminalRunner.waitBeforeTelling) else { return [] }
        hasToldWaiting = true
        return [.saveWaiting]
    }

    /// Feeds `events` through `update`, carrying out the effects, then any effects that
    /// waited for a save that has answered; true when one says quit.
    mutating func process(_ events: [Event], on session: TerminalSession) -> Bool {
        var queue = events
        while true {
            if !queue.isEmpty {
                let (next, effects) = AppModel.update(model, queue.removeFirst())
                model = next
                for effect in effects {
                    if carryOut(effect, into: &queue, on: session) { return true }
                }
                continue
            }
            guard inFlight == nil, !waiting.isEmpty else { return false }
            if carryOut(waiting.removeFirst(), into: &queue, on: session) { return true }
        }
    }

    /// Carries out one effect, adding the events it answers with to `queue`; true for quit.
    mutating func carryOut(_ effect: Effect, into queue: inout [Event], on session: TerminalSession) -> Bool {
        switch effect {
        case .quit:
            if let worker = inFlight {
                worker.cancel()
                _ = worker.answer(waitingUpTo: nil)
            }
            return true
        case .redraw:
            session.invalidate()
        case .cancelSave:
            inFlight?.cancel()
        case _ where inFlight != nil:
            // A journal poll is dropped: the save's answer brings the journal's news.
            if effect != .checkForChanges { waiting.append(effect) }
        case .append(let command):
            let worker = SaveWorker(command: command, save: save)
            inFlight = worker
            hasToldWaiting = false
            if worker.answer(waitingUpTo: TerminalRunner.quickSave) != nil { queue += collectSave() }
        case .openEditor:
            queue += session.suspend { perform(effect) }
        default:
            queue += perform(effect)
        }
        return false
    }
}

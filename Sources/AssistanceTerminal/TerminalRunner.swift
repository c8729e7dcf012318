import AssistanceRuntime
import AssistanceTUI

/// Drives the UI loop on a real terminal: paint the model, wait for a key (or time out and
/// send `.tick` so the app can poll the journal), run `update`, hand its effects to the
/// runtime and feed what they answer back into `update` before the next paint.
///
/// The loop carries out nothing itself: quit, redraw, saves, the editor and the journal are
/// all the runtime's (`AppRuntime` in the app, a fake in tests).
public struct TerminalRunner {
    /// The terminal.
    public let session: TerminalSession

    /// A runner on `session`.
    public init(session: TerminalSession) {
        self.session = session
    }

    /// Runs until the runtime answers an effect with `.quit`; returns the final model.
    public func run(_ initial: AppModel, runtime: some EffectRuntime) -> AppModel {
        var model = initial
        let (width, height) = session.size
        model.width = width
        model.height = height
        while true {
            session.paint(model.render())
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
            // After the key: an Esc read together with a save's answer still means "cancel",
            // never "close the form".
            queue += runtime.collect()
            if Self.process(queue, model: &model, runtime: runtime) { return model }
        }
    }

    /// Feeds `events` through `update`, handing each effect to `runtime` and queueing what it
    /// answers, then lets effects that waited for a save run; true when one says quit.
    static func process(_ events: [Event], model: inout AppModel, runtime: some EffectRuntime) -> Bool {
        var queue = events
        while true {
            if !queue.isEmpty {
                let (next, effects) = AppModel.update(model, queue.removeFirst())
                model = next
                for effect in effects {
                    guard case .events(let answered) = runtime.perform(effect) else { return true }
                    queue += answered
                }
                continue
            }
            guard let deferred = runtime.performDeferred() else { return false }
            guard case .events(let answered) = deferred else { return true }
            queue += answered
        }
    }
}

/// The real terminal is what the runtime redraws and hands to the editor.
extension TerminalSession: TerminalControl {}

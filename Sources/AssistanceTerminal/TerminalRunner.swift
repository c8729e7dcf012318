import AssistanceTUI

/// Drives the UI loop on a real terminal: paint the model, wait for a key (or time out and
/// send `.tick` so the app can poll the journal), run `update`, and carry out its effects.
///
/// Quit and redraw are handled here; every other effect goes to the app's `perform`
/// closure, whose returned events (an effect's result, an external change) are fed back
/// into `update` before the next paint.
public struct TerminalRunner {
    /// The terminal.
    public let session: TerminalSession

    /// A runner on `session`.
    public init(session: TerminalSession) {
        self.session = session
    }

    /// Runs until an effect says quit; returns the final model. The editor effect runs with
    /// the terminal handed over (`suspend`).
    public func run(_ initial: AppModel, perform: (Effect) -> [Event]) -> AppModel {
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
            while !queue.isEmpty {
                let event = queue.removeFirst()
                let (next, effects) = AppModel.update(model, event)
                model = next
                for effect in effects {
                    switch effect {
                    case .quit:
                        return model
                    case .redraw:
                        session.invalidate()
                    case .openEditor:
                        queue += session.suspend { perform(effect) }
                    default:
                        queue += perform(effect)
                    }
                }
            }
        }
    }
}

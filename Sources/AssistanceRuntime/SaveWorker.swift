import AssistanceCore
import AssistanceTUI
import Foundation

/// One save carried out on a thread of its own, so that the loop keeps reading keys (Esc
/// cancels, the screen answers) while another process holds the journal's lock.
///
/// `@unchecked Sendable`: the runtime's thread and the worker share this object, and every
/// stored `var` is read and written only while `condition` is locked.
final class SaveWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var cancelled = false
    private var waitingSince: ContinuousClock.Instant?
    private var answer: [Event]?

    /// Starts `save` for `command` on a new thread. `save` captures the store, which is not
    /// `Sendable`; `AppRuntime` hands it over whole: it touches the store for no other effect
    /// until `answer` is in, so one thread at a time uses the store.
    init(command: Command, save: @escaping (_ command: Command, _ shouldGiveUp: () -> Bool) -> [Event]) {
        let handover = Handover(value: save)
        let thread = Thread { [self] in
            let events = handover.value(command) { self.noteWaitingAndCheckCancelled() }
            condition.withLock {
                answer = events
                condition.broadcast()
            }
        }
        // The append replays what other processes wrote meanwhile; give it a main thread's stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Asks the save to give up while it still waits for the lock.
    func cancel() {
        condition.withLock { cancelled = true }
    }

    /// True once the save has waited `threshold` or longer for another process's lock.
    func hasWaited(atLeast threshold: Duration) -> Bool {
        condition.withLock { waitingSince.map { $0.duration(to: .now) >= threshold } ?? false }
    }

    /// The save's events once it has answered, waiting up to `timeout` for them (nil waits as
    /// long as it takes); nil when it has not answered in that time.
    func answer(waitingUpTo timeout: Duration?) -> [Event]? {
        condition.withLock {
            guard let timeout else {
                while answer == nil { condition.wait() }
                return answer
            }
            let deadline = Date().addingTimeInterval(Double(timeout.components.seconds)
                + Double(timeout.components.attoseconds) / 1e18)
            while answer == nil, condition.wait(until: deadline) {}
            return answer
        }
    }

    /// The journal asks this between tries for its lock: the wait is noted, for the runtime
    /// to tell the person, and a cancel is passed on.
    private func noteWaitingAndCheckCancelled() -> Bool {
        condition.withLock {
            if waitingSince == nil { waitingSince = .now }
            return cancelled
        }
    }
}

/// Carries a value that is not `Sendable` to the worker thread; see `SaveWorker.init` for why
/// only one thread uses it at a time.
private struct Handover<Value>: @unchecked Sendable {
    let value: Value
}

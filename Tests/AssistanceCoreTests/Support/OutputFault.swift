import Foundation
@testable import AssistanceCore

/// Makes one of the output writer's system calls fail, as `FaultInjector` does for the
/// journal's: call `number` (1-based; of `operation`, or of any call when nil) fails with
/// `code`, once or, with `persistent`, from then on. `before` runs ahead of every call with
/// the operation and its own count, to change the disk at a chosen moment as another
/// process might.
final class OutputFault: @unchecked Sendable {
    private let operation: OutputOperation?
    private let number: Int
    private let code: Int32
    private let persistent: Bool
    private let before: @Sendable (OutputOperation, Int) -> Void
    private let lock = NSLock()
    private var log: [OutputOperation] = []
    private var fired: [OutputOperation] = []

    /// A fault at call `number` (0: none).
    init(failing number: Int = 0, of operation: OutputOperation? = nil, with code: Int32 = EIO, persistent: Bool = false,
         before: @escaping @Sendable (OutputOperation, Int) -> Void = { _, _ in }) {
        self.number = number
        self.operation = operation
        self.code = code
        self.persistent = persistent
        self.before = before
    }

    /// The live calls with this fault.
    var calls: OutputCalls { .injecting { [self] operation in check(operation) } }

    /// Every call made, in order.
    var made: [OutputOperation] { lock.withLock { log } }

    /// The calls that were made to fail.
    var failed: [OutputOperation] { lock.withLock { fired } }

    private func check(_ called: OutputOperation) -> SystemCallError? {
        let (count, fails) = lock.withLock {
            log.append(called)
            let count = log.filter { $0 == called }.count
            let position = operation == nil ? log.count : (operation == called ? count : 0)
            let fails = number > 0 && (position == number || (persistent && position > number))
            if fails { fired.append(called) }
            return (count, fails)
        }
        before(called, count)
        return fails ? SystemCallError(code: code) : nil
    }
}

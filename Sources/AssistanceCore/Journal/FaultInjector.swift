import Foundation

// For tests only: debug builds (which the tests use) have it, a release build's API does not.
#if DEBUG

/// Makes chosen system calls fail, for testing every error path of the journal the way
/// SQLite's fault loops do: "the k-th call fails with EIO", once or from then on.
///
/// Calls are counted from 1 since the last `reset()`, both overall and per operation.
/// Shared between the test and the `SystemCalls` it wraps, hence the lock.
public final class FaultInjector: @unchecked Sendable {
    private struct Rule {
        var operation: SystemOperation?
        var callNumber: Int
        var effect: Effect
    }

    private enum Effect {
        case fail(code: Int32, persistent: Bool)
        case shortWrite(byteCount: Int)
    }

    private let lock = NSLock()
    private var rules: [Rule] = []
    private var totalCalls = 0
    private var callsPerOperation: [SystemOperation: Int] = [:]
    private var log: [SystemOperation] = []
    private var fired = 0

    /// Creates an injector with no faults.
    public init() {}

    /// Makes call number `callNumber` (1-based; of `operation`, or of any operation when nil)
    /// fail with `code`; with `persistent`, every later matching call fails too.
    public func failCall(_ callNumber: Int, of operation: SystemOperation? = nil, with code: Int32, persistent: Bool = false) {
        lock.withLock { rules.append(Rule(operation: operation, callNumber: callNumber, effect: .fail(code: code, persistent: persistent))) }
    }

    /// Makes write number `callNumber` write at most `byteCount` bytes, as a nearly full disk does.
    public func shortenWrite(_ callNumber: Int, to byteCount: Int) {
        lock.withLock { rules.append(Rule(operation: .write, callNumber: callNumber, effect: .shortWrite(byteCount: byteCount))) }
    }

    /// Removes every rule and restarts the call counts and the log.
    public func reset() {
        lock.withLock {
            rules = []
            totalCalls = 0
            callsPerOperation = [:]
            log = []
            fired = 0
        }
    }

    /// Every call made since the last `reset()`, in order.
    public var calls: [SystemOperation] { lock.withLock { log } }

    /// How many injected faults and short writes have happened since the last `reset()`.
    public var faultsInjected: Int { lock.withLock { fired } }

    /// Counts a call and returns the error to report instead of making it, if any.
    func fault(for operation: SystemOperation) -> SystemCallError? {
        lock.withLock {
            totalCalls += 1
            let count = callsPerOperation[operation, default: 0] + 1
            callsPerOperation[operation] = count
            log.append(operation)
            for rule in rules {
                guard case .fail(let code, let persistent) = rule.effect else { continue }
                let number = rule.operation == nil ? totalCalls : (rule.operation == operation ? count : 0)
                if number == rule.callNumber || (persistent && number > rule.callNumber) {
                    fired += 1
                    return SystemCallError(code: code)
                }
            }
            return nil
        }
    }

    /// The byte limit for the write that was just counted by `fault(for: .write)`, if any.
    func writeLimit() -> Int? {
        lock.withLock {
            let count = callsPerOperation[.write, default: 0]
            for rule in rules {
                if case .shortWrite(let byteCount) = rule.effect, rule.callNumber == count {
                    fired += 1
                    return byteCount
                }
            }
            return nil
        }
    }
}

extension SystemCalls {
    /// These calls, with the faults `injector` is told to make.
    public static func injecting(_ injector: FaultInjector, into base: SystemCalls = .live) -> SystemCalls {
        @Sendable func check(_ operation: SystemOperation) -> SystemCallError? { injector.fault(for: operation) }
        return SystemCalls(
            open: { path, flags, mode in check(.open).map { .failure($0) } ?? base.open(path, flags, mode) },
            close: { descriptor in check(.close).map { .failure($0) } ?? base.close(descriptor) },
            flock: { descriptor, operation in check(.flock).map { .failure($0) } ?? base.flock(descriptor, operation) },
            pread: { descriptor, buffer, offset in check(.read).map { .failure($0) } ?? base.pread(descriptor, buffer, offset) },
            pwrite: { descriptor, bytes, offset in
                if let error = check(.write) { return .failure(error) }
                if let limit = injector.writeLimit(), limit < bytes.count {
                    return base.pwrite(descriptor, UnsafeRawBufferPointer(rebasing: bytes[..<limit]), offset)
                }
                return base.pwrite(descriptor, bytes, offset)
            },
            fdatasync: { descriptor in check(.fdatasync).map { .failure($0) } ?? base.fdatasync(descriptor) },
            fsync: { descriptor in check(.fsync).map { .failure($0) } ?? base.fsync(descriptor) },
            ftruncate: { descriptor, length in check(.ftruncate).map { .failure($0) } ?? base.ftruncate(descriptor, length) },
            fstat: { descriptor in check(.fstat).map { .failure($0) } ?? base.fstat(descriptor) },
            stat: { path in check(.stat).map { .failure($0) } ?? base.stat(path) },
            fchown: { descriptor, groupID in check(.fchown).map { .failure($0) } ?? base.fchown(descriptor, groupID) },
            fchmod: { descriptor, mode in check(.fchmod).map { .failure($0) } ?? base.fchmod(descriptor, mode) },
            mkdir: { path, mode in check(.mkdir).map { .failure($0) } ?? base.mkdir(path, mode) },
            rmdir: { path in check(.rmdir).map { .failure($0) } ?? base.rmdir(path) },
            unlink: { path in check(.unlink).map { .failure($0) } ?? base.unlink(path) },
            realpath: { path in check(.realpath).map { .failure($0) } ?? base.realpath(path) },
            rename: { source, destination in check(.rename).map { .failure($0) } ?? base.rename(source, destination) },
            groupID: { name in base.groupID(name) },
            // Time cannot fail; tests that need a clock of their own set these on the result.
            monotonicNanoseconds: { base.monotonicNanoseconds() },
            sleep: { nanoseconds in base.sleep(nanoseconds) }
        )
    }
}

#endif

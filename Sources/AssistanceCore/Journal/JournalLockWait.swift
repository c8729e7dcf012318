/// How long a writer waits for the journal's lock before it gives up and writes nothing.
///
/// Another writer holds the lock for the few milliseconds of one append; a writer that holds
/// it much longer is stopped (SIGSTOP, a suspended SSH session) or hung (a dead NFS server).
/// Waiting for it forever would freeze every other writer without a word, so the wait is
/// bounded and the error says who holds the lock (`JournalError.busy`).
public struct JournalLockWait: Sendable, Hashable, CustomStringConvertible {
    /// The environment variable that sets the wait, in seconds.
    public static let environmentVariable = "ASSIST_LOCK_WAIT"
    /// The waits allowed, in seconds: long enough for a slow disk, short enough to be told.
    public static let allowedSeconds: ClosedRange<Double> = 0.1...3600
    /// The wait when nothing else is said: 10 seconds.
    public static let standard = JournalLockWait(seconds: 10)

    /// The wait in seconds, within `allowedSeconds`.
    public let seconds: Double

    /// A wait of `seconds`, which must lie within `allowedSeconds`.
    public init(seconds: Double) {
        precondition(Self.allowedSeconds.contains(seconds), "A lock wait must lie within \(Self.allowedSeconds) seconds.")
        self.seconds = seconds
    }

    /// The wait `ASSIST_LOCK_WAIT` sets in `environment`, or `standard` when it is not set.
    ///
    /// Only plain decimal numbers are taken (`0.5`, `30`): no signs, exponents or `inf`, so a
    /// value that reads as something else to a person is refused rather than guessed at.
    public init(environment: [String: String]) throws(JournalError) {
        guard let text = environment[Self.environmentVariable] else {
            self = .standard
            return
        }
        let isDecimal = !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }
        guard isDecimal, let seconds = Double(text), Self.allowedSeconds.contains(seconds) else {
            throw .invalidLockWait(value: text)
        }
        self.init(seconds: seconds)
    }

    /// The wait in nanoseconds, for the clock the lock is polled against.
    var nanoseconds: UInt64 { UInt64((seconds * 1_000_000_000).rounded()) }

    /// The wait as a person reads it: "10 seconds", "0.5 seconds", "1 second".
    public var description: String {
        let number = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return number + (seconds == 1 ? " second" : " seconds")
    }
}

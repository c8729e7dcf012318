#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A monotonic clock reading in nanoseconds, for timing one operation.
func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Runs `body` and returns how long it took, in seconds.
func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonicNanoseconds()
    try body()
    return Double(monotonicNanoseconds() - start) / 1e9
}

/// The spread of repeated measurements: the median is the figure reported, min and max show
/// how noisy the shared machine was, p99 matters for latencies a person waits on.
struct Spread: Codable, Sendable {
    var median: Double
    var minimum: Double
    var maximum: Double
    var percentile99: Double
    var count: Int

    /// The spread of `samples`; they must not be empty.
    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        minimum = sorted.first ?? 0
        maximum = sorted.last ?? 0
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        // Nearest rank: with fewer than 100 samples this is the maximum, as it should be.
        let rank = Int((0.99 * Double(sorted.count)).rounded(.up))
        percentile99 = sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}

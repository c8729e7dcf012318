import AssistanceCore
import Foundation

/// Peak resident memory of a replay, measured in a child process so that the generator's and
/// earlier runs' memory do not count: the benchmark re-executes itself with the hidden
/// `replay-peak-memory` subcommand, which replays and prints its `VmHWM`.
struct MemoryResult: Codable {
    var events: Int
    var journalBytes: Int
    var peakResidentBytes: Int
    /// Resident memory once the replay is done: the state itself, plus the runtime.
    var residentAfterReplayBytes: Int
    /// Peak resident memory over the journal's size (budget: at most 1).
    var ratioToJournalSize: Double
}

/// Peak memory of replay, measured in a child process (see `MemoryResult`).
enum PeakMemory {
    /// Runs the replay of `size`'s journal in a child and reads back its peak resident memory.
    static func measure(size: Int, journals: BenchmarkJournals) throws -> MemoryResult {
        let path = try journals.journal(size: size)
        log("Measuring peak memory of replaying \(size) events in a child process …")
        let printed = try ChildRun.output(of: ["replay-peak-memory", path])
        let figures = printed.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard figures.count == 2 else {
            throw BenchmarkError("The replay child printed '\(printed)' instead of two numbers; run 'assist-bench replay-peak-memory \(path)' to see why.")
        }
        let bytes = try ReplayBenchmark.fileSize(path)
        return MemoryResult(
            events: size, journalBytes: bytes, peakResidentBytes: figures[0] * 1024,
            residentAfterReplayBytes: figures[1] * 1024, ratioToJournalSize: Double(figures[0] * 1024) / Double(bytes))
    }

    /// In the child: replays the journal and returns `VmHWM` (peak resident set) and `VmRSS`
    /// (resident now) in kB.
    static func replayAndReadPeak(journal path: String) throws -> (peak: Int, now: Int) {
        let store = try AssistanceStore(openingJournalAt: path)
        // Keep the state alive until after the reading, as the UI would.
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        withExtendedLifetime(store) {}
        func kilobytes(_ field: String) throws -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
                  let value = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
            else { throw BenchmarkError("/proc/self/status has no \(field) line; memory can only be measured on Linux.") }
            return value
        }
        return (try kilobytes("VmHWM"), try kilobytes("VmRSS"))
    }
}

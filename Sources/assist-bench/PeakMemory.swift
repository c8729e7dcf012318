import AssistanceCore
import Foundation

/// Peak resident memory of a replay, measured in a child process so that the generator's and
/// earlier runs' memory do not count: the benchmark re-executes itself with the hidden
/// `replay-peak-memory` subcommand, which replays and prints its `VmHWM`.
struct MemoryResult: Codable {
    var events: Int
    var journalBytes: Int
    var peakResidentBytes: Int
    /// Peak resident memory over the journal's size (budget: at most 1).
    var ratioToJournalSize: Double
}

enum PeakMemory {
    /// Runs the replay of `size`'s journal in a child and reads back its peak resident memory.
    static func measure(size: Int, journals: BenchmarkJournals) throws -> MemoryResult {
        let path = try journals.journal(size: size)
        log("Measuring peak memory of replaying \(size) events in a child process …")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = ["replay-peak-memory", path]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        guard child.terminationStatus == 0, let kilobytes = Int(printed.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchmarkError("The replay child failed (exit \(child.terminationStatus)); run 'assist-bench replay-peak-memory \(path)' to see why.")
        }
        let bytes = try ReplayBenchmark.fileSize(path)
        return MemoryResult(
            events: size, journalBytes: bytes, peakResidentBytes: kilobytes * 1024,
            ratioToJournalSize: Double(kilobytes * 1024) / Double(bytes))
    }

    /// In the child: replays the journal and returns `VmHWM` (peak resident set) in kB.
    static func replayAndReadPeak(journal path: String) throws -> Int {
        let store = try AssistanceStore(openingJournalAt: path)
        // Keep the state alive until after the reading, as the UI would.
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        withExtendedLifetime(store) {}
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { throw BenchmarkError("/proc/self/status has no VmHWM line; peak memory can only be measured on Linux.") }
        return kilobytes
    }
}

import ArgumentParser
import Foundation

/// `assist-bench`: measures replay, durable append and peak memory against DESIGN.md §6,
/// side by side with the same work done by SQLite.
@main
struct AssistBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assist-bench",
        abstract: "Measure replay, durable append and memory against the budgets, beside SQLite.",
        discussion: """
            Run it as `swift run -c release assist-bench` in Benchmarks/. Journals are generated once per size with \
            the demo generator's mix and cached in --directory. Every figure is the median of --runs runs \
            (min and max beside it); the table goes to standard output, every figure to the JSON file.
            """,
        subcommands: [Run.self, ReplayPeakMemory.self, FirstFrame.self],
        defaultSubcommand: Run.self)
}

extension AssistBench {
    /// The benchmark itself.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run", abstract: "Run the benchmark (the default).")

        @Option(help: "Journal sizes in events, separated by commas.")
        var sizes: String = "10000,100000,1000000"

        @Option(help: "How many times each replay, load and first frame is measured, and the filter keys typed (at least 3).")
        var runs: Int = 5

        @Option(help: "How many durable appends are measured each way.")
        var appends: Int = 300

        @Option(help: "Where to write the JSON results (default: assist-bench.json in --directory).")
        var json: String?

        @Option(help: "Where journals and databases are generated and cached.")
        var directory: String = NSTemporaryDirectory() + "assist-bench"

        /// The largest journal generated: each event is built in memory before it is written.
        static let largestSize = 10_000_000

        func validate() throws {
            guard !parsedSizes.isEmpty, parsedSizes.allSatisfy({ (100...Self.largestSize).contains($0) }) else {
                throw ValidationError(
                    "--sizes must be numbers of events from 100 to \(Self.largestSize), separated by commas (for example 10000,100000), not '\(sizes)'.")
            }
            // One run gives no median and two give their mean; three is the least a median means something for.
            guard runs >= 3 else { throw ValidationError("--runs must be at least 3, not \(runs).") }
            guard appends >= 1 else { throw ValidationError("--appends must be at least 1, not \(appends).") }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ValidationError("--directory '\(directory)' is a file; give a directory to keep the generated journals in.")
            }
            let jsonDirectory = (jsonPath as NSString).deletingLastPathComponent
            // The run creates --directory first, so a JSON file inside it is fine before it exists.
            let isInCache = (jsonDirectory as NSString).standardizingPath == (directory as NSString).standardizingPath
            if json != nil, !isInCache, !FileManager.default.isWritableFile(atPath: jsonDirectory.isEmpty ? "." : jsonDirectory) {
                throw ValidationError("--json '\(jsonPath)' cannot be written: its directory does not exist or is not writable.")
            }
        }

        var parsedSizes: [Int] {
            let numbers = sizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            return numbers.contains(nil) ? [] : Set(numbers.compactMap { $0 }).sorted()
        }

        var jsonPath: String { json ?? "\(directory)/assist-bench.json" }

        func run() throws {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let journals = BenchmarkJournals(directory: directory)
            let replay = try parsedSizes.map { try ReplayBenchmark.measure(size: $0, runs: runs, journals: journals) }
            let largest = parsedSizes.last!
            // Appends go to the largest journal up to 100 k: their cost must not depend on its size.
            let appendSize = parsedSizes.last(where: { $0 <= 100_000 }) ?? parsedSizes[0]
            let append = try AppendBenchmark.measure(size: appendSize, appends: appends, journals: journals)
            let memory = try PeakMemory.measure(size: largest, journals: journals)
            // The first-frame budget is for 100 k events; key to frame wants the most cases.
            let frameSize = parsedSizes.last(where: { $0 <= 100_000 }) ?? parsedSizes[0]
            let interface = try InterfaceLatency.measure(
                firstFrameJournal: (try journals.journal(size: frameSize), frameSize),
                keyJournal: (try journals.journal(size: largest), largest), runs: runs)
            let report = BenchmarkReport(
                command: (["assist-bench"] + CommandLine.arguments.dropFirst()).joined(separator: " "),
                date: ISO8601DateFormatter().string(from: Date()),
                processors: ProcessInfo.processInfo.activeProcessorCount,
                replay: replay, append: append, memory: memory, interface: interface)
            // The table first: minutes of measuring are not lost if the JSON cannot be written.
            print(report.table)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: jsonPath))
            print("\nJSON: \(jsonPath)")
        }
    }

    /// Hidden: the child process of the peak-memory measurement.
    struct ReplayPeakMemory: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay-peak-memory", abstract: "Replay a journal and print the peak resident kB.",
            shouldDisplay: false)

        @Argument(help: "The journal to replay.")
        var journal: String

        func run() throws {
            let memory = try PeakMemory.replayAndReadPeak(journal: journal)
            print(memory.peak, memory.now)
        }
    }

    /// Hidden: the child that draws one first frame in a fresh process (see `InterfaceLatency`).
    struct FirstFrame: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "first-frame", abstract: "Open a journal, draw the first frame and print the seconds taken.",
            shouldDisplay: false)

        @Argument(help: "The journal to open.")
        var journal: String

        func run() throws {
            print(try InterfaceLatency.firstFrameSeconds(journal: journal))
        }
    }
}

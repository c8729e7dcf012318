import Foundation
import Testing

import TestSupport

/// The benchmark's command line (issue 6): bad flags are refused with a sentence that says what
/// to give instead, before anything is generated or written; a tiny run prints every row of the
/// table and writes the same figures as JSON. Times are printed, never asserted.
@Suite("Benchmark command")
struct BenchmarkCommandTests {
    private let directory = TemporaryDirectory()

    private var bench: AssistBinary {
        AssistBinary(home: directory.path, executable: AssistBinary.builtExecutable(named: "assist-bench"))
    }

    /// The cache directory the refused runs name: it must still not exist afterwards.
    private var cache: String { directory.file("cache") }

    @Test(
        "bad flags are refused with what to give instead, and nothing is generated",
        arguments: [
            (["--sizes", "10000,abc"], "--sizes must be numbers of events from 100 to 10000000"),
            (["--sizes", "50"], "--sizes must be numbers of events from 100 to 10000000"),
            (["--sizes", ""], "--sizes must be numbers of events"),
            (["--runs", "2"], "--runs must be at least 3, not 2."),
            (["--appends", "0"], "--appends must be at least 1, not 0."),
            (["--json", "/nonexistent-assist-dir/out.json"], "cannot be written: its directory does not exist or is not writable"),
        ])
    func badFlags(flags: [String], message: String) throws {
        let result = try bench.run(["--directory", cache] + flags)
        #expect(result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cache))
    }

    @Test("a file given as the cache directory is refused and left as it was")
    func directoryIsAFile() throws {
        let file = directory.file("not-a-directory")
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        let result = try bench.run(["--directory", file, "--sizes", "100"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("is a file; give a directory"), "\(result.standardError)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me")
    }

    @Test("a tiny run prints every row of the table and writes the same figures as JSON")
    func tinyRun() throws {
        let json = cache + "/figures.json"
        let result = try bench.run(["--sizes", "100", "--runs", "3", "--appends", "3", "--directory", cache, "--json", json])
        try #require(result.status == 0, "\(result.standardError)")
        for row in [
            "| replay 100 events", "| durable append, median (100-event journal", "| durable append, p99",
            "| peak memory, replay of 100 events", "| first frame, Cases screen, 100 events",
            "typing a filter (median, p99)", "scrolling (median, p99)",
        ] {
            #expect(result.standardOutput.contains(row), "no row '\(row)' in:\n\(result.standardOutput)")
        }
        // Too few open cases for the key-to-frame budget: the note names the smallest size, in
        // whole 100 k, that lists 50 k at the same share of cases per event.
        let note = try #require(
            result.standardOutput.split(separator: "\n").first { $0.contains("note on the UI rows") }.map(String.init))
        let numbers = note.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let cases = try #require(numbers.first), suggested = try #require(numbers.last)
        #expect(note.contains("\(cases) cases (the budget is for 50 k: run with --sizes \(suggested))"), "\(note)")
        #expect(suggested % 100_000 == 0)
        #expect(suggested * cases >= 50_000 * 100)
        #expect((suggested - 100_000) * cases < 50_000 * 100)
        // A journal under 1 MB is sized in kB, not as "0.0 MB".
        #expect(result.standardOutput.contains("| replay 100 events (") && result.standardOutput.contains(" kB)"))
        let figures = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let replay = try #require((figures["replay"] as? [[String: Any]])?.first)
        #expect(replay["events"] as? Int == 100)
        let append = try #require(figures["append"] as? [String: Any])
        #expect(append["appends"] as? Int == 3)
        #expect((append["ratioToBareWrite"] as? Double ?? 0) > 0)
        // The journal and its SQLite copy stay cached for the next run; scratch copies are gone.
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache)
        #expect(cached.contains { $0.hasSuffix("-100.jsonl") })
        #expect(!cached.contains("append-journal.jsonl"))
    }
}

import Foundation

/// Everything one benchmark run measured: written as JSON and printed as the table.
struct BenchmarkReport: Codable {
    var command: String
    var date: String
    var processors: Int
    var replay: [ReplayResult]
    var append: AppendResult?
    var memory: MemoryResult?
    var interface: InterfaceLatencyResult

    /// The table for standard output and BENCHMARKS.md (Markdown, so it reads as text too).
    var table: String {
        var rows: [[String]] = [["what", "assist", "SQLite", "assist / SQLite", "budget"]]
        for result in replay {
            let largest = result.events == 1_000_000
            rows.append([
                "replay \(count(result.events)) events (\(megabytes(result.journalBytes)))",
                "\(spread(result.replaySeconds)); \(count(Int(result.eventsPerSecond))) events/s, "
                    + String(format: "%.0f MB/s", result.megabytesPerSecond),
                spread(result.sqliteLoadSeconds),
                ratio(result.ratioToSQLite),
                largest ? verdict(result.replaySeconds.median <= 1.0, "≤ 1.0 s") : "–",
            ])
        }
        if let append {
            rows.append([
                "durable append, median (\(count(append.journalEvents))-event journal, \(append.lineBytes)-byte line, \(append.appends) appends)",
                "\(microseconds(append.journalSeconds.median)) (bare write+fdatasync \(microseconds(append.bareWriteSeconds.median)), × \(ratio(append.ratioToBareWrite)))",
                microseconds(append.sqliteSeconds.median),
                ratio(append.ratioToSQLite),
                verdict(append.ratioToBareWrite <= 1.3, "≤ 1.3 × bare"),
            ])
            rows.append([
                "durable append, p99",
                "\(microseconds(append.journalSeconds.percentile99)) (bare \(microseconds(append.bareWriteSeconds.percentile99)))",
                microseconds(append.sqliteSeconds.percentile99),
                ratio(append.journalSeconds.percentile99 / append.sqliteSeconds.percentile99),
                "–",
            ])
        }
        if let memory {
            rows.append([
                "peak memory, replay of \(count(memory.events)) events",
                "\(megabytes(memory.peakResidentBytes)) = \(ratio(memory.ratioToJournalSize)) × the journal (\(megabytes(memory.journalBytes))); "
                    + "\(megabytes(memory.residentAfterReplayBytes)) resident after",
                "–", "–",
                // The budget is for 1 M events; a small journal is dwarfed by the runtime itself.
                memory.events >= 1_000_000 ? verdict(memory.ratioToJournalSize <= 1.0, "≤ 1 × journal") : "– (budget is for 1 M)",
            ])
        }
        if let first = interface.firstFrameSeconds, let events = interface.firstFrameEvents {
            rows.append([
                "first frame, Cases screen, \(count(events)) events", spread(first), "–", "–",
                events == 100_000 ? verdict(first.median <= 0.3, "≤ 0.3 s") : "– (budget is for 100 k)",
            ])
        }
        let cases = interface.keyToFrameCases ?? 0
        for (label, figure) in [("typing a filter", interface.keyToFrameFilteringSeconds), ("scrolling", interface.keyToFrameScrollingSeconds)] {
            guard let figure else { continue }
            rows.append([
                "key to next frame, \(count(cases)) open cases listed, \(label) (median, p99)",
                "\(milliseconds(figure.median)), p99 \(milliseconds(figure.percentile99)) (\(figure.count) keys)", "–", "–",
                cases >= 50_000 ? verdict(figure.median <= 0.010 && figure.percentile99 <= 0.010, "≤ 10 ms") : "– (budget is for 50 k cases)",
            ])
        }
        if !interface.note.isEmpty { rows.append(["note on the UI rows", interface.note, "–", "–", "–"]) }
        return Self.markdown(rows)
    }

    private static func markdown(_ rows: [[String]]) -> String {
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        func line(_ row: [String]) -> String {
            "| " + row.enumerated().map { index, cell in
                cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
        return ([line(rows[0]), rule] + rows.dropFirst().map(line)).joined(separator: "\n")
    }

    private func spread(_ value: Spread) -> String {
        String(format: "%.3f s (%.3f–%.3f)", value.median, value.minimum, value.maximum)
    }

    private func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1e3) }
    private func microseconds(_ seconds: Double) -> String { String(format: "%.0f µs", seconds * 1e6) }
    private func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
    /// MB with one decimal; kB below 1 MB, where "0.0 MB" would say nothing.
    private func megabytes(_ bytes: Int) -> String {
        bytes < 1_000_000 ? String(format: "%.1f kB", Double(bytes) / 1e3) : String(format: "%.1f MB", Double(bytes) / 1e6)
    }
    private func verdict(_ met: Bool, _ budget: String) -> String { "\(budget): " + (met ? "met" : "NOT met") }

    private func count(_ value: Int) -> String {
        value >= 1_000_000 && value % 1_000_000 == 0 ? "\(value / 1_000_000) M"
            : value >= 1000 && value % 1000 == 0 ? "\(value / 1000) k" : "\(value)"
    }
}

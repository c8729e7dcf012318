import AssistanceCore
import Foundation

/// Replay of one journal size against loading the same events from SQLite.
struct ReplayResult: Codable {
    var events: Int
    var journalBytes: Int
    /// Seconds to open the journal, verify the whole chain and build every projection.
    var replaySeconds: Spread
    var eventsPerSecond: Double
    var megabytesPerSecond: Double
    /// Seconds to read every row back from SQLite and build the same projections.
    var sqliteLoadSeconds: Spread
    /// Journal replay time over SQLite load time (below 1: the journal is faster).
    var ratioToSQLite: Double
}

/// Measures replay: `AssistanceStore(openingJournalAt:)` is exactly what `assist` does at
/// start (open, read, chain check, apply), so the state is ready for the first screen.
enum ReplayBenchmark {
    static func measure(size: Int, runs: Int, journals: BenchmarkJournals) throws -> ReplayResult {
        let path = try journals.journal(size: size)
        let databasePath = try journals.database(size: size)
        let bytes = try fileSize(path)
        var replay: [Double] = []
        var load: [Double] = []
        for run in 1...runs {
            log("Replaying \(size) events, run \(run) of \(runs) …")
            // The store is freed after the clock stops: ready for the first screen is the point.
            var store: AssistanceStore?
            replay.append(try secondsTaken { store = try AssistanceStore(openingJournalAt: path) })
            if let damage = store?.damage { throw damage }
            let entryCount = store?.state.entryCount ?? 0
            store = nil
            guard entryCount == size else {
                throw BenchmarkError("Replay applied \(entryCount) of \(size) entries; the demo journal should apply cleanly.")
            }
            var loaded: AssistanceState?
            load.append(try secondsTaken { loaded = try SQLiteDatabase(path: databasePath).loadState() })
            let loadedCount = loaded?.entryCount ?? 0
            loaded = nil
            guard loadedCount == size else {
                throw BenchmarkError("SQLite loaded \(loadedCount) of \(size) entries into the state.")
            }
        }
        let replaySpread = Spread(replay)
        let loadSpread = Spread(load)
        return ReplayResult(
            events: size, journalBytes: bytes, replaySeconds: replaySpread,
            eventsPerSecond: Double(size) / replaySpread.median,
            megabytesPerSecond: Double(bytes) / 1e6 / replaySpread.median,
            sqliteLoadSeconds: loadSpread, ratioToSQLite: replaySpread.median / loadSpread.median)
    }

    static func fileSize(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }
}

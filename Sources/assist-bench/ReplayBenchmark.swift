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
            var entryCount = 0
            replay.append(try secondsTaken {
                let store = try AssistanceStore(openingJournalAt: path)
                entryCount = store.state.entryCount
                if let damage = store.damage { throw damage }
            })
            guard entryCount == size else {
                throw BenchmarkError("Replay applied \(entryCount) of \(size) entries; the demo journal should apply cleanly.")
            }
            var loadedCount = 0
            load.append(try secondsTaken {
                let database = try SQLiteDatabase(path: databasePath)
                loadedCount = try database.loadState().entryCount
            })
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AssistanceCore
import Foundation

/// Durable append latency: the core, a bare write+sync of the same bytes, and SQLite.
struct AppendResult: Codable {
    /// Entries in the journal appended to (appends catch up and validate against its state).
    var journalEvents: Int
    var appends: Int
    /// Bytes of one appended line, `\n` included.
    var lineBytes: Int
    /// `AssistanceStore.perform`: lock, catch-up, validation, one `write`, `fdatasync`, unlock.
    var journalSeconds: Spread
    /// `write` + `fdatasync` of lines as long, to a file in the same directory.
    var bareWriteSeconds: Spread
    /// One SQLite transaction per insert (WAL, `synchronous=FULL`), same directory.
    var sqliteSeconds: Spread
    var ratioToBareWrite: Double
    var ratioToSQLite: Double
}

/// Measures appends of one note each, interleaving the three kinds so that a burst of load
/// from other engineers on the machine hits all of them alike.
enum AppendBenchmark {
    static func measure(size: Int, appends: Int, journals: BenchmarkJournals) throws -> AppendResult {
        let journalPath = try journals.scratchCopy(ofJournal: size, name: "append-journal.jsonl")
        let barePath = "\(journals.directory)/append-bare.bin"
        let databasePath = "\(journals.directory)/append-sqlite.db"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        try? FileManager.default.removeItem(atPath: barePath)
        defer {
            for path in [journalPath, barePath, databasePath, databasePath + "-wal", databasePath + "-shm"] {
                try? FileManager.default.removeItem(atPath: path)
            }
        }

        log("Opening a copy of the \(size)-event journal for appends …")
        let store = try AssistanceStore(openingJournalAt: journalPath)
        guard let caseID = store.state.cases.first(where: { !$0.isRetracted && $0.status == .open })?.id else {
            throw BenchmarkError("The \(size)-event journal has no open case to add notes to.")
        }
        let actor = Actor(login: BenchmarkJournals.creator)
        let text = "Benchmark note: called the shelter, agreed on an interpreter for Thursday's meeting."
        let database = try SQLiteDatabase(path: databasePath)
        try database.createTables()
        let bare = open(barePath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard bare >= 0 else { throw BenchmarkError("Could not create \(barePath) for the bare-write comparison.") }
        defer { close(bare) }

        var journalSamples: [Double] = []
        var bareSamples: [Double] = []
        var sqliteSamples: [Double] = []
        var lineBytes = 0
        log("Appending \(appends) notes each way …")
        for _ in 0..<appends {
            journalSamples.append(try secondsTaken {
                _ = try store.perform(.addNote(caseID: caseID, text: text), by: actor)
            })
            let lastLine = try lastLine(of: journalPath)
            lineBytes = lastLine.count + 1
            let line = [UInt8](repeating: UInt8(ascii: "x"), count: lineBytes - 1) + [0x0A]
            bareSamples.append(try secondsTaken {
                let count = line.withUnsafeBytes { write(bare, $0.baseAddress, $0.count) }
                guard count == line.count, fdatasync(bare) == 0 else {
                    throw BenchmarkError("The bare write or fdatasync failed (errno \(errno)).")
                }
            })
            // SQLite stores the very same event: the envelope in columns, the data's exact JSON.
            let row = try JournalLines.row(of: lastLine[...])
            sqliteSamples.append(try secondsTaken { try database.insertDurably(row) })
        }
        database.close()
        let journal = Spread(journalSamples)
        let bareWrite = Spread(bareSamples)
        let sqlite = Spread(sqliteSamples)
        return AppendResult(
            journalEvents: size, appends: appends, lineBytes: lineBytes, journalSeconds: journal,
            bareWriteSeconds: bareWrite, sqliteSeconds: sqlite,
            ratioToBareWrite: journal.median / bareWrite.median, ratioToSQLite: journal.median / sqlite.median)
    }

    /// The file's last line without its `\n` (read from the end; not timed).
    private static func lastLine(of path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BenchmarkError("Could not read back \(path).")
        }
        defer { try? handle.close() }
        let end = try handle.seekToEnd()
        let window = min(end, 8192)
        try handle.seek(toOffset: end - window)
        let tail = [UInt8](handle.readDataToEndOfFile()).dropLast()
        let start = (tail.lastIndex(of: 0x0A) ?? -1) + 1
        return Array(tail[start...])
    }
}

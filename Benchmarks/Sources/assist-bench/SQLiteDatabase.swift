import AssistanceCore
import CSQLite

/// The same events kept the way a user might otherwise keep them: the system's SQLite in WAL
/// mode with `synchronous=FULL`, one table per entity (users, organisations, case events,
/// steps, referrals, notes, corrections), one transaction per append.
///
/// Every table has the generic event shape (seq, ts, actor, as, type, data as JSON text), and
/// loading rebuilds `JournalEntry` values merged by seq and applies them to an
/// `AssistanceState`, so both sides end with the very same projections.
final class SQLiteDatabase {
    /// The tables, named after the entity their events are about.
    static let tables = ["users", "organisations", "case_events", "steps", "referrals", "notes", "corrections"]

    private var handle: OpaquePointer?
    private var insertStatements: [String: OpaquePointer] = [:]

    /// Opens (or creates) the database at `path` in WAL mode with full syncs.
    init(path: String) throws {
        guard sqlite3_open(path, &handle) == SQLITE_OK else {
            throw BenchmarkError("SQLite could not open \(path); check the directory exists and is writable.")
        }
        try execute("PRAGMA journal_mode=WAL")
        try execute("PRAGMA synchronous=FULL")
    }

    deinit { close() }

    /// Closes the database; later calls do nothing.
    func close() {
        for statement in insertStatements.values { sqlite3_finalize(statement) }
        insertStatements = [:]
        if let handle { sqlite3_close(handle) }
        handle = nil
    }

    /// Creates the tables (the journal's header is not stored: SQLite has no chain to anchor).
    func createTables() throws {
        for table in Self.tables {
            try execute("""
                CREATE TABLE IF NOT EXISTS \(table) (seq INTEGER PRIMARY KEY, ts INTEGER NOT NULL, \
                actor TEXT NOT NULL, onbehalfof TEXT, type TEXT NOT NULL, data TEXT NOT NULL)
                """)
        }
    }

    /// Runs SQL that returns no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &message) != SQLITE_OK {
            let reason = message.map { String(cString: $0) } ?? "unknown"
            sqlite3_free(message)
            throw BenchmarkError("SQLite refused '\(sql.prefix(40))': \(reason).")
        }
    }

    /// The table an event type's rows go to.
    static func table(forType type: String) -> String {
        switch type.prefix(while: { $0 != "." }) {
        case "user": "users"
        case "org": "organisations"
        case "case": "case_events"
        case "step": "steps"
        case "referral": "referrals"
        case "note": "notes"
        default: "corrections"
        }
    }

    /// Inserts one event row (the caller decides the transaction).
    func insert(_ row: EventRow) throws {
        let table = Self.table(forType: row.type)
        let statement = try insertStatement(for: table)
        sqlite3_bind_int64(statement, 1, Int64(row.seq))
        sqlite3_bind_int64(statement, 2, row.timestamp.millisecondsSince1970)
        bind(row.actor, to: statement, at: 3)
        if let onBehalfOf = row.onBehalfOf { bind(onBehalfOf, to: statement, at: 4) } else { sqlite3_bind_null(statement, 4) }
        bind(row.type, to: statement, at: 5)
        row.data.withUnsafeBytes { bytes in
            _ = csqlite_bind_text(statement, 6, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        }
        let result = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard result == SQLITE_DONE else { throw BenchmarkError("SQLite could not insert entry \(row.seq) (code \(result)).") }
    }

    /// One durable append: its own transaction, committed (and so synced, with `synchronous=FULL`).
    func insertDurably(_ row: EventRow) throws {
        try execute("BEGIN IMMEDIATE")
        try insert(row)
        try execute("COMMIT")
    }

    /// Loads every event back into a fresh state: one ordered scan per table, merged by seq,
    /// each row's JSON parsed and applied exactly as a journal entry is.
    func loadState() throws -> AssistanceState {
        var cursors = try Self.tables.map { table in
            try TableCursor(database: handle, sql: "SELECT seq, ts, actor, onbehalfof, type, data FROM \(table) ORDER BY seq")
        }
        defer { for cursor in cursors { cursor.finish() } }
        var state = AssistanceState()
        while true {
            var next: Int?
            for index in cursors.indices where cursors[index].currentSeq != nil {
                if next == nil || cursors[index].currentSeq! < cursors[next!].currentSeq! { next = index }
            }
            guard let next else { break }
            try state.apply(cursors[next].entry())
            try cursors[next].advance()
        }
        return state
    }

    private func insertStatement(for table: String) throws -> OpaquePointer {
        if let prepared = insertStatements[table] { return prepared }
        var statement: OpaquePointer?
        let sql = "INSERT INTO \(table) (seq, ts, actor, onbehalfof, type, data) VALUES (?, ?, ?, ?, ?, ?)"
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw BenchmarkError("SQLite could not prepare the insert into \(table).")
        }
        insertStatements[table] = statement
        return statement
    }

    private func bind(_ text: String, to statement: OpaquePointer, at index: Int32) {
        var text = text
        text.withUTF8 { bytes in
            _ = csqlite_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
        }
    }
}

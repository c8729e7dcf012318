import AssistanceCore
import CSQLite

/// A prepared SELECT of event rows, stepped one row at a time (the SQLite side of a load).
struct TableCursor {
    private var statement: OpaquePointer?
    /// The seq of the current row, nil once the rows are used up.
    private(set) var currentSeq: Int?

    init(database: OpaquePointer?, sql: String) throws {
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK else {
            throw BenchmarkError("SQLite could not prepare '\(sql.prefix(40))'.")
        }
        try advance()
    }

    /// Moves to the next row.
    mutating func advance() throws {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: currentSeq = Int(sqlite3_column_int64(statement, 0))
        case SQLITE_DONE: currentSeq = nil
        case let code: throw BenchmarkError("SQLite failed reading a row (code \(code)).")
        }
    }

    /// The current row as a journal entry, its `data` parsed from JSON text.
    func entry() throws -> JournalEntry {
        let data = try JSONParser.parse(bytes(column: 5))
        return JournalEntry(
            seq: currentSeq ?? 0,
            timestamp: Timestamp(millisecondsSince1970: sqlite3_column_int64(statement, 1)),
            actor: text(column: 2),
            onBehalfOf: sqlite3_column_type(statement, 3) == SQLITE_NULL ? nil : text(column: 3),
            type: text(column: 4), data: data)
    }

    /// Finalizes the statement.
    func finish() { sqlite3_finalize(statement) }

    private func bytes(column: Int32) -> UnsafeRawBufferPointer {
        let pointer = sqlite3_column_text(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        return UnsafeRawBufferPointer(start: pointer, count: count)
    }

    private func text(column: Int32) -> String {
        String(decoding: bytes(column: column), as: UTF8.self)
    }
}

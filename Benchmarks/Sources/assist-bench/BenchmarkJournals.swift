import AssistanceCore
import Foundation

/// The demo journals the benchmark measures, generated once per size and kept in the cache
/// directory so that later runs start measuring at once.
struct BenchmarkJournals {
    /// Where journals, SQLite databases and scratch copies live.
    let directory: String
    /// Bump when the generator's output changes, so stale caches are not measured.
    static let generation = 1
    /// The creator (first admin) of every benchmark journal; appends are made as this user.
    static let creator = "bench"
    /// A fixed day, so the same size always gives the same bytes.
    static let today = CalendarDate(iso: "2026-11-30")!

    /// The journal of exactly `size` entries, generating it when it is not cached yet.
    func journal(size: Int) throws -> String {
        let path = "\(directory)/journal-g\(Self.generation)-\(size).jsonl"
        if FileManager.default.fileExists(atPath: path) { return path }
        log("Generating a journal of \(size) events (once; cached in \(directory)) …")
        let entries = Self.demoEntries(count: size)
        let scratch = path + ".partial"
        try? FileManager.default.removeItem(atPath: scratch)
        let file = try JournalFile.create(at: scratch, now: Timestamp(date: Self.today.adding(days: -600)))
        try file.appendBatch(entries)
        try FileManager.default.moveItem(atPath: scratch, toPath: path)
        return path
    }

    /// The SQLite database holding the same events as `journal(size:)`, made on first use.
    func database(size: Int) throws -> String {
        let path = "\(directory)/sqlite-g\(Self.generation)-\(size).db"
        if FileManager.default.fileExists(atPath: path) { return path }
        let journalPath = try journal(size: size)
        log("Loading the \(size)-event journal into SQLite (once) …")
        let scratch = path + ".partial"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch + suffix) }
        let database = try SQLiteDatabase(path: scratch)
        try database.createTables()
        try database.execute("BEGIN")
        try JournalLines.forEachEntryLine(inFileAt: journalPath) { row in try database.insert(row) }
        try database.execute("COMMIT")
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
        try FileManager.default.moveItem(atPath: scratch, toPath: path)
        return path
    }

    /// The demo generator's mix cut to exactly `count` entries: it scales by cases at about
    /// 12–20 entries each, so ask for a few more cases than needed and keep the first `count`.
    static func demoEntries(count: Int) -> [(timestamp: Timestamp, actor: String, draft: EventDraft)] {
        var cases = max(1, count / 12)
        let zone = TimeZone(identifier: "UTC")!
        while true {
            let entries = DemoJournal.entries(seed: 6, cases: cases, creator: creator, today: today, zone: zone)
            if entries.count >= count { return Array(entries.prefix(count)) }
            cases = cases * count / max(1, entries.count) + 1
        }
    }

    /// A fresh copy of `size`'s journal for tests that append to it.
    func scratchCopy(ofJournal size: Int, name: String) throws -> String {
        let source = try journal(size: size)
        let target = "\(directory)/\(name)"
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: source, toPath: target)
        // The copy's pages are still dirty in the page cache; the first timed fdatasync would
        // write all of them back (117 ms for a 1 M-event copy), so they go to disk now, untimed.
        let descriptor = open(target, O_RDONLY | O_CLOEXEC)
        let flushed = descriptor >= 0 && fsync(descriptor) == 0
        let code = errno
        if descriptor >= 0 { close(descriptor) }
        guard flushed else {
            throw BenchmarkError(
                "Could not flush the copy \(target) to disk (errno \(code)); check that --directory is on a writable disk with room for it.")
        }
        return target
    }
}

/// Progress messages go to standard error, so the table on standard output stays clean.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

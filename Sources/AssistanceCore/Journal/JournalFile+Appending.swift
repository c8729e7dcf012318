#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// Appends the entries `build` decides on, durably, as DESIGN.md §3 prescribes.
    ///
    /// Under `flock(LOCK_EX)`: repairs a torn tail (its bytes are first copied to a side
    /// file `<journal>.torn-<UTC yyyyMMddTHHmmssSSS>` and synced); reads what other
    /// processes appended and passes it to `build`, which must apply those entries to its
    /// state, validate the command against that fresh state, and return the drafts to write
    /// (none is fine) and a value for the caller. The entries get `seq`, `ts` (`now()`),
    /// `actor` and `prev`; all their lines go to the file in one write, then `fdatasync`.
    /// A failed write or sync truncates the file back to its previous length, so the file
    /// holds either all of the new entries or none. The lock is released on every path.
    ///
    /// The lock is waited for at most `lockWait`; `shouldGiveUp` is asked between tries
    /// while another process holds it (never when the lock is free at once), and a true
    /// answer stops the wait. Either way nothing is written: `.busy` names the holder where
    /// the system can tell, `.cancelled` says the wait was given up.
    ///
    /// Errors thrown by `build` propagate unchanged and nothing is written; journal
    /// problems throw `JournalError`.
    /// - Returns: the entries as written, and `build`'s value.
    public func append<T>(
        actor: String, now: () -> Timestamp = Timestamp.now, shouldGiveUp: () -> Bool = { false },
        _ build: (_ caughtUp: [JournalEntry]) throws -> (drafts: [EventDraft], value: T)
    ) throws -> (written: [JournalEntry], value: T) {
        try refuseIfReadOnly()
        try lockExclusively(shouldGiveUp: shouldGiveUp)
        defer { unlock() }
        let caughtUp = try catchUpAndRepair(now: now)
        let (drafts, value) = try build(caughtUp)
        guard !drafts.isEmpty else { return ([], value) }
        let timestamp = now()
        let entries = drafts.enumerated().map { index, draft in
            JournalEntry(seq: entryCount + index + 1, timestamp: timestamp, actor: actor, onBehalfOf: draft.onBehalfOf,
                         type: draft.type, data: draft.data)
        }
        try writeDurably(entries)
        return (entries, value)
    }

    /// Appends many pre-dated entries with one write and one sync, under the same protocol
    /// as `append` (the demo generator writes tens of thousands of entries this way).
    ///
    /// Entries other processes appended meanwhile are caught up first; they are not lost:
    /// the next `readNewEntries()` returns them.
    public func appendBatch(_ entries: [(timestamp: Timestamp, actor: String, draft: EventDraft)]) throws(JournalError) {
        try refuseIfReadOnly()
        try lockExclusively(shouldGiveUp: { false })
        defer { unlock() }
        unreportedEntries = try catchUpAndRepair(now: Timestamp.now)
        guard !entries.isEmpty else { return }
        let numbered = entries.enumerated().map { index, item in
            JournalEntry(seq: entryCount + index + 1, timestamp: item.timestamp, actor: item.actor,
                         onBehalfOf: item.draft.onBehalfOf, type: item.draft.type, data: item.draft.data)
        }
        try writeDurably(numbered)
    }

    private func refuseIfReadOnly() throws(JournalError) {
        if let appendRefusal { throw appendRefusal }
    }

    /// Takes `flock(LOCK_EX)`, trying without blocking and pausing between tries (2 ms,
    /// doubling up to 50 ms) until `lockWait` has passed or `shouldGiveUp` says to stop.
    ///
    /// A blocking `flock` would wait forever behind a stopped writer, and could not be cancelled.
    private func lockExclusively(shouldGiveUp: () -> Bool) throws(JournalError) {
        let start = system.monotonicNanoseconds()
        let limit = lockWait.nanoseconds
        var pause: UInt64 = 2_000_000
        while true {
            switch system.flock(descriptor, LOCK_EX | LOCK_NB) {
            case .success:
                return
            case .failure(let error) where error.code == EWOULDBLOCK:
                break
            case .failure(let error):
                throw .from(error, path: path, operation: "lock")
            }
            if shouldGiveUp() { throw .cancelled(path: path) }
            let waited = system.monotonicNanoseconds() &- start
            guard waited < limit else {
                let holder = (try? system.fstat(descriptor).get()).flatMap { JournalLockHolder.find(for: $0, system: system) }
                throw .busy(path: path, holder: holder, waited: lockWait)
            }
            system.sleep(min(pause, limit - waited))
            pause = min(pause * 2, 50_000_000)
        }
    }

    /// Releases the lock. A failure is ignored: closing the file releases it too, and the
    /// entry is already durable, so reporting it would only mislead.
    private func unlock() {
        _ = system.flock(descriptor, LOCK_UN)
    }

    /// Reads what others appended (returning it, with anything not yet handed out), then
    /// repairs a torn tail; the lock must be held.
    private func catchUpAndRepair(now: () -> Timestamp) throws(JournalError) -> [JournalEntry] {
        let caughtUp = try readNewEntries()
        if tornTailByteCount > 0 {
            do {
                try repairTornTail(now: now())
            } catch {
                // Keep what was read: the caller's next read must still see it.
                unreportedEntries = caughtUp + unreportedEntries
                throw error
            }
        }
        return caughtUp
    }

    /// Writes `entries` (numbered from `entryCount + 1`) as one `write` and syncs it; on
    /// failure truncates back to the last good line so the file is as before. An entry whose
    /// line would be longer than `JournalLimits.maximumLineLength` is refused before anything
    /// is written: a longer tail could not be told from damage.
    private func writeDurably(_ entries: [JournalEntry]) throws(JournalError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 256)
        var previous = lastLineHash
        for entry in entries {
            let lineStart = bytes.count
            previous = JournalLineFormat.appendEntryLine(entry, previous: previous, to: &bytes)
            if bytes.count - lineStart > JournalLimits.maximumLineLength {
                throw .entryTooLong(path: path, type: entry.type, field: entry.data.longestTextMember, byteCount: bytes.count - lineStart)
            }
        }
        let written = bytes.withUnsafeBytes { system.writeAll(descriptor, $0, at: goodLength) }
        if case .failure(let error) = written {
            rollBack()
            throw .from(error, path: path, operation: "write to")
        }
        if case .failure(let error) = system.fdatasync(descriptor) {
            rollBack()
            throw .from(error, path: path, operation: "save (fdatasync)")
        }
        goodLength += Int64(bytes.count)
        entryCount += entries.count
        lastLineHash = previous
        checksumSeen = checksumSeen || !entries.isEmpty
        // Only for the change poll: if fstat fails, the next poll reports a change and the UI rereads.
        lastSeenStatus = try? system.fstat(descriptor).get()
    }

    /// Cuts the file back to its last good line after a failed write or sync.
    ///
    /// If even this fails, the file keeps either a partial line, which readers treat as a
    /// torn tail and the next writer repairs, or the complete new entries: never half an entry.
    private func rollBack() {
        _ = system.ftruncate(descriptor, goodLength)
        _ = system.fdatasync(descriptor)
    }
}

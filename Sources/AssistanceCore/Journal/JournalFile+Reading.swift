#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

extension JournalFile {
    /// Lock-free: decodes the complete lines appended since the last call (all of them the
    /// first time), checking each line's checksum, JSON, members, `seq` and `prev`.
    ///
    /// The bytes after the last complete line are left unread when they can be one append in
    /// progress (or torn by a crash): `tornTailByteCount` says how many there are
    /// (`JournalTail` says what can be one).
    ///
    /// Any other problem is damage: a complete line that fails a check, or a tail that cannot be
    /// one unfinished append, throws `.damaged(line:reason:)` (1-based line number in the file)
    /// and makes the journal read-only for this object. The entries before the damage are not
    /// lost: the next call returns those this call had decoded, and reading never goes past
    /// the damage.
    public func readNewEntries() throws(JournalError) -> [JournalEntry] {
        var entries = unreportedEntries
        unreportedEntries = []
        guard damage == nil else { return entries }
        do {
            try readLines(decodingCommands: false) { entries.append($0.entry) }
        } catch {
            unreportedEntries = entries
            throw error
        }
        return entries
    }

    /// Replay's reading: like `readNewEntries()`, but hands each entry to `deliver` as soon
    /// as its chunk is checked instead of collecting them, so replaying a million entries never
    /// holds more than one chunk's entries (DESIGN.md §6: memory at most the journal's size).
    /// Each line's command is decoded with the line, in the background (`DecodedLine.command`, with
    /// `entry.data` emptied); entries an append left unreported come without one.
    ///
    /// On damage, the good entries before it have already been delivered when this throws.
    func replayNewEntries(_ deliver: (consuming DecodedLine) -> Void) throws(JournalError) {
        let waiting = unreportedEntries
        unreportedEntries = []
        for entry in waiting { deliver(DecodedLine(entry: entry, previousHash: lastLineHash)) }
        guard damage == nil else { return }
        try readLines(decodingCommands: true, deliver)
    }

    /// Reads the file from the last good line to its current end, handing each good entry to `deliver`.
    ///
    /// Chunks are pipelined: while `deliver` takes one chunk's entries on this thread, the
    /// next chunk is already being decoded and hashed on another (`LineBatch`), and the one
    /// after it is read and queued behind it, so that thread never waits for this one to read.
    func readLines(decodingCommands: Bool, _ deliver: (consuming DecodedLine) -> Void) throws(JournalError) {
        let status: FileStatus
        switch system.fstat(descriptor) {
        case .success(let found): status = found
        case .failure(let error): throw .from(error, path: path, operation: "read")
        }
        lastSeenStatus = status
        let size = status.size
        guard size >= goodLength else {
            throw markDamaged(line: entryCount + 2, reason: "the file now ends before entries that were already read")
        }
        tornTailByteCount = 0
        guard size > goodLength else { return }

        var reader = ChunkReader(file: self, from: goodLength, to: size, decodingCommands: decodingCommands)
        guard var current = try reader.next() else {
            try acceptTail(reader.unfinishedLine)
            return
        }
        let helper = DispatchQueue(label: "assist.journal-decoding", qos: .userInitiated)
        current.start(on: helper)
        current.finish()
        var following: LineBatch?
        var afterNext: LineBatch?
        // Batches may be decoding in the background: let them end before anything returns.
        defer {
            following?.finish()
            afterNext?.finish()
        }
        following = try reader.next()
        following?.start(on: helper)
        // A batch's last line without a `sum` of its own (version 1 journals) is held back until
        // the next line's `prev` has been checked against it: if that check fails and the line
        // after shows the held line is the one whose bytes changed, it must not reach the state
        // (see `consumeLines`). A line with a `sum` vouches for itself and is never held.
        var held: HeldLine?
        defer { if let held { deliver(held.line) } }
        while true {
            // Read while the helper decodes `following`; queued, it is decoded straight after.
            afterNext = following == nil ? nil : try reader.next()
            afterNext?.start(on: helper)
            let problem = try consumeLines(of: current, end: size, held: &held, deliver)
            following?.finish()
            if let problem { throw markDamaged(line: entryCount + 2, reason: problem) }
            guard let next = following else { break }
            current = next
            following = afterNext
        }
        try acceptTail(reader.unfinishedLine)
    }

    /// Takes `tail`, the bytes after the last good line, as a torn tail when it can be one
    /// unfinished append; throws damage naming its line when it cannot.
    private func acceptTail(_ tail: [UInt8]) throws(JournalError) {
        if let problem = JournalTail.damage(in: tail, nextSeq: entryCount + 1) {
            throw markDamaged(line: entryCount + 2, reason: problem)
        }
        tornTailByteCount = tail.count
    }

    /// Whether lines without a `sum` are damage: in a version 2 journal always, in a version 1
    /// journal after the first line that has one (every line this program appends does).
    var checksumsRequired: Bool { header.version >= 2 || checksumSeen }

    /// A good line without a `sum`, counted in `entryCount`, `goodLength` and `lastLineHash` but
    /// not yet handed out, because no later line has vouched for its bytes yet.
    struct HeldLine {
        var line: DecodedLine
        /// Its length with its `\n`.
        var byteCount: Int
    }

    /// Checks `seq`, checksums and the chain of a decoded batch in order, exactly as a
    /// line-by-line read would, so the first problem found is the same whichever core decoded
    /// the line and wherever the chunks end; then takes the good lines (holding back the last
    /// one if it has no `sum`), and returns the first problem, if any, as a reason phrase: the
    /// damaged line is then the one after the last good line.
    ///
    /// A chain break at line b says that line b-1's bytes or line b's `prev` changed. Line b's
    /// `prev` is as written when line b has a `sum`, or when line b+1 records the SHA-256 of
    /// line b; then, if line b-1 has no `sum` of its own, it is the damaged one and is not
    /// taken. Line b+1 may lie in the next chunk (then it is read from the file), and line b-1
    /// in the previous one (the held line).
    private func consumeLines(
        of batch: LineBatch, end: Int64, held: inout HeldLine?, _ deliver: (consuming DecodedLine) -> Void
    ) throws(JournalError) -> String? {
        let ranges = batch.lines
        var refusal: String?
        var decodedCount = 0
        var requiresChecksum = checksumsRequired
        for index in ranges.indices {
            let seq = batch.seqs[index]
            let expected = entryCount + index + 1
            if seq < 0 {
                refusal = batch.problem(at: index)
                break
            }
            if seq != expected {
                refusal = "seq is \(seq) where \(expected) was expected"
                break
            }
            if batch.checksummed[index] {
                requiresChecksum = true
            } else if requiresChecksum {
                refusal = header.version >= 2
                    ? "it has no checksum, which every line of a version 2 journal has"
                    : "it has no checksum, though a line before it has one"
                break
            }
            decodedCount += 1
        }
        // The batch's own buffers, read in place: they live as long as the batch.
        let claimed = UnsafeBufferPointer(rebasing: batch.claimed[..<decodedCount])
        let hashes = UnsafeBufferPointer(rebasing: batch.hashes[..<decodedCount])
        let goodCount = JournalChain.goodCount(hashes: hashes, claimed: claimed, after: lastLineHash)
        guard goodCount == decodedCount else {
            let breakIndex = goodCount
            let changedBytes = "its bytes no longer match the SHA-256 recorded in the next line"
            let previousIsUnchecked = breakIndex >= 1 ? !batch.checksummed[breakIndex - 1] : held != nil
            if previousIsUnchecked, try recordsItsPreviousAsWritten(batch, at: breakIndex, decodedCount: decodedCount, end: end) {
                if breakIndex >= 1 {
                    take(breakIndex - 1, of: batch, held: &held, deliver)
                } else if let damaged = held {
                    // The held line is the damaged one: uncount it, so the error names its line.
                    held = nil
                    entryCount -= 1
                    goodLength -= Int64(damaged.byteCount)
                    lastLineHash = damaged.line.previousHash
                }
                return changedBytes
            }
            take(goodCount, of: batch, held: &held, deliver)
            return "its prev does not match the SHA-256 of the line before it"
        }
        take(goodCount, of: batch, held: &held, deliver)
        return refusal
    }

    /// Whether the `prev` of line `index` of `batch` is known to be as written: the line has a
    /// `sum`, or the next line records the line's hash.
    private func recordsItsPreviousAsWritten(_ batch: LineBatch, at index: Int, decodedCount: Int, end: Int64) throws(JournalError) -> Bool {
        if batch.checksummed[index] { return true }
        let nextClaimed = index + 1 < decodedCount
            ? batch.claimed[index + 1]
            : try claimedPrevious(ofLineAt: goodLength + Int64(batch.lines[index].upperBound + 1), end: end)
        return nextClaimed == batch.hashes[index]
    }

    /// Counts the first `count` lines of `batch` as good, hands out the held line and all but
    /// the last of them, and holds the last unless it has a `sum`.
    private func take(_ count: Int, of batch: LineBatch, held: inout HeldLine?, _ deliver: (consuming DecodedLine) -> Void) {
        guard count > 0 else { return }
        if let previous = held.take() { deliver(previous.line) }
        for index in 0..<(count - 1) {
            if let line = batch.take(index) { deliver(line) }
        }
        let lastIsChecked = batch.checksummed[count - 1]
        if let last = batch.take(count - 1) {
            if lastIsChecked {
                deliver(last)
            } else {
                held = HeldLine(line: last, byteCount: batch.lines[count - 1].count + 1)
            }
        }
        checksumSeen = checksumSeen || lastIsChecked
        entryCount += count
        goodLength += Int64(batch.lines[count - 1].upperBound + 1)
        lastLineHash = batch.hashes[count - 1]
    }

    /// The `prev` the line starting at `offset` claims, or nil when there is no complete line
    /// there or it does not decode. Read from the file: only a chain break at the end of a
    /// chunk needs it.
    private func claimedPrevious(ofLineAt offset: Int64, end: Int64) throws(JournalError) -> ChainHash? {
        var bytes: [UInt8] = []
        var position = offset
        while position < end {
            var block = [UInt8](repeating: 0, count: Int(min(Int64(1 << 16), end - position)))
            let read = block.withUnsafeMutableBytes { system.readFully(descriptor, into: $0, at: position) }
            let count: Int
            switch read {
            case .success(let got): count = got
            case .failure(let error): throw .from(error, path: path, operation: "read")
            }
            guard count > 0 else { return nil }
            if let newline = block[..<count].firstIndex(of: 0x0A) {
                bytes += block[..<newline]
                return bytes.withUnsafeBytes { try? JournalLineFormat.decodeEntry($0).previousHash }
            }
            bytes += block[..<count]
            position += Int64(count)
        }
        return nil
    }

    /// Records damage at `line` and returns the error to throw; appends are refused from now on.
    func markDamaged(line: Int, reason: String) -> JournalError {
        let error = JournalError.damaged(path: path, line: line, reason: reason)
        damage = error
        let summary = "line \(line) is damaged (\(reason))"
        readOnlyReason = summary
        appendRefusal = .readOnly(path: path, reason: summary)
        return error
    }
}

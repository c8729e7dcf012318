#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

extension JournalFile {
    /// Lock-free: decodes the complete lines appended since the last call (all of them the
    /// first time), checking JSON, members, `seq` and `prev`.
    ///
    /// A last line without `\n`, or NUL bytes or garbage after the last good line with no
    /// valid entry after them, is a torn tail (or an append in progress): not an error;
    /// reading stops before it and `tornTailByteCount` says how many bytes it has.
    ///
    /// Damage with a valid entry after it throws `.damaged(line:reason:)` (1-based line
    /// number in the file) and makes the journal read-only for this object. The entries
    /// before the damage are not lost: the next call returns those this call had decoded,
    /// and reading never goes past the damage.
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
            tornTailByteCount = Int(size - goodLength)
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
        // The last good line of each batch is held back until the next line's `prev` has been
        // checked against it: if that check fails and the line after shows the held line is the
        // one whose bytes changed, it must not reach the state (see `consumeLines`).
        var held: HeldLine?
        defer { if let held { deliver(held.line) } }
        while true {
            // Read while the helper decodes `following`; queued, it is decoded straight after.
            afterNext = following == nil ? nil : try reader.next()
            afterNext?.start(on: helper)
            let outcome = try consumeLines(of: current, end: size, held: &held, deliver)
            following?.finish()
            if case .stopped(let badLine, let problem, let lineIsAnEntry) = outcome {
                let lineNumber = entryCount + 2
                let afterBadLine = goodLength + Int64(badLine.count) + 1
                var isDamage = lineIsAnEntry
                if !isDamage { isDamage = try validEntryFollows(from: afterBadLine, to: size) }
                if isDamage {
                    throw markDamaged(line: lineNumber, reason: problem)
                }
                tornTailByteCount = Int(size - goodLength)
                return
            }
            guard let next = following else { break }
            current = next
            following = afterNext
        }
        tornTailByteCount = Int(size - goodLength)
    }

    /// What `consumeLines` did with a batch of lines.
    enum LineScanOutcome {
        /// Every line was good and taken.
        case consumed
        /// The line at `badLine` (a range in the chunk) was refused for `problem`; the good
        /// lines before it were taken. `lineIsAnEntry` says the line itself decodes as an entry
        /// (so the problem is its place in the chain, and it cannot be a torn tail).
        case stopped(badLine: Range<Int>, problem: String, lineIsAnEntry: Bool)
    }

    /// A good line counted in `entryCount`, `goodLength` and `lastLineHash` but not yet handed
    /// out, because no later line has vouched for its bytes yet.
    struct HeldLine {
        var line: DecodedLine
        /// Its length with its `\n`.
        var byteCount: Int
    }

    /// Checks `seq` and the chain of a decoded batch in order, exactly as a line-by-line read
    /// would, so the first problem found is the same whichever core decoded the line and
    /// wherever the chunks end; then takes the good lines, holding back the last one.
    ///
    /// A chain break at line b says that line b-1's bytes or line b's `prev` changed. When line
    /// b+1 records the SHA-256 of line b, line b is intact, so line b-1 is the damaged one: it is
    /// then not taken. Line b+1 may lie in the next chunk (then it is read from the file), and
    /// line b-1 in the previous one (the held line).
    private func consumeLines(
        of batch: LineBatch, end: Int64, held: inout HeldLine?, _ deliver: (consuming DecodedLine) -> Void
    ) throws(JournalError) -> LineScanOutcome {
        let ranges = batch.lines
        var refusal: (range: Range<Int>, problem: String, lineIsAnEntry: Bool)?
        var decodedCount = 0
        for index in ranges.indices {
            let seq = batch.seqs[index]
            let expected = entryCount + index + 1
            if seq < 0 {
                refusal = (ranges[index], batch.problem(at: index), false)
                break
            }
            if seq != expected {
                refusal = (ranges[index], "seq is \(seq) where \(expected) was expected", true)
                break
            }
            decodedCount += 1
        }
        // The batch's own buffers, read in place: they live as long as the batch.
        let claimed = UnsafeBufferPointer(rebasing: batch.claimed[..<decodedCount])
        let hashes = UnsafeBufferPointer(rebasing: batch.hashes[..<decodedCount])
        var goodCount = JournalChain.goodCount(hashes: hashes, claimed: claimed, after: lastLineHash)
        if goodCount < decodedCount {
            let breakIndex = goodCount
            let nextClaimed = breakIndex + 1 < decodedCount
                ? claimed[breakIndex + 1]
                : try claimedPrevious(ofLineAt: goodLength + Int64(ranges[breakIndex].upperBound + 1), end: end)
            if nextClaimed == hashes[breakIndex] {
                let changedBytes = "its bytes no longer match the SHA-256 recorded in the next line"
                if breakIndex >= 1 {
                    goodCount = breakIndex - 1
                    take(goodCount, of: batch, held: &held, deliver)
                    return .stopped(badLine: ranges[goodCount], problem: changedBytes, lineIsAnEntry: true)
                }
                if let damaged = held {
                    // The held line is the damaged one: uncount it, so the error names its line.
                    held = nil
                    entryCount -= 1
                    goodLength -= Int64(damaged.byteCount)
                    lastLineHash = damaged.line.previousHash
                    return .stopped(badLine: 0..<(damaged.byteCount - 1), problem: changedBytes, lineIsAnEntry: true)
                }
            }
            take(goodCount, of: batch, held: &held, deliver)
            return .stopped(badLine: ranges[goodCount], problem: "its prev does not match the SHA-256 of the line before it", lineIsAnEntry: true)
        }
        take(goodCount, of: batch, held: &held, deliver)
        if let refusal { return .stopped(badLine: refusal.range, problem: refusal.problem, lineIsAnEntry: refusal.lineIsAnEntry) }
        return .consumed
    }

    /// Counts the first `count` lines of `batch` as good, hands out the held line and all but
    /// the last of them, and holds the last.
    private func take(_ count: Int, of batch: LineBatch, held: inout HeldLine?, _ deliver: (consuming DecodedLine) -> Void) {
        guard count > 0 else { return }
        if let previous = held.take() { deliver(previous.line) }
        for index in 0..<(count - 1) {
            if let line = batch.take(index) { deliver(line) }
        }
        if let last = batch.take(count - 1) { held = HeldLine(line: last, byteCount: batch.lines[count - 1].count + 1) }
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

    /// Whether any complete line from `offset` to `end` decodes as an entry, which makes
    /// an earlier bad line damage rather than a torn tail.
    private func validEntryFollows(from offset: Int64, to end: Int64) throws(JournalError) -> Bool {
        guard end > offset else { return false }
        var rest = [UInt8](repeating: 0, count: Int(end - offset))
        let read = rest.withUnsafeMutableBytes { system.readFully(descriptor, into: $0, at: offset) }
        let count: Int
        switch read {
        case .success(let got): count = got
        case .failure(let error): throw .from(error, path: path, operation: "read")
        }
        return rest.withUnsafeBytes { bytes in
            var start = 0
            while start < count, let newline = bytes[start..<count].firstIndex(of: 0x0A) {
                if (try? JournalLineFormat.decodeEntry(UnsafeRawBufferPointer(rebasing: bytes[start..<newline]))) != nil {
                    return true
                }
                start = newline + 1
            }
            return false
        }
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

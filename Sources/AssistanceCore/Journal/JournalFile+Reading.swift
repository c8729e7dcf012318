#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Each line's command is decoded on the core that read it (`DecodedLine.command`, with
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
    /// next chunk is already being decoded and hashed on another (`LineBatch`).
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
        current.finish()
        while true {
            let following = try reader.next()
            following?.start()
            let outcome = consumeLines(of: current, deliver)
            // The next batch may be decoding in the background: let it end before anything returns.
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
            guard let following else { break }
            current = following
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

    /// Checks `seq` and the chain of a decoded batch in order, exactly as a line-by-line read
    /// would, so the first problem found is the same whichever core decoded the line; then
    /// takes the good lines.
    private func consumeLines(of batch: LineBatch, _ deliver: (consuming DecodedLine) -> Void) -> LineScanOutcome {
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
        var chainProblem = "its prev does not match the SHA-256 of the line before it"
        if goodCount < decodedCount {
            let damaged = JournalChain.damagedIndex(breakIndex: goodCount, hashes: hashes, claimed: claimed)
            if damaged < goodCount {
                chainProblem = "its bytes no longer match the SHA-256 recorded in the next line"
            }
            goodCount = damaged
        }
        for index in 0..<goodCount {
            if let line = batch.take(index) { deliver(line) }
        }
        entryCount += goodCount
        if goodCount > 0 {
            goodLength += Int64(ranges[goodCount - 1].upperBound + 1)
            lastLineHash = hashes[goodCount - 1]
        }
        if goodCount < decodedCount {
            return .stopped(badLine: ranges[goodCount], problem: chainProblem, lineIsAnEntry: true)
        }
        if let refusal { return .stopped(badLine: refusal.range, problem: refusal.problem, lineIsAnEntry: refusal.lineIsAnEntry) }
        return .consumed
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

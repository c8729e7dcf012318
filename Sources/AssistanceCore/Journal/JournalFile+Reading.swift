#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// How much of the file one `pread` asks for: large enough that a chunk's few thousand
    /// lines are worth splitting over both cores, small enough that the decoded lines in
    /// flight add only a few MB to replay's peak memory (measured: 8 MB chunks cost ~20 MB).
    static let readChunkSize = 1 << 20

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
    func replayNewEntries(_ deliver: (DecodedLine) -> Void) throws(JournalError) {
        let waiting = unreportedEntries
        unreportedEntries = []
        for entry in waiting { deliver(DecodedLine(entry: entry, previousHash: lastLineHash)) }
        guard damage == nil else { return }
        try readLines(decodingCommands: true, deliver)
    }

    /// Reads the file from the last good line to its current end, handing each good entry to `deliver`.
    func readLines(decodingCommands: Bool, _ deliver: (DecodedLine) -> Void) throws(JournalError) {
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

        var capacity = Int(min(Int64(JournalFile.readChunkSize), size - goodLength))
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var pending = 0
        var readEnd = goodLength
        while readEnd < size {
            if pending == capacity {
                // One line longer than the buffer: grow it rather than fail on big events.
                capacity *= 2
                let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
                grown.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = grown
            }
            let wanted = min(capacity - pending, Int(size - readEnd))
            let target = UnsafeMutableRawBufferPointer(rebasing: buffer[pending..<(pending + wanted)])
            let got: Int
            switch system.readFully(descriptor, into: target, at: readEnd) {
            case .success(let count): got = count
            case .failure(let error): throw .from(error, path: path, operation: "read")
            }
            if got == 0 { break }
            pending += got
            readEnd += Int64(got)
            let lines = UnsafeRawBufferPointer(rebasing: buffer[0..<pending])
            switch consumeLines(in: lines, decodingCommands: decodingCommands, deliver) {
            case .consumed(let count):
                if count > 0, count < pending {
                    memmove(buffer.baseAddress!, buffer.baseAddress! + count, pending - count)
                }
                pending -= count
            case .stopped(let badLine, let problem, let lineIsAnEntry):
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
        }
        tornTailByteCount = Int(size - goodLength)
    }

    /// What `consumeLines` did with a buffer of lines.
    enum LineScanOutcome {
        /// Every complete line was good; this many bytes (through the last `\n`) were used.
        case consumed(Int)
        /// The line at `badLine` (a range in the buffer) was refused for `problem`; the good
        /// lines before it were used. `lineIsAnEntry` says the line itself decodes as an entry
        /// (so the problem is its place in the chain, and it cannot be a torn tail).
        case stopped(badLine: Range<Int>, problem: String, lineIsAnEntry: Bool)
    }

    /// Decodes and chain-checks the complete lines in `chunk` and takes the good ones.
    ///
    /// Each line is decoded and hashed on its own (`LineBatch`, on both cores for big
    /// chunks); then one pass in order checks `seq` and the chain exactly as a line-by-line
    /// read would, so the first problem found is the same whichever core saw it.
    private func consumeLines(
        in chunk: UnsafeRawBufferPointer, decodingCommands: Bool, _ deliver: (DecodedLine) -> Void
    ) -> LineScanOutcome {
        var ranges: [Range<Int>] = []
        var start = 0
        let base = chunk.baseAddress!
        while start < chunk.count, let found = memchr(base + start, 0x0A, chunk.count - start) {
            let end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            ranges.append(start..<end)
            start = end + 1
        }
        var batch = LineBatch(lines: ranges, in: chunk, decodingCommands: decodingCommands)
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
        let claimed = Array(batch.claimed[..<decodedCount])
        let hashes = Array(batch.hashes[..<decodedCount])
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
        return .consumed(start)
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto

extension JournalFile {
    /// Makes this object stop before the entry replay refused, as it stops before a damaged
    /// line: `entryCount`, `goodLength` and the head hash are those of the entries before it,
    /// reading goes no further, and appends are refused naming its line and rule.
    ///
    /// Reading has already gone past the entry, so its line is found again by scanning the
    /// file from the start: this happens only on damage, so the cost does not matter.
    /// Returns the damage, `.damaged` at the entry's line, or the error that stopped the scan
    /// (then appends are refused all the same).
    func stopBeforeBrokenRule(_ violation: RuleViolation) -> JournalError {
        let scanned = prefixEnd(keepingLines: violation.line - 1)
        let damage = markDamaged(line: violation.line, reason: violation.reason)
        unreportedEntries = []
        switch scanned {
        case .success(let (length, hash, hasChecksum)):
            entryCount = violation.seq - 1
            goodLength = length
            lastLineHash = hash
            // Every line after one with a `sum` has one too, so the last kept line tells.
            checksumSeen = hasChecksum
            tornTailByteCount = 0
            return damage
        case .failure(let error):
            // The counters cannot be trusted to end anywhere: keep this damage, which recovery refuses.
            self.damage = error
            return error
        }
    }

    /// The length of the first `count` lines (header included) with their `\n`s, and the
    /// chain hash of the last of them (the SHA-256 of its content, before any `sum`), and
    /// whether it has a `sum`.
    private func prefixEnd(keepingLines count: Int) -> Result<(length: Int64, hash: ChainHash, hasChecksum: Bool), JournalError> {
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var offset: Int64 = 0
        var newlines = 0
        var lastLineStart: Int64 = 0
        while true {
            let read = block.withUnsafeMutableBytes { system.readFully(descriptor, into: $0, at: offset) }
            let filled: Int
            switch read {
            case .success(let got): filled = got
            case .failure(let error): return .failure(.from(error, path: path, operation: "read"))
            }
            guard filled > 0 else { return .failure(.damaged(path: path, line: count, reason: "the file ends before this line")) }
            for index in 0..<filled where block[index] == 0x0A {
                newlines += 1
                let end = offset + Int64(index)
                if newlines == count {
                    var line = [UInt8](repeating: 0, count: Int(end - lastLineStart))
                    let lineRead = line.withUnsafeMutableBytes { system.readFully(descriptor, into: $0, at: lastLineStart) }
                    if case .failure(let error) = lineRead { return .failure(.from(error, path: path, operation: "read")) }
                    return .success(line.withUnsafeBytes { bytes in
                        let suffix = JournalLineFormat.checksumSuffix(of: bytes)
                        let content = suffix.map { UnsafeRawBufferPointer(rebasing: bytes[..<$0.contentLength]) } ?? bytes
                        return (end + 1, ChainHash(hashing: content), suffix != nil)
                    })
                }
                lastLineStart = end + 1
            }
            offset += Int64(filled)
        }
    }

    /// What `assist recover` would move out of this damaged journal, or nil when it is intact
    /// (a torn tail is not damage: the next append sets it aside). Changes nothing.
    ///
    /// Everything after the longest valid prefix goes: the damaged line (bad bytes, a broken
    /// chain, a broken rule) and every line after it, valid or not, since entries after a
    /// damaged one were written against a state that cannot be trusted.
    func recoveryPlan(now: Timestamp) throws(JournalError) -> RecoveryPlan? {
        guard let damage else { return nil }
        guard case .damaged(_, let line, let reason) = damage, line == entryCount + 2 else { throw damage }
        let status: FileStatus
        switch system.fstat(descriptor) {
        case .success(let found): status = found
        case .failure(let error): throw .from(error, path: path, operation: "inspect")
        }
        var hasher = SHA256()
        var newlines = 0
        var endsWithNewline = false
        try forEachBlock(from: goodLength, to: status.size) { bytes in
            hasher.update(bufferPointer: bytes)
            for byte in bytes where byte == 0x0A { newlines += 1 }
            endsWithNewline = bytes.last == 0x0A
        }
        let realPath: String
        switch system.realpath(path) {
        case .success(let resolved): realPath = resolved
        case .failure(let error): throw .from(error, path: path, operation: "find the real path of")
        }
        let sidePath = realPath + ".recovered-" + sideFileStamp(now)
        let details = RecoveryDetails(
            firstLine: line, lastLine: line + newlines - (endsWithNewline ? 1 : 0), byteCount: Int(status.size - goodLength),
            reason: Self.recordable(reason), sideFile: String(sidePath.split(separator: "/").last ?? ""),
            sha256: hasher.finalize().withUnsafeBytes { ChainHash(bytes: $0) }.hexadecimal)
        return RecoveryPlan(keptEntryCount: entryCount, details: details, sidePath: sidePath, keptLength: goodLength, status: status)
    }

    /// `reason` cut to what the entry may record (``TextLimits/reason``): a reason can quote a
    /// field name from the damaged line, which may be long.
    private static func recordable(_ reason: String) -> String {
        guard reason.unicodeScalars.count > TextLimits.reason else { return reason }
        var scalars = String.UnicodeScalarView(reason.unicodeScalars.prefix(TextLimits.reason - 1))
        scalars.append("…")
        return String(scalars)
    }

    /// Reads the file from `start` to `end` a block at a time.
    func forEachBlock(from start: Int64, to end: Int64, _ body: (UnsafeRawBufferPointer) throws(JournalError) -> Void) throws(JournalError) {
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var offset = start
        while offset < end {
            let wanted = Int(min(Int64(block.count), end - offset))
            let read = block.withUnsafeMutableBytes { system.readFully(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<wanted]), at: offset) }
            let filled: Int
            switch read {
            case .success(let got): filled = got
            case .failure(let error): throw .from(error, path: path, operation: "read")
            }
            guard filled > 0 else { throw .damaged(path: path, line: entryCount + 2, reason: "the file became shorter while it was read") }
            // `withUnsafeBytes` rethrows untyped: the error comes out as a value instead.
            let failure = block.withUnsafeBytes { bytes -> JournalError? in
                do throws(JournalError) {
                    try body(UnsafeRawBufferPointer(rebasing: bytes[..<filled]))
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw failure }
            offset += Int64(filled)
        }
    }
}

extension JournalFile {
    /// Carries out `plan` and appends `draft` (its `journal.recovered` entry) as the first
    /// entry after the kept prefix, all under one hold of the journal lock: the only place
    /// that ever shortens a journal.
    ///
    /// The moved bytes are written to a temporary file beside the journal, synced, renamed to
    /// the plan's side file and the directory synced, all *before* the journal is truncated, so
    /// a crash at any point loses nothing; the side file is never deleted. When the file is no
    /// longer exactly as planned, nothing happens and ``RecoveryRefusal`` says so.
    func setAside(_ plan: RecoveryPlan, thenAppend draft: EventDraft, actor: String, now: () -> Timestamp) throws -> JournalEntry {
        guard damage != nil, goodLength == plan.keptLength, entryCount == plan.keptEntryCount else { throw Self.changedSincePlan }
        let (refusal, reason) = (appendRefusal, readOnlyReason)
        // Let this one append through. `damage` stays set until the lines are moved: it keeps
        // the catch-up under the lock from reading them again, and a torn tail from being cut.
        (appendRefusal, readOnlyReason, tornTailByteCount) = (nil, nil, 0)
        do {
            let result = try append(actor: actor, now: now) { _ in
                try moveAside(plan)
                return (drafts: [draft], value: ())
            }
            guard let entry = result.written.first else { throw JournalError.io(path: path, operation: "append to", code: EIO) }
            return entry
        } catch {
            if damage != nil { (appendRefusal, readOnlyReason) = (refusal, reason) }
            throw error
        }
    }

    private static let changedSincePlan = RecoveryRefusal(
        "The journal changed after the recovery was planned, so nothing was moved; run assist recover again.")

    /// Copies the planned bytes to the side file and cuts them from the journal; the lock must be held.
    private func moveAside(_ plan: RecoveryPlan) throws {
        let status = try system.fstat(descriptor).mapError { JournalError.from($0, path: path, operation: "inspect") }.get()
        guard status.inode == plan.status.inode, status.size == plan.status.size, status.modificationTime == plan.status.modificationTime else {
            throw Self.changedSincePlan
        }
        guard case .failure(let missing) = system.stat(plan.sidePath), missing.code == ENOENT else {
            throw RecoveryRefusal("A file already exists at \(plan.sidePath), so nothing was moved; move it away and run assist recover again.")
        }
        let temporaryPath = plan.sidePath + ".partial"
        let side = try system.open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            .mapError { JournalError.from($0, path: temporaryPath, operation: "create") }.get()
        func fail(_ error: any Error) -> any Error {
            _ = system.close(side)
            _ = system.unlink(temporaryPath)
            return error
        }
        // Readable by whoever may read the journal (its group too, when the journal lets the
        // group in and the group can be given), and by no one else.
        var mode = status.permissions & 0o660
        if mode & 0o060 != 0, case .failure = system.fchown(side, status.groupID) { mode &= 0o600 }
        if case .failure(let error) = system.fchmod(side, mode) { throw fail(JournalError.from(error, path: temporaryPath, operation: "set the permissions of")) }
        var hasher = SHA256()
        var written: Int64 = 0
        do {
            try forEachBlock(from: plan.keptLength, to: status.size) { bytes throws(JournalError) in
                hasher.update(bufferPointer: bytes)
                if case .failure(let error) = system.writeAll(side, bytes, at: written) { throw .from(error, path: temporaryPath, operation: "write to") }
                written += Int64(bytes.count)
            }
        } catch {
            throw fail(error)
        }
        guard hasher.finalize().withUnsafeBytes({ ChainHash(bytes: $0) }).hexadecimal == plan.details.sha256 else { throw fail(Self.changedSincePlan) }
        if case .failure(let error) = system.fsync(side) { throw fail(JournalError.from(error, path: temporaryPath, operation: "sync")) }
        _ = system.close(side)
        if case .failure(let error) = system.rename(temporaryPath, plan.sidePath) {
            _ = system.unlink(temporaryPath)
            throw JournalError.from(error, path: plan.sidePath, operation: "create")
        }
        if case .failure(let error) = JournalFile.syncDirectory(containing: plan.sidePath, system: system) {
            throw JournalError.from(error, path: plan.sidePath, operation: "sync the directory of")
        }
        if case .failure(let error) = system.ftruncate(descriptor, plan.keptLength) {
            throw JournalError.from(error, path: path, operation: "cut the damaged lines from")
        }
        if case .failure(let error) = system.fdatasync(descriptor) {
            throw JournalError.from(error, path: path, operation: "save (fdatasync)")
        }
        damage = nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// Moves a torn tail out of the journal; the lock must be held and `tornTailByteCount`
    /// must be the bytes after the last good line.
    ///
    /// The bytes are copied to a side file beside the journal's real file (symbolic links
    /// resolved, so it never lands beside a link, in whatever directory that is), with the
    /// journal's mode and, when the mode lets the group in, its group: the people who share
    /// the journal. The copy is written under a `.partial` name, synced, renamed to its final
    /// name and its directory synced *before* the journal is truncated, so nothing is ever
    /// silently dropped, and a repair killed half-way never leaves a partial copy under the
    /// final name.
    func repairTornTail(now: Timestamp) throws(JournalError) {
        var torn = [UInt8](repeating: 0, count: tornTailByteCount)
        let read = torn.withUnsafeMutableBytes { system.readFully(descriptor, into: $0, at: goodLength) }
        switch read {
        case .success(let count): torn.removeLast(torn.count - count)
        case .failure(let error): throw .from(error, path: path, operation: "read the torn tail of")
        }
        let journalStatus: FileStatus
        switch system.fstat(descriptor) {
        case .success(let status): journalStatus = status
        case .failure(let error): throw .from(error, path: path, operation: "inspect")
        }
        let realPath: String
        switch system.realpath(path) {
        case .success(let resolved): realPath = resolved
        case .failure(let error): throw .from(error, path: path, operation: "find the real file of")
        }
        let sidePath = try writeSideFile(torn, beside: realPath, stamp: sideFileStamp(now), like: journalStatus)
        if case .failure(let error) = JournalFile.syncDirectory(containing: sidePath, system: system) {
            throw .from(error, path: sidePath, operation: "sync the directory of")
        }
        if case .failure(let error) = system.ftruncate(descriptor, goodLength) {
            throw .from(error, path: path, operation: "cut the torn tail from")
        }
        if case .failure(let error) = system.fdatasync(descriptor) {
            throw .from(error, path: path, operation: "save (fdatasync)")
        }
        tornTailByteCount = 0
    }

    /// Creates a side file `<journal>.torn-<stamp>` holding `bytes`, readable by whoever can
    /// read the journal: written and fsynced as `<side file>.partial`, then renamed. Returns
    /// its path.
    private func writeSideFile(_ bytes: [UInt8], beside journalPath: String, stamp: String, like journal: FileStatus) throws(JournalError) -> String {
        var mode = journal.permissions & 0o666
        var attempt = 1
        while true {
            // Two repairs in the same millisecond are possible in principle; never overwrite.
            let sidePath = journalPath + ".torn-" + stamp + (attempt == 1 ? "" : "-\(attempt)")
            let partialPath = sidePath + ".partial"
            attempt += 1
            // Under the journal's lock no one else names side files of it, so a free name stays free.
            switch system.stat(sidePath) {
            case .success where attempt <= 100: continue
            case .success: throw .alreadyExists(path: sidePath)
            case .failure(let error) where error.code == ENOENT: break
            case .failure(let error): throw .from(error, path: sidePath, operation: "inspect")
            }
            let sideDescriptor: Int32
            switch system.open(partialPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode) {
            case .success(let opened): sideDescriptor = opened
            case .failure(let error) where error.code == EEXIST && attempt <= 100: continue
            case .failure(let error): throw .from(error, path: partialPath, operation: "create")
            }
            var isOpen = true
            func fail(_ error: SystemCallError, _ operation: String) -> JournalError {
                if isOpen { _ = system.close(sideDescriptor) }
                _ = system.unlink(partialPath)
                return .from(error, path: partialPath, operation: operation)
            }
            // A new file gets the creator's group, not the journal's: give it the journal's, or,
            // when that is not allowed, keep it to its owner rather than open it to another group.
            if mode & 0o060 != 0, case .failure = system.fchown(sideDescriptor, journal.groupID) { mode &= 0o600 }
            if case .failure(let error) = system.fchmod(sideDescriptor, mode) { throw fail(error, "set the permissions of") }
            let written = bytes.withUnsafeBytes { system.writeAll(sideDescriptor, $0, at: 0) }
            if case .failure(let error) = written { throw fail(error, "write to") }
            if case .failure(let error) = system.fsync(sideDescriptor) { throw fail(error, "sync") }
            _ = system.close(sideDescriptor)
            isOpen = false
            if case .failure(let error) = system.rename(partialPath, sidePath) { throw fail(error, "rename") }
            return sidePath
        }
    }

    /// `yyyyMMddTHHmmssSSS` in UTC.
    private func sideFileStamp(_ now: Timestamp) -> String {
        var bytes: [UInt8] = []
        now.appendISO8601(to: &bytes)
        // 2026-11-30T02:33:28.123Z -> 20261130T023328123
        let kept = bytes.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "Z") }
        return String(decoding: kept, as: UTF8.self)
    }
}

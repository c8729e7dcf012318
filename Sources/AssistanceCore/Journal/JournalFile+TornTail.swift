#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// Moves a torn tail out of the journal; the lock must be held and `tornTailByteCount`
    /// must be the bytes after the last good line.
    ///
    /// The bytes are copied to a side file next to the journal (same mode and, when the mode
    /// lets the group in, same group: the people who share the journal), which is synced
    /// with its directory *before* the journal is truncated, so nothing is ever silently
    /// dropped: whatever a crash left half-written can still be inspected.
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
        let sidePath = try writeSideFile(torn, stamp: sideFileStamp(now), like: journalStatus)
        if case .failure(let error) = JournalFile.syncDirectory(containing: path, system: system) {
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

    /// Creates, fills and fsyncs a new side file readable by whoever can read the journal;
    /// returns its path.
    private func writeSideFile(_ bytes: [UInt8], stamp: String, like journal: FileStatus) throws(JournalError) -> String {
        var mode = journal.permissions & 0o666
        var attempt = 1
        while true {
            // Two repairs in the same millisecond are possible in principle; never overwrite.
            let sidePath = path + ".torn-" + stamp + (attempt == 1 ? "" : "-\(attempt)")
            let sideDescriptor: Int32
            switch system.open(sidePath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode) {
            case .success(let opened): sideDescriptor = opened
            case .failure(let error) where error.code == EEXIST && attempt < 100:
                attempt += 1
                continue
            case .failure(let error): throw .from(error, path: sidePath, operation: "create")
            }
            func fail(_ error: SystemCallError, _ operation: String) -> JournalError {
                _ = system.close(sideDescriptor)
                _ = system.unlink(sidePath)
                return .from(error, path: sidePath, operation: operation)
            }
            // A new file gets the creator's group, not the journal's: give it the journal's, or,
            // when that is not allowed, keep it to its owner rather than open it to another group.
            if mode & 0o060 != 0, case .failure = system.fchown(sideDescriptor, journal.groupID) { mode &= 0o600 }
            if case .failure(let error) = system.fchmod(sideDescriptor, mode) { throw fail(error, "set the permissions of") }
            let written = bytes.withUnsafeBytes { system.writeAll(sideDescriptor, $0, at: 0) }
            if case .failure(let error) = written { throw fail(error, "write to") }
            if case .failure(let error) = system.fsync(sideDescriptor) { throw fail(error, "sync") }
            _ = system.close(sideDescriptor)
            return sidePath
        }
    }

    /// `yyyyMMddTHHmmssSSS` in UTC.
    func sideFileStamp(_ now: Timestamp) -> String {
        var bytes: [UInt8] = []
        now.appendISO8601(to: &bytes)
        // 2026-11-30T02:33:28.123Z -> 20261130T023328123
        let kept = bytes.filter { $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "Z") }
        return String(decoding: kept, as: UTF8.self)
    }
}

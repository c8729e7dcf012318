#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// The longest header line accepted; anything longer is not an assist journal.
    static let maximumHeaderLength = 64 * 1024

    /// Opens an existing journal and checks its header; entries are read by `readNewEntries()`.
    ///
    /// A journal the user may only read (or one on a read-only file system) opens for
    /// reading, with `readOnlyReason` set. A journal that users other than its owner and group
    /// may read or write (`mode & 0o007`) is not opened at all, for reading either: it holds
    /// special-category personal data, and `.openToOthers` says the `chmod` that fixes it.
    /// Group bits are fine: a shared journal is 0660.
    public static func open(at path: String, system: SystemCalls = .live) throws(JournalError) -> JournalFile {
        try open(at: path, system: system, forWriting: true)
    }

    static func open(at path: String, system: SystemCalls, forWriting: Bool) throws(JournalError) -> JournalFile {
        var refusal: (error: JournalError, reason: String)?
        let descriptor: Int32
        switch system.open(path, (forWriting ? O_RDWR : O_RDONLY) | O_CLOEXEC, 0) {
        case .success(let opened):
            descriptor = opened
            if !forWriting {
                let reason = "it was opened only to be read"
                refusal = (.readOnly(path: path, reason: reason), reason)
            }
        case .failure(let error) where error.code == EACCES || error.code == EROFS:
            switch system.open(path, O_RDONLY | O_CLOEXEC, 0) {
            case .success(let opened): descriptor = opened
            case .failure(let error): throw openError(error, path: path)
            }
            let reason = error.code == EROFS
                ? "it is on a read-only file system" : "you have permission to read it but not to change it"
            refusal = (.readOnly(path: path, reason: reason), reason)
        case .failure(let error):
            throw openError(error, path: path)
        }
        func fail(_ error: JournalError) -> JournalError {
            _ = system.close(descriptor)
            return error
        }
        let status: FileStatus
        switch system.fstat(descriptor) {
        case .success(let found): status = found
        case .failure(let error): throw fail(.from(error, path: path, operation: "inspect"))
        }
        guard status.isRegularFile else { throw fail(.notAJournal(path: path, reason: "it is not a regular file")) }
        if status.permissions & 0o007 != 0 {
            throw fail(.openToOthers(path: path, mode: Int(status.permissions)))
        }
        let header: JournalHeader, headerLine: [UInt8]
        switch readHeader(descriptor: descriptor, path: path, system: system) {
        case .success(let found): (header, headerLine) = found
        case .failure(let error): throw fail(error)
        }
        let journal = headerLine.withUnsafeBytes { bytes in
            JournalFile(path: path, system: system, descriptor: descriptor, header: header, headerLine: bytes)
        }
        journal.appendRefusal = refusal?.error
        journal.readOnlyReason = refusal?.reason
        return journal
    }

    private static func openError(_ error: SystemCallError, path: String) -> JournalError {
        if error.code == EISDIR { return .notAJournal(path: path, reason: "it is a directory") }
        return .from(error, path: path, operation: "open")
    }

    /// Reads and decodes line 1; returns the header and the line's bytes without `\n`.
    private static func readHeader(
        descriptor: Int32, path: String, system: SystemCalls
    ) -> Result<(JournalHeader, [UInt8]), JournalError> {
        var buffer = [UInt8](repeating: 0, count: maximumHeaderLength + 1)
        let filled = buffer.withUnsafeMutableBytes { system.readFully(descriptor, into: $0, at: 0) }
        let count: Int
        switch filled {
        case .success(let read): count = read
        case .failure(let error): return .failure(.from(error, path: path, operation: "read"))
        }
        guard count > 0 else { return .failure(.notAJournal(path: path, reason: "the file is empty")) }
        guard let newline = buffer[..<count].firstIndex(of: 0x0A) else {
            return .failure(.notAJournal(path: path, reason: "its first line is incomplete or longer than 64 KiB"))
        }
        let line = Array(buffer[..<newline])
        let decoded = line.withUnsafeBytes { JournalHeader.decode($0) }
        switch decoded {
        case .success(let header): return .success((header, line))
        case .failure(let problem): return .failure(.notAJournal(path: path, reason: problem.reason))
        }
    }
}

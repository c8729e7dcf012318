#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal file: the single source of truth (DESIGN.md §3), opened for reading and
/// durable appending by any number of processes at once.
///
/// ## Line format (byte-exact)
/// UTF-8, one compact JSON object per line (no spaces, members in exactly this order),
/// each line ending in exactly one `\n`:
///
/// - Line 1, the header:
///   `{"format":"assist-journal","version":2,"id":"<32 lowercase hex>","created":"<ts>"}`,
///   with `,"demo":true` after `created` in a journal `assist demo` wrote.
/// - Every other line, an entry:
///   `{"seq":N,"ts":"<ts>","actor":"<login>","as":"<login>","type":"<type>","data":<JSON>,"prev":"<64 lowercase hex>","sum":"<16 lowercase hex>"}`
///   where `seq` is 1 for the first entry and one more for each next one, `"as"` is present
///   only when the entry was recorded on behalf of another user, and `data` is written by
///   `JSONWriter`. The line's *content* is everything before `,"sum":`; its chain hash is the
///   SHA-256 of its content, `sum` is the first 8 bytes of that hash, and `prev` is the
///   previous line's chain hash (for entry 1, the SHA-256 of the header line without `\n`).
/// - `<ts>` is UTC with milliseconds, always 24 bytes: `2026-11-30T02:33:28.123Z`.
/// - A version 1 journal may begin with entries without `sum`, written before it existed;
///   their chain hash is the SHA-256 of the whole line without `\n`. After the first line
///   with a `sum`, and anywhere in a version 2 journal, a line without one is damage.
///
/// Reading checks every line's checksum, JSON, its members and their types, that `seq` goes
/// up by one, and that `prev` matches. The hash of the last good line (`headHash`) therefore
/// fixes the whole file: writing it down lets anyone check later that nothing was edited,
/// removed or reordered.
///
/// Not `Sendable`: one thread uses a `JournalFile`; other threads and processes open their own.
public final class JournalFile {
    /// The path the journal was opened or created at.
    public let path: String
    /// The journal's header (line 1).
    public private(set) var header: JournalHeader
    /// How many entries have been read or written through this object so far.
    public internal(set) var entryCount = 0
    /// The number of bytes after the last good line that were not read as entries: an
    /// append in progress or a torn tail left by a crash (0 when the file ends cleanly).
    public internal(set) var tornTailByteCount = 0
    /// Why appending is impossible (read-only file or file system, damage found), or nil
    /// when appends are allowed.
    public internal(set) var readOnlyReason: String?
    /// How long an append waits for another process to let go of the lock before it gives up.
    public var lockWait = JournalLockWait.standard

    /// SHA-256 in lowercase hexadecimal of the last good line (the header when there are no entries).
    public var headHash: String { lastLineHash.hexadecimal }

    let system: SystemCalls
    let descriptor: Int32
    /// The error every append throws, set together with `readOnlyReason`.
    var appendRefusal: JournalError?
    /// The damage found by reading; reading never goes past it again.
    var damage: JournalError?
    /// Length of the file up to and including the last good line's `\n`.
    var goodLength: Int64
    var lastLineHash: ChainHash
    /// Whether a line with a `sum` has been read or written: lines without one are damage from then on.
    var checksumSeen = false
    /// Entries read but not yet handed out, returned first by the next `readNewEntries()`.
    var unreportedEntries: [JournalEntry] = []
    /// Identity and size of the file when it was last read or written, for `hasChangedOnDisk()`.
    var lastSeenStatus: FileStatus?
    /// Bytes per read chunk; tests make it small to cross many chunk boundaries with a small journal.
    var readChunkSize = ChunkReader.defaultChunkSize

    init(path: String, system: SystemCalls, descriptor: Int32, header: JournalHeader, headerLine: UnsafeRawBufferPointer) {
        self.path = path
        self.system = system
        self.descriptor = descriptor
        self.header = header
        self.goodLength = Int64(headerLine.count + 1)
        self.lastLineHash = ChainHash(hashing: headerLine)
    }

    deinit {
        _ = system.close(descriptor)
    }

    /// Creates a new, empty journal.
    ///
    /// Missing parent directories are created private to the user (0700), or, when `group`
    /// is set, owned by that group with mode 2770: the group may enter them, and the setgid
    /// bit gives every file made in them the same group. The file gets mode 0600, or 0660 and
    /// the group, so that a team can share it. The header is written, then the file and its
    /// directory are synced. Nothing is left behind when creation fails, not even the
    /// directories it made. With `isDemo`, the header marks the journal as a demo
    /// (`JournalHeader.isDemo`).
    public static func create(
        at path: String, group: String? = nil, system: SystemCalls = .live, now: Timestamp = .now(), isDemo: Bool = false
    ) throws(JournalError) -> JournalFile {
        var groupID: UInt32?
        if let group {
            guard let found = system.groupID(group) else { throw .unknownGroup(name: group) }
            groupID = found
        }
        let madeDirectories = try makeParentDirectories(of: path, groupID: groupID, system: system)
        do {
            return try createFile(at: path, groupID: groupID, system: system, now: now, isDemo: isDemo)
        } catch {
            removeDirectories(madeDirectories, system: system)
            throw error
        }
    }

    /// Creates the journal file itself, its parent directories already in place.
    private static func createFile(
        at path: String, groupID: UInt32?, system: SystemCalls, now: Timestamp, isDemo: Bool
    ) throws(JournalError) -> JournalFile {
        let descriptor: Int32
        switch system.open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) {
        case .success(let opened): descriptor = opened
        case .failure(let error) where error.code == EEXIST: throw .alreadyExists(path: path)
        case .failure(let error): throw .from(error, path: path, operation: "create")
        }
        let header = JournalHeader.fresh(created: now, isDemo: isDemo)
        let line = header.lineBytes
        func fail(_ error: SystemCallError, _ operation: String) -> JournalError {
            _ = system.close(descriptor)
            _ = system.unlink(path)
            return .from(error, path: path, operation: operation)
        }
        if let groupID, case .failure(let error) = system.fchown(descriptor, groupID) {
            throw fail(error, "give the group ownership of")
        }
        // Set the mode explicitly: the umask may have removed group bits from the open's mode.
        if case .failure(let error) = system.fchmod(descriptor, groupID == nil ? 0o600 : 0o660) {
            throw fail(error, "set the permissions of")
        }
        let written = line.withUnsafeBytes { system.writeAll(descriptor, $0, at: 0) }
        if case .failure(let error) = written { throw fail(error, "write the header of") }
        if case .failure(let error) = system.fsync(descriptor) { throw fail(error, "sync") }
        if case .failure(let error) = syncDirectory(containing: path, system: system) {
            throw fail(error, "sync the directory of")
        }
        let journal = line.withUnsafeBytes { bytes in
            JournalFile(path: path, system: system, descriptor: descriptor, header: header,
                        headerLine: UnsafeRawBufferPointer(rebasing: bytes.dropLast()))
        }
        journal.lastSeenStatus = try? system.fstat(descriptor).get()
        return journal
    }

    /// Creates every missing directory above `path`: mode 0700, or group `groupID` and mode
    /// 2770. Returns the directories made, outermost first; on failure removes them again.
    private static func makeParentDirectories(
        of path: String, groupID: UInt32?, system: SystemCalls
    ) throws(JournalError) -> [String] {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var prefix = ""
        var made: [String] = []
        for (index, component) in components.enumerated() {
            prefix += (index == 0 ? "" : "/") + component
            guard !component.isEmpty, component != ".", component != ".." else { continue }
            if case .success = system.stat(prefix) { continue }
            switch system.mkdir(prefix, groupID == nil ? 0o700 : 0o770) {
            case .success: made.append(prefix)
            case .failure(let error) where error.code == EEXIST: continue
            case .failure(let error):
                removeDirectories(made, system: system)
                throw .from(error, path: prefix, operation: "create the directory")
            }
            guard let groupID else { continue }
            if case .failure(let error) = shareDirectory(prefix, groupID: groupID, system: system) {
                removeDirectories(made, system: system)
                throw .from(error, path: prefix, operation: "give the group the directory")
            }
        }
        return made
    }

    /// Gives the new directory at `path` to the group and sets mode 2770. The group comes
    /// first: changing the owner may clear the setgid bit, and `mkdir` ignores it anyway.
    private static func shareDirectory(_ path: String, groupID: UInt32, system: SystemCalls) -> Result<Void, SystemCallError> {
        system.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0).flatMap { descriptor in
            let shared = system.fchown(descriptor, groupID).flatMap { system.fchmod(descriptor, 0o2770) }
            _ = system.close(descriptor)
            return shared
        }
    }

    /// Removes directories this creation made, innermost first; a failure leaves an empty directory.
    private static func removeDirectories(_ directories: [String], system: SystemCalls) {
        for directory in directories.reversed() { _ = system.rmdir(directory) }
    }

    /// fsyncs the directory holding `path`, so that a new or renamed entry in it survives a crash.
    static func syncDirectory(containing path: String, system: SystemCalls) -> Result<Void, SystemCallError> {
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        return system.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0).flatMap { descriptor in
            let synced = system.fsync(descriptor)
            _ = system.close(descriptor)
            return synced
        }
    }

    /// Cheap poll for the UI (every few hundred milliseconds): true when the file's inode,
    /// size or modification time differ from when this object last read or wrote it.
    public func hasChangedOnDisk() -> Bool {
        guard let lastSeenStatus, case .success(let now) = system.stat(path) else { return true }
        return now.inode != lastSeenStatus.inode || now.size != lastSeenStatus.size
            || now.modificationTime != lastSeenStatus.modificationTime
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` value returned by a failed system call.
public struct SystemCallError: Error, Sendable, Hashable {
    /// The C error number, for example `EIO`.
    public var code: Int32

    /// Creates an error from its C error number.
    public init(code: Int32) {
        self.code = code
    }
}

/// The system calls the journal makes, named after their C functions so that a fault can
/// be aimed at one of them.
public enum SystemOperation: String, Sendable, CaseIterable {
    case open, close, flock, read, write, fdatasync, fsync, ftruncate, fstat, stat, fchown, fchmod, mkdir, rmdir, unlink, realpath, rename
}

/// What `fstat`/`stat` report that the journal needs.
public struct FileStatus: Sendable, Hashable {
    /// The inode number; a different one means the path now names another file.
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int64
    /// The last modification time in nanoseconds since the epoch.
    public var modificationTime: Int64
    /// The full `st_mode`: file type and permission bits.
    public var mode: UInt32
    /// The owning group.
    public var groupID: UInt32
    /// The device the file lives on (`st_dev`); with `inode` it names the file in `/proc/locks`.
    public var device: UInt64 = 0

    /// The permission bits (`mode & 0o7777`).
    public var permissions: UInt32 { mode & 0o7777 }
    /// Whether this is a regular file (not a directory, device or socket).
    public var isRegularFile: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
}

/// The one seam between the journal and the operating system.
///
/// Every system call of the journal goes through one of these thin wrappers (swift-system's
/// `Syscalls.swift` is the model): each returns a `Result` with the C error number, retries
/// `EINTR` in one helper, and can be swapped for a wrapper that injects faults
/// (`injecting(_:)`), so that every error path of an append is tested without a broken disk.
public struct SystemCalls: Sendable {
    var open: @Sendable (_ path: String, _ flags: Int32, _ mode: UInt32) -> Result<Int32, SystemCallError>
    var close: @Sendable (_ descriptor: Int32) -> Result<Void, SystemCallError>
    var flock: @Sendable (_ descriptor: Int32, _ operation: Int32) -> Result<Void, SystemCallError>
    var pread: @Sendable (_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int64) -> Result<Int, SystemCallError>
    var pwrite: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, _ offset: Int64) -> Result<Int, SystemCallError>
    var fdatasync: @Sendable (_ descriptor: Int32) -> Result<Void, SystemCallError>
    var fsync: @Sendable (_ descriptor: Int32) -> Result<Void, SystemCallError>
    var ftruncate: @Sendable (_ descriptor: Int32, _ length: Int64) -> Result<Void, SystemCallError>
    var fstat: @Sendable (_ descriptor: Int32) -> Result<FileStatus, SystemCallError>
    var stat: @Sendable (_ path: String) -> Result<FileStatus, SystemCallError>
    var fchown: @Sendable (_ descriptor: Int32, _ groupID: UInt32) -> Result<Void, SystemCallError>
    var fchmod: @Sendable (_ descriptor: Int32, _ mode: UInt32) -> Result<Void, SystemCallError>
    var mkdir: @Sendable (_ path: String, _ mode: UInt32) -> Result<Void, SystemCallError>
    var rmdir: @Sendable (_ path: String) -> Result<Void, SystemCallError>
    var unlink: @Sendable (_ path: String) -> Result<Void, SystemCallError>
    /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved.
    var realpath: @Sendable (_ path: String) -> Result<String, SystemCallError>
    /// `rename(2)`: atomically gives `source` the name `destination`, replacing what was there.
    var rename: @Sendable (_ source: String, _ destination: String) -> Result<Void, SystemCallError>
    /// `getgrnam_r`: the id of a group, or nil when there is no such group.
    var groupID: @Sendable (_ name: String) -> UInt32?
    /// `clock_gettime(CLOCK_MONOTONIC)` in nanoseconds: how long the lock has been waited for.
    var monotonicNanoseconds: @Sendable () -> UInt64
    /// `nanosleep`: the pause between two tries for the lock. Tests swap both for a clock
    /// that only moves when slept on, so a 10-second wait takes no time.
    var sleep: @Sendable (_ nanoseconds: UInt64) -> Void

    /// The real operating system.
    public static let live = SystemCalls(
        open: { path, flags, mode in retryingInterrupts { Glibc.open(path, flags, mode_t(mode)) } },
        // close is never retried: on Linux the descriptor is gone even when it reports EINTR.
        close: { descriptor in Glibc.close(descriptor) == 0 ? .success(()) : .failure(SystemCallError(code: errno)) },
        flock: { descriptor, operation in retryingInterrupts { lockFile(descriptor, operation) }.map { _ in } },
        pread: { descriptor, buffer, offset in
            retryingInterrupts { Glibc.pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset)) }
        },
        pwrite: { descriptor, bytes, offset in
            retryingInterrupts { Glibc.pwrite(descriptor, bytes.baseAddress, bytes.count, off_t(offset)) }
        },
        fdatasync: { descriptor in retryingInterrupts { Glibc.fdatasync(descriptor) }.map { _ in } },
        fsync: { descriptor in retryingInterrupts { Glibc.fsync(descriptor) }.map { _ in } },
        ftruncate: { descriptor, length in retryingInterrupts { Glibc.ftruncate(descriptor, off_t(length)) }.map { _ in } },
        fstat: { descriptor in
            var status = Glibc.stat()
            return retryingInterrupts { Glibc.fstat(descriptor, &status) }.map { _ in FileStatus(status) }
        },
        stat: { path in
            var status = Glibc.stat()
            return retryingInterrupts { statusOfPath(path, &status) }.map { _ in FileStatus(status) }
        },
        fchown: { descriptor, groupID in
            retryingInterrupts { Glibc.fchown(descriptor, uid_t(bitPattern: -1), gid_t(groupID)) }.map { _ in }
        },
        fchmod: { descriptor, mode in retryingInterrupts { Glibc.fchmod(descriptor, mode_t(mode)) }.map { _ in } },
        mkdir: { path, mode in retryingInterrupts { Glibc.mkdir(path, mode_t(mode)) }.map { _ in } },
        rmdir: { path in retryingInterrupts { Glibc.rmdir(path) }.map { _ in } },
        unlink: { path in retryingInterrupts { Glibc.unlink(path) }.map { _ in } },
        realpath: { path in
            guard let resolved = Glibc.realpath(path, nil) else { return .failure(SystemCallError(code: errno)) }
            defer { free(resolved) }
            return .success(String(cString: resolved))
        },
        rename: { source, destination in retryingInterrupts { Glibc.rename(source, destination) }.map { _ in } },
        groupID: { name in lookUpGroup(named: name) },
        monotonicNanoseconds: {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
        },
        sleep: { nanoseconds in
            var pause = timespec(tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
            // An interrupted pause is simply cut short: the caller tries the lock again and checks the time.
            _ = nanosleep(&pause, nil)
        }
    )
}

/// Runs a C call until it finishes without `EINTR`; -1 means failure with `errno`.
@inline(__always)
func retryingInterrupts<Value: BinaryInteger>(_ call: () -> Value) -> Result<Value, SystemCallError> {
    while true {
        let result = call()
        if result != -1 { return .success(result) }
        let code = errno
        if code != EINTR { return .failure(SystemCallError(code: code)) }
    }
}

/// `flock(2)`; a function of its own because Swift reads `Glibc.flock` as the struct of that name.
private func lockFile(_ descriptor: Int32, _ operation: Int32) -> Int32 {
    flock(descriptor, operation)
}

/// `stat(2)`; a function of its own because Swift reads `Glibc.stat` as the struct of that name.
private func statusOfPath(_ path: String, _ status: inout stat) -> Int32 {
    stat(path, &status)
}

/// `getgrnam_r`, growing its scratch buffer when the group has many members.
private func lookUpGroup(named name: String) -> UInt32? {
    var capacity = 4096
    while capacity <= 1 << 20 {
        var entry = group()
        var found: UnsafeMutablePointer<group>?
        var scratch = [CChar](repeating: 0, count: capacity)
        let code = getgrnam_r(name, &entry, &scratch, capacity, &found)
        if code == ERANGE {
            capacity *= 4
            continue
        }
        guard code == 0, found != nil else { return nil }
        return UInt32(entry.gr_gid)
    }
    return nil
}

extension FileStatus {
    init(_ status: stat) {
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        self.init(
            inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modificationTime: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            mode: UInt32(status.st_mode), groupID: UInt32(status.st_gid), device: UInt64(status.st_dev))
    }
}

extension SystemCalls {
    /// Writes all of `bytes` at `offset`, looping over short writes; a write that makes no
    /// progress at all fails with `EIO` rather than spinning.
    func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64) -> Result<Void, SystemCallError> {
        var written = 0
        while written < bytes.count {
            switch pwrite(descriptor, UnsafeRawBufferPointer(rebasing: bytes[written...]), offset + Int64(written)) {
            case .success(0): return .failure(SystemCallError(code: EIO))
            case .success(let count): written += count
            case .failure(let error): return .failure(error)
            }
        }
        return .success(())
    }

    /// Reads into `buffer` from `offset` until it is full or the file ends; returns the byte count.
    func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Result<Int, SystemCallError> {
        var filled = 0
        while filled < buffer.count {
            switch pread(descriptor, UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]), offset + Int64(filled)) {
            case .success(0): return .success(filled)
            case .success(let count): filled += count
            case .failure(let error): return .failure(error)
            }
        }
        return .success(filled)
    }
}

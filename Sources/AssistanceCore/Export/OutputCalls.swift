#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls that writing output files makes, named after their C functions so that a
/// fault can be aimed at one of them (as `SystemOperation` names the journal's).
enum OutputOperation: String, Sendable, CaseIterable {
    case openat, fstatat, mkdirat, fchmod, write, fsync, renameat, renameat2, linkat, unlinkat
}

/// The seam between output files (exports, report files) and the operating system, built as
/// `SystemCalls` is for the journal: one thin wrapper per call, `EINTR` retried in one place,
/// and a variant that injects faults (`injecting(_:)`) so every step can be made to fail.
///
/// Every name is looked up relative to a directory descriptor the tool opened itself, so a
/// name is resolved once, in the directory that was checked, and none of these calls follows
/// a symbolic link at the name it is given.
struct OutputCalls: Sendable {
    /// `openat(2)`; `O_NOFOLLOW` in `flags` refuses a symbolic link at `name` with `ELOOP`.
    var openat: @Sendable (_ directory: Int32, _ name: String, _ flags: Int32, _ mode: UInt32) -> Result<Int32, SystemCallError>
    /// `fstatat(2)` with `AT_SYMLINK_NOFOLLOW`: a symbolic link is described, never followed.
    var fstatat: @Sendable (_ directory: Int32, _ name: String) -> Result<FileStatus, SystemCallError>
    /// `mkdirat(2)`; fails with `EEXIST` whatever is at `name`, a dangling symbolic link included.
    var mkdirat: @Sendable (_ directory: Int32, _ name: String, _ mode: UInt32) -> Result<Void, SystemCallError>
    /// `fchmod(2)`, so that a mode holds whatever the umask is.
    var fchmod: @Sendable (_ descriptor: Int32, _ mode: UInt32) -> Result<Void, SystemCallError>
    /// `write(2)`: the count written, possibly short.
    var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Int, SystemCallError>
    /// `fsync(2)`, of a file or of a directory.
    var fsync: @Sendable (_ descriptor: Int32) -> Result<Void, SystemCallError>
    /// `renameat(2)`, used only for a directory: it replaces at most an empty directory and
    /// fails on anything else, a symbolic link included (which it never follows).
    var renameat: @Sendable (_ fromDirectory: Int32, _ from: String, _ toDirectory: Int32, _ to: String) -> Result<Void, SystemCallError>
    /// `renameat2(2)` with `RENAME_NOREPLACE`: fails with `EEXIST` if anything is at `to`;
    /// `EINVAL` where the kernel or file system cannot promise that.
    var renameat2: @Sendable (_ fromDirectory: Int32, _ from: String, _ toDirectory: Int32, _ to: String) -> Result<Void, SystemCallError>
    /// `linkat(2)` without `AT_SYMLINK_FOLLOW`: fails with `EEXIST` if anything is at `to`.
    var linkat: @Sendable (_ fromDirectory: Int32, _ from: String, _ toDirectory: Int32, _ to: String) -> Result<Void, SystemCallError>
    /// `unlinkat(2)`, of a file or (with `isDirectory`) of an empty directory.
    var unlinkat: @Sendable (_ directory: Int32, _ name: String, _ isDirectory: Bool) -> Result<Void, SystemCallError>
    /// `close(2)`, never retried and never failing the work: the descriptor is gone either way,
    /// and every file was synced before it is closed.
    var close: @Sendable (_ descriptor: Int32) -> Void

    /// The real operating system.
    static let live = OutputCalls(
        openat: { directory, name, flags, mode in retryingInterrupts { Glibc.openat(directory, name, flags, mode_t(mode)) } },
        fstatat: { directory, name in
            var status = Glibc.stat()
            return retryingInterrupts { Glibc.fstatat(directory, name, &status, AT_SYMLINK_NOFOLLOW) }.map { _ in FileStatus(status) }
        },
        mkdirat: { directory, name, mode in retryingInterrupts { Glibc.mkdirat(directory, name, mode_t(mode)) }.map { _ in } },
        fchmod: { descriptor, mode in retryingInterrupts { Glibc.fchmod(descriptor, mode_t(mode)) }.map { _ in } },
        write: { descriptor, bytes in retryingInterrupts { Glibc.write(descriptor, bytes.baseAddress, bytes.count) } },
        fsync: { descriptor in retryingInterrupts { Glibc.fsync(descriptor) }.map { _ in } },
        renameat: { fromDirectory, from, toDirectory, to in
            retryingInterrupts { Glibc.renameat(fromDirectory, from, toDirectory, to) }.map { _ in }
        },
        renameat2: { fromDirectory, from, toDirectory, to in
            guard let renameat2 = renameWithoutReplacing else { return .failure(SystemCallError(code: EINVAL)) }
            return retryingInterrupts { renameat2(fromDirectory, from, toDirectory, to, renameNoReplace) }.map { _ in }
        },
        linkat: { fromDirectory, from, toDirectory, to in
            retryingInterrupts { Glibc.linkat(fromDirectory, from, toDirectory, to, 0) }.map { _ in }
        },
        unlinkat: { directory, name, isDirectory in
            retryingInterrupts { Glibc.unlinkat(directory, name, isDirectory ? AT_REMOVEDIR : 0) }.map { _ in }
        },
        close: { descriptor in _ = Glibc.close(descriptor) }
    )

    /// These calls, failing with the error `fault` returns for an operation (nil: make the
    /// call). `close` is never failed: the work does not depend on it.
    static func injecting(_ fault: @escaping @Sendable (OutputOperation) -> SystemCallError?, into base: OutputCalls = .live) -> OutputCalls {
        OutputCalls(
            openat: { directory, name, flags, mode in fault(.openat).map { .failure($0) } ?? base.openat(directory, name, flags, mode) },
            fstatat: { directory, name in fault(.fstatat).map { .failure($0) } ?? base.fstatat(directory, name) },
            mkdirat: { directory, name, mode in fault(.mkdirat).map { .failure($0) } ?? base.mkdirat(directory, name, mode) },
            fchmod: { descriptor, mode in fault(.fchmod).map { .failure($0) } ?? base.fchmod(descriptor, mode) },
            write: { descriptor, bytes in fault(.write).map { .failure($0) } ?? base.write(descriptor, bytes) },
            fsync: { descriptor in fault(.fsync).map { .failure($0) } ?? base.fsync(descriptor) },
            renameat: { fromDirectory, from, toDirectory, to in
                fault(.renameat).map { .failure($0) } ?? base.renameat(fromDirectory, from, toDirectory, to)
            },
            renameat2: { fromDirectory, from, toDirectory, to in
                fault(.renameat2).map { .failure($0) } ?? base.renameat2(fromDirectory, from, toDirectory, to)
            },
            linkat: { fromDirectory, from, toDirectory, to in
                fault(.linkat).map { .failure($0) } ?? base.linkat(fromDirectory, from, toDirectory, to)
            },
            unlinkat: { directory, name, isDirectory in fault(.unlinkat).map { .failure($0) } ?? base.unlinkat(directory, name, isDirectory) },
            close: base.close
        )
    }
}

/// `RENAME_NOREPLACE` from `<linux/fs.h>`; the Glibc module does not import it.
private let renameNoReplace: UInt32 = 1

/// `renameat2(2)`, looked up at run time: the Glibc module declares it only under
/// `_GNU_SOURCE`, which Swift does not set. Nil on a C library without it.
private let renameWithoutReplacing: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
}()

extension FileStatus {
    /// Whether this is a directory.
    var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    /// Whether this is a symbolic link (only `fstatat` without following reports one).
    var isSymbolicLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }
}

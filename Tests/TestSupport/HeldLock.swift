import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's `flock(LOCK_EX)`, taken through a descriptor of its own, so a journal append in
/// this process waits for it as for another writer, until `release` (or deinit).
public final class HeldLock {
    private var descriptor: Int32

    /// Takes the lock of the file at `path`; throws when it cannot be opened or locked.
    public init(path: String) throws {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0, flock(descriptor, LOCK_EX) == 0 else { throw CocoaError(.fileLocking) }
    }

    /// Lets go of the lock.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

import Foundation

/// A process that takes `flock` on a file and is then stopped with SIGSTOP, as a suspended
/// SSH session or a hung NFS client leaves a writer: it holds the lock and never lets go.
///
/// It is util-linux `flock FILE sh -c 'echo locked; exec sleep 600'`, spawned in a process
/// group of its own so that `stop()` (also run on release) kills the whole group, stopped or not.
public final class StoppedLockHolder: @unchecked Sendable {
    /// Where util-linux `flock` is; tests that need a holder are skipped without it.
    public static let flockPath = ["/usr/bin/flock", "/bin/flock"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The process that took the lock (`flock`); `/proc/locks` names it as the holder.
    public let processID: pid_t
    private var isRunning = true

    /// Starts the holder on `path`, waits until it has the lock (it says so on its standard
    /// output), then stops it.
    public init(lockingFileAt path: String) throws {
        guard let flock = Self.flockPath else { throw HolderError(message: "util-linux flock is not installed") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw HolderError(message: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own (the holder leads it), and no signals blocked as the test runner's threads have them.
        posix_spawnattr_setpgroup(&attributes, 0)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        let argv = [flock, path, "sh", "-c", "echo locked; exec sleep 600"]
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, flock, &actions, &attributes, &cArguments, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { throw HolderError(message: "flock could not be started (error \(spawned))") }
        processID = child
        // Blocks until the shell, started only once flock holds the lock, writes its line.
        var byte: UInt8 = 0
        var line: [UInt8] = []
        while read(pipeEnds[0], &byte, 1) == 1, byte != 0x0A { line.append(byte) }
        guard line == Array("locked".utf8) else {
            stop()
            throw HolderError(message: "flock did not take the lock")
        }
        kill(-child, SIGSTOP)
    }

    /// Kills the holder's whole group (SIGKILL ends stopped processes too) and reaps it.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        kill(-processID, SIGKILL)
        var status: Int32 = 0
        while waitpid(processID, &status, 0) == -1, errno == EINTR {}
    }

    deinit { stop() }
}

/// Why the lock holder could not be started.
public struct HolderError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

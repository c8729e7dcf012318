import Foundation

/// The real `assist` binary in a detached tmux session on a private socket: keys go in with
/// `send-keys`, the screen comes back with `capture-pane`. `stop()` kills the tmux server.
final class TmuxSession: @unchecked Sendable {
    let socket = "assist-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let environment: [String: String]

    /// Starts `command` in a `width`×`height` session with `environment`.
    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        self.environment = environment
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let line = "env -i \(exports) " + command.map(Self.quote).joined(separator: " ")
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), line])
    }

    /// Runs tmux on the private socket and returns what it printed.
    ///
    /// Spawned and waited for by hand, output through a file: the tmux server that
    /// new-session starts inherits the client's descriptors, which keeps Foundation's
    /// `Process` from ever seeing the client finish.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UInt32.random(in: 0...UInt32.max)).out").path
        defer { try? FileManager.default.removeItem(atPath: capture) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        // The test runner's threads block signals; the tmux server must not inherit that
        // mask, or kill-server (SIGTERM) and the hang-up it sends the app would never land.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw TmuxError(message: "tmux could not be started (error \(spawned)); install tmux.") }
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1, errno == EINTR {}
        return (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
    }

    /// The screen as text.
    func capture() -> String {
        (try? tmux(["capture-pane", "-p"])) ?? ""
    }

    /// Sends keys (tmux key names such as `Enter`, `Escape`, or literal text with `literal`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys"] + (literal ? ["-l"] : []) + keys)
    }

    /// Waits until the screen shows `text`, polling until `seconds` have passed; returns the
    /// last screen either way so a failure can show it.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10) -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = capture()
        while !screen.contains(text) {
            if Date() > deadline { return (false, screen) }
            usleep(50_000)
            screen = capture()
        }
        return (true, screen)
    }

    /// Waits until the session's program has exited (the pane is gone).
    func waitForExit(seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let panes = (try? tmux(["list-panes", "-a"])) ?? ""
            if panes.isEmpty { return true }
            usleep(50_000)
        }
        return false
    }

    /// Kills the tmux server and everything in it.
    func stop() {
        _ = try? tmux(["kill-server"])
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why tmux could not be run.
struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

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

    /// Runs tmux on the private socket and returns what it printed. The output goes to a
    /// file, not a pipe: the tmux server that `new-session` forks can keep a pipe's write end
    /// open, and reading the pipe to its end would then wait forever.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputPath = NSTemporaryDirectory() + "/\(socket)-\(UInt32.random(in: 0...UInt32.max)).out"
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
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

import Foundation

/// Edits a text outside the UI, for `.openEditor`; the runtime calls it while the terminal is
/// handed over. Tests give the runtime one that answers without a program.
public protocol EditorLauncher {
    /// The edited text, or nil when it is unchanged or the editor failed.
    func edit(_ text: String) -> String?
}

/// Runs the person's editor (`$VISUAL`, else `$EDITOR`, else `vi`) on a temporary file for a
/// long note, while the terminal UI is suspended.
public struct ExternalEditor: EditorLauncher {
    /// The editor of the process's environment.
    public init() {}

    /// The edited text (one trailing newline removed), or nil when it is unchanged or the
    /// editor failed. The temporary file is private to the user and removed afterwards.
    public func edit(_ text: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let directory = FileManager.default.temporaryDirectory
        let file = directory.appendingPathComponent("assist-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data((text + "\n").utf8),
                                             attributes: [.posixPermissions: 0o600]) else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor variable may hold arguments ("code --wait"), so the shell splits it.
        process.arguments = ["-c", editor + " \"$1\"", "editor", file.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        var edited = String(decoding: data, as: UTF8.self)
        if edited.hasSuffix("\n") { edited.removeLast() }
        return edited == text ? nil : edited
    }
}

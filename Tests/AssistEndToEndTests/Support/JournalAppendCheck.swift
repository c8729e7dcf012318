import Foundation
import Testing
import TestSupport

/// What every end-to-end recording test checks once the UI has quit: the journal grew by
/// exactly one line, every earlier line is byte for byte as before, and `assist verify` passes.
enum JournalAppendCheck {
    /// The journal's lines.
    static func lines(of path: String) -> [String] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    /// The one line appended since `before` was read, after checking the rest; nil (with a
    /// recorded issue) when the journal did not grow by exactly one line.
    static func singleNewLine(
        in path: String, before: [String], binary: AssistBinary, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String? {
        let after = lines(of: path)
        #expect(after.count == before.count + 1, sourceLocation: sourceLocation)
        #expect(Array(after.prefix(before.count)) == before, "an earlier line changed", sourceLocation: sourceLocation)
        let verify = try binary.run(["verify", "--journal", path])
        #expect(verify.status == 0, "\(verify.standardError)", sourceLocation: sourceLocation)
        return after.count == before.count + 1 ? after.last : nil
    }

    /// Waits for the UI to say "Saved.", quits it with `q`, and returns the one line the save
    /// appended (see `singleNewLine`).
    static func lineSavedBeforeQuitting(
        _ tmux: TmuxSession, path: String, before: [String], binary: AssistBinary, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String? {
        let saved = tmux.waitFor("Saved.")
        #expect(saved.found, "\(saved.screen)", sourceLocation: sourceLocation)
        try tmux.send("q")
        #expect(tmux.waitForExit(), sourceLocation: sourceLocation)
        return try singleNewLine(in: path, before: before, binary: binary, sourceLocation: sourceLocation)
    }
}

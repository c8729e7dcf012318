import AssistanceCore
import AssistanceTUI
import Foundation

extension StoreSession {
    /// Writes `files` into `directory` through `ExportFiles`, the one writer of output files
    /// (0600 files in a 0700 directory, moved into place whole, never overwriting and never
    /// following a symbolic link), and says what came of it. Missing parents such as
    /// `~/assist-reports` are made too, private to the user, so the default directory works on
    /// a fresh account.
    static func write(_ files: [OutputFile], into directory: String) -> EffectResult {
        let trimmed = directory.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            return .filesNotWritten(message: "No directory was given; type the directory the files should be written into.")
        }
        let expanded = expandingHome(in: trimmed)
        do {
            let paths = try ExportFiles.write(files, into: expanded, makingParents: true)
            return .filesWritten(directory: expanded, paths: paths)
        } catch where !error.existingPaths.isEmpty {
            // ExportFiles lists every path; a count fits on the message line, and the
            // directory is in the field beside it.
            let count = error.existingPaths.count == 1 ? "1 file is" : "\(error.existingPaths.count) files are"
            return .filesNotWritten(message: "Nothing was written: \(count) already there; pick another directory.")
        } catch {
            return .filesNotWritten(message: error.message)
        }
    }

    /// `path` with a leading `~` replaced by `$HOME` (as a shell does), or by the account's
    /// home directory when `HOME` is not set.
    static func expandingHome(in path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let environmentHome = ProcessInfo.processInfo.environment["HOME"] ?? ""
        let home = environmentHome.isEmpty ? NSHomeDirectory() : environmentHome
        return home + path.dropFirst()
    }
}

import AssistanceCore
import Foundation

extension StoreSession {
    /// Writes `files` into `directory` through `ExportFiles` (0600 files, never overwriting)
    /// and says what came of it. Missing parents such as `~/assist-reports` are made first,
    /// private to the user, so the default directory works on a fresh account.
    static func write(_ files: [OutputFile], into directory: String) -> EffectResult {
        let trimmed = directory.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            return .filesNotWritten(message: "No directory was given; type the directory the files should be written into.")
        }
        let expanded = expandingHome(in: trimmed)
        let existing = files.filter { FileManager.default.fileExists(atPath: (expanded as NSString).appendingPathComponent($0.name)) }
        guard existing.isEmpty else {
            // ExportFiles would list every path; a count fits on the message line, and the
            // directory is in the field beside it.
            let count = existing.count == 1 ? "1 file is" : "\(existing.count) files are"
            return .filesNotWritten(message: "Nothing was written: \(count) already there; pick another directory.")
        }
        let parent = (expanded as NSString).deletingLastPathComponent
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                return .filesNotWritten(message: "The directory \(parent) could not be created; check that you may write there or choose another directory.")
            }
        }
        do {
            let paths = try ExportFiles.write(files.map { (name: $0.name, contents: $0.contents) }, into: expanded)
            return .filesWritten(directory: expanded, paths: paths)
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

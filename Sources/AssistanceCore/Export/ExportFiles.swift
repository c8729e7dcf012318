import Foundation

/// Why files could not be written; the message names the path and what to do.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A full sentence.
    public var message: String

    /// The message.
    public var description: String { message }
}

/// Writes export and report files private to the user: the directory is created 0700 when
/// missing and every file 0600, and nothing that exists is ever overwritten.
public enum ExportFiles {
    /// Writes each `(file name, contents)` pair into `directory` and returns the paths written.
    ///
    /// Every target is checked before the first is written, so a refusal leaves nothing
    /// half-written; each file is also created with `O_EXCL`, so one that appears meanwhile is
    /// not overwritten either.
    @discardableResult
    public static func write(_ files: [(name: String, contents: String)], into directory: String) throws(ExportError) -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExportError(message: "\(directory) exists and is not a directory; choose another output directory.")
            }
        } else if mkdir(directory, 0o700) != 0 {
            throw ExportError(message: "The directory \(directory) could not be created (\(String(cString: strerror(errno)))); check that its parent exists and is writable.")
        }
        let paths = files.map { (directory as NSString).appendingPathComponent($0.name) }
        let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw ExportError(message: "Nothing was written because these files already exist: \(existing.joined(separator: ", ")); choose another output directory or move them away.")
        }
        for (path, file) in zip(paths, files) {
            try writeNew(path, contents: Array(file.contents.utf8))
        }
        return paths
    }

    private static func writeNew(_ path: String, contents: [UInt8]) throws(ExportError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ExportError(message: "The file \(path) could not be created (\(String(cString: strerror(errno)))); nothing was overwritten.")
        }
        defer { close(descriptor) }
        // The mode given to open is cut by the umask; 0600 must hold whatever the umask is.
        fchmod(descriptor, 0o600)
        var written = 0
        while written < contents.count {
            let result = contents[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw ExportError(message: "Writing \(path) failed (\(String(cString: strerror(errno)))); check the free space and remove the partial file.")
            }
            written += result
        }
    }
}

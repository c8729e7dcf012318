import Foundation

/// Why files could not be written; the message names the path and what to do.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A full sentence.
    public var message: String
    /// The files that are already there, when that is why nothing was written (else empty):
    /// a screen with little room can say how many instead of naming them all.
    public var existingPaths: [String] = []

    /// The message.
    public var description: String { message }
}

/// The one writer of every set of output files (`assist export`, `assist report --out`, `w` on
/// the Reports screen): whole and private, or not at all.
///
/// The files are written into a fresh private directory the tool makes itself (0700, each file
/// created with `O_EXCL | O_NOFOLLOW`, 0600, written fully and fsynced) and moved into place
/// only when all of them are complete:
/// - a directory that does not exist is that private directory, renamed to its name;
/// - an existing directory takes the new files beside what it holds, each moved in without
///   replacing anything (`renameat2(RENAME_NOREPLACE)`, or `link` where that is missing), and
///   only if none of their names is taken;
/// - a symbolic link as the directory or at a file's name is refused; links further up the
///   path (`/tmp` on some systems) are followed, as by any program, since the person who
///   named the path put them there.
///
/// Any failure part-way removes everything the write made, so nothing lands anywhere but
/// where it should.
public enum ExportFiles {
    /// Writes `files` into `directory` and returns the paths written.
    ///
    /// With `makingParents`, missing directories above `directory` are made too (0700), as
    /// the Reports screen does for `~/assist-reports/…`; otherwise its parent must exist.
    @discardableResult
    public static func write(_ files: [OutputFile], into directory: String,
                             makingParents: Bool = false) throws(ExportError) -> [String] {
        try write(files, into: directory, makingParents: makingParents, calls: .live)
    }

    /// `write(_:into:makingParents:)` through `calls`, so that tests can make any step fail.
    @discardableResult
    static func write(_ files: [OutputFile], into directory: String,
                      makingParents: Bool = false, calls: OutputCalls) throws(ExportError) -> [String] {
        guard !directory.isEmpty else {
            throw ExportError(message: "No output directory was given; name the directory the files should be written into.")
        }
        let names = files.map(\.name)
        precondition(Set(names).count == names.count && names.allSatisfy(isPlainFileName), "output file names must be plain and distinct")
        let output = OutputWrite(into: directory, calls: calls)
        do {
            try output.run(files.map { (name: $0.name, bytes: Array($0.contents.utf8)) }, makingParents: makingParents)
        } catch {
            output.rollBack()
            throw error
        }
        return names.map { (directory as NSString).appendingPathComponent($0) }
    }

    /// Whether `name` names a file inside a directory, not a path or the directory itself.
    private static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/")
    }
}

extension ExportError {
    /// `path` (the directory or a file in it) is a symbolic link.
    static func symbolicLink(_ path: String) -> ExportError {
        ExportError(message: "Nothing was written because \(path) is a symbolic link, which output files never follow; remove the link or choose another directory.")
    }

    /// Files with the names to write are already in the directory.
    static func filesExist(_ paths: [String]) -> ExportError {
        ExportError(message: "Nothing was written because these files already exist: \(paths.joined(separator: ", ")); choose another output directory or move them away.",
                    existingPaths: paths)
    }

    /// `path` is neither missing nor a directory.
    static func notADirectory(_ path: String) -> ExportError {
        ExportError(message: "\(path) exists and is not a directory; choose another output directory.")
    }

    /// The directory `path`, or its parent, could not be made or opened.
    static func cannotCreate(_ path: String, _ error: SystemCallError) -> ExportError {
        ExportError(message: "The directory \(path) could not be created (\(error.reason)); check that its parent exists and is writable.")
    }

    /// Something appeared at `path` after it was checked.
    static func appeared(_ path: String) -> ExportError {
        ExportError(message: "Nothing was written because \(path) appeared while the files were being written; move it away or choose another output directory.")
    }

    /// `step` (a phrase: "writing cases.csv") failed part-way; everything made was removed.
    static func failed(_ path: String, _ step: String, _ error: SystemCallError) -> ExportError {
        ExportError(message: "Nothing was written to \(path) because \(step) failed (\(error.reason)); check that you may write there and that the disk has room, then try again.")
    }
}

fileprivate extension SystemCallError {
    /// The C library's words for the error ("No space left on device").
    var reason: String { String(cString: strerror(code)) }
}

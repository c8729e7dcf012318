import Foundation

/// Where output files go: the directory as the user named it, split into the parent the tool
/// opens (links on the way there followed, as by any program) and the last name, which is
/// looked up inside that parent and never followed.
struct OutputTarget: Equatable {
    /// The directory as given, for messages and the paths reported back.
    var path: String
    /// The directory holding it (`.` for a bare name).
    var parent: String
    /// Its own name inside `parent` (`.` for `/`).
    var name: String

    /// Splits `path`, ignoring trailing slashes.
    init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        self.path = path
        if trimmed == "/" {
            (parent, name) = ("/", ".")
        } else if let slash = trimmed.lastIndex(of: "/") {
            parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
            name = String(trimmed[trimmed.index(after: slash)...])
        } else {
            (parent, name) = (".", String(trimmed))
        }
    }
}

/// One write of a set of output files (see `ExportFiles`), remembering everything it made so
/// that a failure anywhere can take all of it back with `rollBack()`.
final class OutputWrite {
    /// Something the write made: the file or directory `name` inside the directory open as `directory`.
    private struct Made {
        var directory: Int32
        var name: String
        var isDirectory: Bool
        /// Whether it stays once the write succeeds; the private directory and any file
        /// still in it do not.
        var stays: Bool
    }

    /// The private directory the files are written into first.
    private struct Staging {
        var descriptor: Int32
        var name: String
    }

    private let target: OutputTarget
    private let calls: OutputCalls
    private var descriptors: [Int32] = []
    private var made: [Made] = []

    /// A write into the directory `path`, through `calls`.
    init(into path: String, calls: OutputCalls) {
        target = OutputTarget(path)
        self.calls = calls
    }

    deinit {
        for descriptor in descriptors.reversed() { calls.close(descriptor) }
    }

    /// Writes `files` and moves them into place; on a throw, `rollBack()` removes what was made.
    func run(_ files: [(name: String, bytes: [UInt8])], makingParents: Bool) throws(ExportError) {
        if makingParents { try makeDirectories(target.parent) }
        let parent = try openDirectory(target.parent, in: AT_FDCWD, following: true)
        switch calls.fstatat(parent, target.name) {
        case .failure(let error) where error.code == ENOENT:
            let staging = try makePrivateDirectory(in: parent)
            try stage(files, in: staging)
            try moveDirectory(staging, in: parent)
            try succeed(calls.fsync(parent), "syncing the directory that holds it")
        case .failure(let error):
            throw ExportError.failed(target.path, "looking it up", error)
        case .success(let status) where status.isSymbolicLink:
            throw ExportError.symbolicLink(target.path)
        case .success(let status) where status.isDirectory:
            let destination = try openDirectory(target.name, in: parent, following: false)
            try checkNamesAreFree(files.map(\.name), in: destination)
            let staging = try makePrivateDirectory(in: destination)
            try stage(files, in: staging)
            for file in files { try moveFile(file.name, from: staging.descriptor, to: destination) }
            try removeTemporary()
            try succeed(calls.fsync(destination), "syncing the directory")
        case .success:
            throw ExportError.notADirectory(target.path)
        }
    }

    /// Removes everything made so far, newest first: files before the directories holding them.
    /// Best effort: the write has already failed, and its error is the one to report.
    func rollBack() {
        for item in made.reversed() { _ = calls.unlinkat(item.directory, item.name, item.isDirectory) }
        made = []
    }

    /// Makes `path` and any missing directory above it, private to the user.
    private func makeDirectories(_ path: String) throws(ExportError) {
        var result = calls.mkdirat(AT_FDCWD, path, 0o700)
        let above = OutputTarget(path).parent
        if case .failure(let error) = result, error.code == ENOENT, above != path {
            try makeDirectories(above)
            result = calls.mkdirat(AT_FDCWD, path, 0o700)
        }
        switch result {
        case .success: made.append(Made(directory: AT_FDCWD, name: path, isDirectory: true, stays: true))
        case .failure(let error) where error.code == EEXIST: break
        case .failure(let error): throw ExportError.cannotCreate(path, error)
        }
    }

    /// Opens the directory `name` inside `directory`; without `following`, a symbolic link at
    /// `name` is refused rather than followed.
    private func openDirectory(_ name: String, in directory: Int32, following: Bool) throws(ExportError) -> Int32 {
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (following ? 0 : O_NOFOLLOW)
        switch calls.openat(directory, name, flags, 0) {
        case .success(let descriptor):
            descriptors.append(descriptor)
            return descriptor
        case .failure(let error) where following:
            throw ExportError.cannotCreate(target.path, error)
        case .failure(let error) where error.code == ELOOP:
            throw ExportError.symbolicLink(target.path)
        case .failure(let error) where error.code == ENOTDIR:
            throw ExportError.notADirectory(target.path)
        case .failure(let error):
            throw ExportError.failed(target.path, "opening it", error)
        }
    }

    /// Refuses the write if anything at all is already at one of `names` in `directory`.
    private func checkNamesAreFree(_ names: [String], in directory: Int32) throws(ExportError) {
        var existing: [String] = []
        for name in names {
            let path = finalPath(of: name)
            switch calls.fstatat(directory, name) {
            case .failure(let error) where error.code == ENOENT: continue
            case .failure(let error): throw ExportError.failed(target.path, "looking for \(name)", error)
            case .success(let status) where status.isSymbolicLink: throw ExportError.symbolicLink(path)
            case .success: existing.append(path)
            }
        }
        guard existing.isEmpty else { throw ExportError.filesExist(existing) }
    }

    /// Makes a fresh directory (0700, whatever the umask) with a random hidden name inside
    /// `directory`, as `mkdtemp` does: on the same file system as the destination, so the
    /// files can be renamed out of it.
    private func makePrivateDirectory(in directory: Int32) throws(ExportError) -> Staging {
        let step = "creating a private temporary directory"
        for _ in 0..<100 {
            let name = ".assist-output-" + String((0..<8).map { _ in Self.nameCharacters.randomElement()! })
            switch calls.mkdirat(directory, name, 0o700) {
            case .success:
                made.append(Made(directory: directory, name: name, isDirectory: true, stays: false))
                let descriptor = try openDirectory(name, in: directory, following: false)
                try succeed(calls.fchmod(descriptor, 0o700), step)
                return Staging(descriptor: descriptor, name: name)
            case .failure(let error) where error.code == EEXIST:
                continue
            case .failure(let error):
                throw ExportError.failed(target.path, step, error)
            }
        }
        throw ExportError.failed(target.path, step, SystemCallError(code: EEXIST))
    }

    private static let nameCharacters = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    /// Creates every file in the private directory (0600, never over anything), writes it
    /// whole and syncs it, then syncs the directory.
    private func stage(_ files: [(name: String, bytes: [UInt8])], in staging: Staging) throws(ExportError) {
        for file in files {
            let step = "writing \(file.name)"
            let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
            let descriptor = try succeed(calls.openat(staging.descriptor, file.name, flags, 0o600), step)
            made.append(Made(directory: staging.descriptor, name: file.name, isDirectory: false, stays: false))
            defer { calls.close(descriptor) }
            // The mode given to openat is cut by the umask; 0600 must hold whatever the umask is.
            try succeed(calls.fchmod(descriptor, 0o600), step)
            try writeAll(file.bytes, to: descriptor, step)
            try succeed(calls.fsync(descriptor), step)
        }
        try succeed(calls.fsync(staging.descriptor), "syncing the private temporary directory")
    }

    /// Writes all of `bytes`, looping over short writes; a write that makes no progress is `EIO`.
    private func writeAll(_ bytes: [UInt8], to descriptor: Int32, _ step: String) throws(ExportError) {
        var written = 0
        while written < bytes.count {
            let count = try succeed(bytes[written...].withUnsafeBytes { calls.write(descriptor, $0) }, step)
            if count == 0 { throw ExportError.failed(target.path, step, SystemCallError(code: EIO)) }
            written += count
        }
    }

    /// Renames the finished private directory to the destination's name; it never replaces
    /// anything but an empty directory, and then everything it holds stays.
    private func moveDirectory(_ staging: Staging, in parent: Int32) throws(ExportError) {
        switch calls.renameat(parent, staging.name, parent, target.name) {
        case .success:
            made = made.map { item in
                var item = item
                if item.directory == parent, item.name == staging.name { item.name = target.name }
                item.stays = true
                return item
            }
        case .failure(let error) where [EEXIST, ENOTEMPTY, ENOTDIR, EISDIR].contains(error.code):
            throw ExportError.appeared(target.path)
        case .failure(let error):
            throw ExportError.failed(target.path, "moving the files into place", error)
        }
    }

    /// Moves the finished file `name` into the existing destination without replacing anything
    /// there: `renameat2(RENAME_NOREPLACE)`, or a hard link where the file system lacks it
    /// (the private directory's copy then goes with the directory).
    private func moveFile(_ name: String, from staging: Int32, to destination: Int32) throws(ExportError) {
        let step = "moving \(name) into place"
        var result = calls.renameat2(staging, name, destination, name)
        if case .success = result, let index = made.lastIndex(where: { $0.directory == staging && $0.name == name }) {
            made[index] = Made(directory: destination, name: name, isDirectory: false, stays: true)
            return
        }
        if case .failure(let error) = result, [EINVAL, ENOSYS].contains(error.code) {
            result = calls.linkat(staging, name, destination, name)
            if case .success = result {
                made.append(Made(directory: destination, name: name, isDirectory: false, stays: true))
                return
            }
        }
        guard case .failure(let error) = result else { return }
        throw error.code == EEXIST ? ExportError.appeared(finalPath(of: name)) : ExportError.failed(target.path, step, error)
    }

    /// Removes the private directory and whatever is left in it, once every file is in place.
    private func removeTemporary() throws(ExportError) {
        for index in made.indices.reversed() where !made[index].stays {
            let item = made[index]
            try succeed(calls.unlinkat(item.directory, item.name, item.isDirectory), "removing the private temporary directory")
            made.remove(at: index)
        }
    }

    /// The path of the file `name` in the destination, as reported to the user.
    private func finalPath(of name: String) -> String {
        (target.path as NSString).appendingPathComponent(name)
    }

    /// The value of `result`, or the error of `step` failing.
    @discardableResult
    private func succeed<Value>(_ result: Result<Value, SystemCallError>, _ step: String) throws(ExportError) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let error): throw ExportError.failed(target.path, step, error)
        }
    }
}

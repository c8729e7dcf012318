import Foundation

/// Why the journal file could not be created, opened, read or appended to.
///
/// Each message is one sentence that names the path and says what to do. Messages never
/// quote the file's contents: journal lines hold personal data.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No file at `path`.
    case notFound(path: String)
    /// `create` found a file already at `path`.
    case alreadyExists(path: String)
    /// The operating system refused `operation` (a verb: "open", "create", "write to").
    case permissionDenied(path: String, operation: String)
    /// Users other than the owner and the group may read or write the journal (`mode` holds
    /// its permission bits), so it is not opened at all, as ssh refuses a loose private key.
    case openToOthers(path: String, mode: Int)
    /// The file is not an assist journal; `reason` is a phrase without file content.
    case notAJournal(path: String, reason: String)
    /// Line `line` (1-based; line 1 is the header) is damaged: a complete line failed a check
    /// (`reason` says which), or what follows the last good line cannot be one unfinished append.
    case damaged(path: String, line: Int, reason: String)
    /// Appending is impossible: `reason` says why (read-only file, file system, or damage).
    case readOnly(path: String, reason: String)
    /// An entry's line would be `byteCount` bytes, more than `JournalLimits.maximumLineLength`;
    /// `field` names its longest text, the one to shorten, when it has one.
    case entryTooLong(path: String, type: String, field: String?, byteCount: Int)
    /// `assist demo` was asked to replace a file that is not a demo journal (see `JournalHeader.isDemo`).
    case notADemoJournal(path: String)
    /// `create` was asked for a group that does not exist.
    case unknownGroup(name: String)
    /// Another process held the lock for the whole of `waited`, so nothing was written;
    /// `holder` is that process when the system can tell.
    case busy(path: String, holder: JournalLockHolder?, waited: JournalLockWait)
    /// The writer was told to give up while it waited for the lock; nothing was written.
    case cancelled(path: String)
    /// `ASSIST_LOCK_WAIT` holds `value`, which is not a number of seconds within the range allowed.
    case invalidLockWait(value: String)
    /// A system call failed; `operation` is a verb phrase and `code` the C `errno`.
    case io(path: String, operation: String, code: Int32)

    /// One sentence saying what went wrong and what to do.
    public var description: String {
        switch self {
        case .notFound(let path):
            return "There is no journal at \(path); check the path, or create a new journal there."
        case .alreadyExists(let path):
            return "A file already exists at \(path); choose another path or open the existing journal instead."
        case .permissionDenied(let path, let operation):
            return "Permission was denied to \(operation) \(path); ask an administrator for access to the journal."
        case .openToOthers(let path, let mode):
            return "The journal \(path) may be read or changed by other users (mode \(String(format: "%04o", mode))), "
                + "so it was not opened; run `chmod o-rwx \(path)` and try again."
        case .busy(let path, let holder, let waited):
            guard let holder else {
                return "The journal \(path) is busy: another process did not let go of its lock within \(waited) "
                    + "(the system does not say which), so nothing was saved; try again, and if an assist process is stopped or hung, end it."
            }
            return "The journal \(path) is busy: \(holder.description) did not let go of its lock within \(waited), so nothing was saved; "
                + "try again, and if that process is stopped or hung, end it (kill -KILL \(holder.processID) ends even a stopped one)."
        case .cancelled(let path):
            return "Saving was cancelled while waiting for the lock of the journal \(path); nothing was saved."
        case .invalidLockWait(let value):
            // The value is quoted only when it is short and plain, so that it cannot garble the terminal.
            let isPlain = value.count <= 20 && value.unicodeScalars.allSatisfy { $0.value >= 0x21 && $0.value < 0x7F }
            return "\(JournalLockWait.environmentVariable) \(isPlain ? "is '\(value)', " : "is ")not a number of seconds from 0.1 to 3600; "
                + "correct it, or unset it to wait the standard \(JournalLockWait.standard)."
        case .notAJournal(let path, let reason):
            return "The file \(path) is not an assist journal: \(reason)."
        case .damaged(let path, let line, let reason):
            return "The journal \(path) is damaged at line \(line) (\(reason)), so it was opened read-only; "
                + "restore it from a backup or ask an administrator to inspect that line."
        case .readOnly(let path, let reason):
            return "Nothing was saved because the journal \(path) is read-only: \(reason)."
        case .entryTooLong(let path, let type, let field, let byteCount):
            return "Nothing was saved to \(path): the \(type) entry would be a line of \(byteCount) bytes, more than the "
                + "\(JournalLimits.maximumLineLength) a journal line may hold; shorten \(field.map { "its \($0)" } ?? "its text") and try again."
        case .notADemoJournal(let path):
            return "The file \(path) is not a demo journal, so it was left as it is; write the demo to another path."
        case .unknownGroup(let name):
            return "There is no group named \(name) on this system; create the group first or choose an existing one."
        case .io(let path, let operation, let code):
            switch code {
            case EFBIG:
                return "Could not \(operation) \(path) because the file size limit was reached; "
                    + "nothing was saved: raise the limit (ulimit -f) or ask an administrator."
            case ENOSPC:
                return "Could not \(operation) \(path) because the disk is full; nothing was saved: free some space and try again."
            default:
                return "Could not \(operation) \(path): \(String(cString: strerror(code))) (errno \(code))."
            }
        }
    }

    /// The error for a failed system call, with permission problems told apart.
    static func from(_ error: SystemCallError, path: String, operation: String) -> JournalError {
        switch error.code {
        case ENOENT: return .notFound(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path, operation: operation)
        default: return .io(path: path, operation: operation, code: error.code)
        }
    }
}

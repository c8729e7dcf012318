#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// Writes a demo journal (its header marked `"demo":true`) holding `entries()` at `path`.
    ///
    /// When nothing is at `path`, the journal is created there. When something is, it is
    /// replaced only with `replacing` and only when it is a demo journal itself: anything else
    /// (a real journal, any other file) throws `.notADemoJournal` and is left byte for byte as
    /// it was; without `replacing`, `.alreadyExists`. A demo is replaced safely: the new one is
    /// written and synced beside the old one's real file under a temporary name and renamed
    /// over it, so there is never a moment with no file, and a failure leaves the old one.
    /// `entries` is called only once the path has been found fit.
    public static func writeDemo(
        at path: String, replacing: Bool, system: SystemCalls = .live,
        entries: () -> [(timestamp: Timestamp, actor: String, draft: EventDraft)]
    ) throws(JournalError) {
        let realPath: String
        switch system.realpath(path) {
        case .success(let resolved):
            realPath = resolved
        case .failure(let error) where error.code == ENOENT:
            // Nothing there, or a link to nothing, which create refuses to follow.
            do {
                try create(at: path, system: system, isDemo: true).appendBatch(entries())
            } catch .alreadyExists where replacing {
                throw .notADemoJournal(path: path)
            }
            return
        case .failure(let error):
            throw .from(error, path: path, operation: "find the real file of")
        }
        guard replacing else { throw .alreadyExists(path: path) }
        let replacedInode = try demoJournalInode(at: realPath, named: path, system: system)
        var random = SystemRandomNumberGenerator()
        let temporaryPath = realPath + ".demo-\(String(random.next() as UInt32, radix: 16)).partial"
        do throws(JournalError) {
            try create(at: temporaryPath, system: system, isDemo: true).appendBatch(entries())
            // The check and the rename are not one step; checking again narrows the window to nothing a person can hit.
            guard try demoJournalInode(at: realPath, named: path, system: system) == replacedInode else {
                throw JournalError.notADemoJournal(path: path)
            }
            if case .failure(let error) = system.rename(temporaryPath, realPath) {
                throw JournalError.from(error, path: path, operation: "replace")
            }
        } catch {
            _ = system.unlink(temporaryPath)
            throw error
        }
        if case .failure(let error) = syncDirectory(containing: realPath, system: system) {
            throw .from(error, path: path, operation: "sync the directory of")
        }
    }

    /// The inode of the demo journal at `realPath`; throws `.notADemoJournal(path: path)`
    /// when the file there is not one.
    private static func demoJournalInode(at realPath: String, named path: String, system: SystemCalls) throws(JournalError) -> UInt64 {
        let existing: JournalFile
        do {
            existing = try open(at: realPath, system: system, forWriting: false)
        } catch .notAJournal, .openToOthers {
            // A file others may read is refused as a journal; as a demo to replace it is simply not one.
            throw .notADemoJournal(path: path)
        }
        guard existing.header.isDemo else { throw .notADemoJournal(path: path) }
        switch system.fstat(existing.descriptor) {
        case .success(let status): return status.inode
        case .failure(let error): throw .from(error, path: path, operation: "inspect")
        }
    }
}

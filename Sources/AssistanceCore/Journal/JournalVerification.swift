/// The result of checking a whole journal: what `assist verify` prints.
public struct JournalVerification: Sendable {
    /// The number of good entries, in order, from the start.
    public var entryCount: Int
    /// SHA-256 in lowercase hexadecimal of the last good line; write it down to check later
    /// that nothing before it changed. Empty when the header could not be read.
    public var headHash: String
    /// Bytes after the last good line that are one unfinished append (a torn tail), 0 when clean.
    public var tornTailByteCount: Int
    /// What is wrong, or nil when every line is good (a torn tail is not a problem).
    public var problem: JournalError?

    /// Creates a result.
    public init(entryCount: Int, headHash: String, tornTailByteCount: Int, problem: JournalError?) {
        self.entryCount = entryCount
        self.headHash = headHash
        self.tornTailByteCount = tornTailByteCount
        self.problem = problem
    }

    /// Whether the journal is intact (a torn tail does not count against it).
    public var isIntact: Bool { problem == nil }
}

extension JournalFile {
    /// Reads the whole journal at `path` without changing it and reports its entry count,
    /// head hash, torn tail and the first problem found.
    public static func verify(at path: String, system: SystemCalls = .live) -> JournalVerification {
        let journal: JournalFile
        do {
            journal = try open(at: path, system: system, forWriting: false)
        } catch {
            return JournalVerification(entryCount: 0, headHash: "", tornTailByteCount: 0, problem: error)
        }
        var problem: JournalError?
        do {
            try journal.readLines(decodingCommands: false) { _ in }
        } catch {
            problem = error
        }
        return JournalVerification(
            entryCount: journal.entryCount, headHash: journal.headHash, tornTailByteCount: journal.tornTailByteCount,
            problem: problem)
    }
}

/// What `assist recover` will do to a damaged journal: keep its longest valid prefix and move
/// every byte after it to a side file beside the journal, recorded by the next entry.
///
/// Made without changing anything (``AssistanceStore/recoveryPlan(now:)``), shown to the admin,
/// and carried out only if the journal is still exactly as it was when the plan was made.
public struct RecoveryPlan: Sendable, Hashable {
    /// How many entries are kept (the moved lines come after entry `keptEntryCount`).
    public var keptEntryCount: Int
    /// What will be moved and why: the data of the `journal.recovered` entry that records it.
    public var details: RecoveryDetails
    /// The side file's full path, beside the journal's real path (symbolic links resolved).
    public var sidePath: String
    /// The length of the kept prefix, every line with its `\n`.
    var keptLength: Int64
    /// The file as it was planned: identity, size and modification time.
    var status: FileStatus

    /// "Lines 59–62 (4 lines, 1 234 bytes) after entry 57 fail: … They will be moved to …".
    public var summary: String {
        let lines = details.lastLine - details.firstLine + 1
        return "\(details.lineRange.capitalizingFirstLetter) (\(lines == 1 ? "1 line" : "\(lines) lines"), "
            + "\(details.byteCount == 1 ? "1 byte" : "\(details.byteCount) bytes")) after entry \(keptEntryCount) "
            + "\(lines == 1 ? "fails" : "fail"): \(details.reason). \(lines == 1 ? "It" : "They") will be moved to \(sidePath) "
            + "beside the journal, the journal cut back to entry \(keptEntryCount), and entry \(keptEntryCount + 1) will record this."
    }
}

/// Why `assist recover` did nothing: one sentence that says what to do.
public struct RecoveryRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sentence.
    public var message: String

    /// Creates a refusal.
    public init(_ message: String) {
        self.message = message
    }

    /// The sentence.
    public var description: String { message }
}

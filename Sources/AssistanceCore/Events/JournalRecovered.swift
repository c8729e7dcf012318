/// The fields of a `journal.recovered` entry: what `assist recover` moved out of the journal
/// into a side file beside it, and why. The entry stands where the first moved line stood.
public struct RecoveryDetails: Sendable, Hashable {
    /// The first line moved (1-based, the header is line 1): the line this entry now takes.
    public var firstLine: Int
    /// The last line moved, a partial last line counted.
    public var lastLine: Int
    /// How many bytes were moved.
    public var byteCount: Int
    /// Why they failed: the damage the journal was opened with.
    public var reason: String
    /// The side file's name (beside the journal; no directory).
    public var sideFile: String
    /// SHA-256 of the moved bytes in lowercase hexadecimal, so the side file can be checked.
    public var sha256: String

    /// Creates the details.
    public init(firstLine: Int, lastLine: Int, byteCount: Int, reason: String, sideFile: String, sha256: String) {
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.byteCount = byteCount
        self.reason = reason
        self.sideFile = sideFile
        self.sha256 = sha256
    }

    /// The `data` keys, in the order they are written.
    enum Key {
        static let firstLine = "first_line", lastLine = "last_line", byteCount = "bytes"
        static let reason = "reason", sideFile = "side_file", sha256 = "sha256"
    }

    /// Reads the details from an event's data.
    init(reading read: some CommandFields) throws(CommandError) {
        self.init(
            firstLine: try read.int(Key.firstLine), lastLine: try read.int(Key.lastLine), byteCount: try read.int(Key.byteCount),
            reason: try read.string(Key.reason), sideFile: try read.string(Key.sideFile), sha256: try read.string(Key.sha256))
    }

    /// Writes the details under their keys.
    func write(into fields: inout FieldWriter) {
        fields.set(Key.firstLine, firstLine)
        fields.set(Key.lastLine, lastLine)
        fields.set(Key.byteCount, byteCount)
        fields.set(Key.reason, reason)
        fields.set(Key.sideFile, sideFile)
        fields.set(Key.sha256, sha256)
    }

    /// "lines 59–62" or "line 59".
    public var lineRange: String {
        firstLine == lastLine ? "line \(firstLine)" : "lines \(firstLine)–\(lastLine)"
    }
}

/// A `journal.recovered` entry as the state keeps it.
public struct JournalRecovery: Sendable, Hashable {
    /// The entry's seq.
    public var seq: Int
    /// What it set aside.
    public var details: RecoveryDetails
}

extension AssistanceState {
    /// The rules of a `journal.recovered` entry: it stands where the moved lines began (so its
    /// line numbers cannot be made up afterwards), and says what it moved, where, and why.
    func checkRecovery(_ details: RecoveryDetails) throws(CommandError) {
        let ownLine = lastSeq + 2
        guard details.firstLine == ownLine else {
            throw CommandError(field: RecoveryDetails.Key.firstLine, message: "The set-aside lines must begin at line \(ownLine), where this entry stands.")
        }
        guard details.lastLine >= details.firstLine, details.byteCount > 0 else {
            throw CommandError(field: RecoveryDetails.Key.lastLine, message: "The set-aside lines must hold at least one byte and end at or after line \(ownLine).")
        }
        let hex = details.sha256.utf8
        guard hex.count == 64, hex.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw CommandError(field: RecoveryDetails.Key.sha256, message: "The SHA-256 of the set-aside bytes must be 64 lowercase hexadecimal digits.")
        }
        guard !details.sideFile.isBlank, !details.sideFile.contains("/") else {
            throw CommandError(field: RecoveryDetails.Key.sideFile, message: "The side file must be named without a directory; it lies beside the journal.")
        }
        try requireText(details.reason, .reason)
    }

    /// "set aside lines 59–62 (damaged: …) into journal.jsonl.recovered-…".
    func recoveryPhrase(_ position: Int) -> String {
        guard recoveries.indices.contains(position) else { return "set aside damaged lines" }
        let details = recoveries[position].details
        return "set aside \(details.lineRange) (damaged: \(details.reason)) into \(details.sideFile)"
    }
}

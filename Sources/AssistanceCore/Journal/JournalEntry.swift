/// One entry of the journal as read back from the file: the envelope fields of
/// DESIGN.md §3 plus the event's own `data`.
public struct JournalEntry: Sendable, Hashable {
    /// Position in the journal: 1 for the first entry after the header, then 2, 3, ….
    public var seq: Int
    /// When it was appended (UTC).
    public var timestamp: Timestamp
    /// The operating-system login that appended it.
    public var actor: String
    /// The user an admin recorded this for (`--as LOGIN`), if any; then that user is the
    /// effective author and `actor` the admin who typed it.
    public var onBehalfOf: String?
    /// The event type, for example `case.opened`.
    public var type: String
    /// The event's fields.
    public var data: JSONValue

    /// Creates an entry.
    public init(seq: Int, timestamp: Timestamp, actor: String, onBehalfOf: String? = nil, type: String, data: JSONValue) {
        self.seq = seq
        self.timestamp = timestamp
        self.actor = actor
        self.onBehalfOf = onBehalfOf
        self.type = type
        self.data = data
    }

    /// The user the entry is attributed to: `onBehalfOf` when set, else `actor`.
    public var author: String { onBehalfOf ?? actor }
}

/// An event that validation has accepted and that is ready to be appended: the journal
/// adds `seq`, `ts`, `actor` and `prev`.
public struct EventDraft: Sendable, Hashable {
    /// The event type, for example `case.opened`.
    public var type: String
    /// The event's fields.
    public var data: JSONValue
    /// The user an admin records this for, if any.
    public var onBehalfOf: String?

    /// Creates a draft.
    public init(type: String, data: JSONValue, onBehalfOf: String? = nil) {
        self.type = type
        self.data = data
        self.onBehalfOf = onBehalfOf
    }
}

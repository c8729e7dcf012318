/// How long free text may be (DESIGN.md §8: bad input gets a clear refusal and changes
/// nothing). Counted in Unicode scalars, so that a limit means the same for Danish, Thai and
/// emoji; every limit keeps the longest entry line well under
/// ``JournalLimits/maximumLineLength`` even when every character must be escaped.
public enum TextLimits {
    /// Names, aliases, logins' display names, organisation names, cities, shelters, contacts.
    public static let shortText = 200
    /// Reasons (for a correction, a decline, an extension, reopening), follow-up notes.
    public static let reason = 2_000
    /// A case note or a step's note.
    public static let note = 20_000
}

/// Limits of the journal file itself.
public enum JournalLimits {
    /// The longest entry line the tool ever writes, in bytes, its `\n` included. A tail
    /// longer than this cannot be one unfinished append, so it is damage, never cut away.
    public static let maximumLineLength = 256 * 1024
}

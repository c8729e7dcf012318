extension JournalLineFormat {
    /// Decodes an entry line and its command for replay, with the entry's `data` emptied:
    /// the same result, or the same reason for refusing the line, as `decodeEntry` followed
    /// by `DecodedCommand.decoding`, only faster (issue 6).
    ///
    /// Most lines decode their command straight from the bytes (`decodeEntryAndCommandFromBytes`);
    /// a line that does not, for any reason (invalid JSON, unusual data, a refused command),
    /// goes through the `JSONValue` path, whose results and sentences are the reference.
    ///
    /// `scratch` (at least `ObjectIndex.capacity` members) is where the data's members are
    /// indexed; a caller decoding many lines passes the same each time.
    static func decodeEntryAndCommand(
        _ line: UnsafeRawBufferPointer, scratch: UnsafeMutableBufferPointer<IndexedMember>? = nil
    ) throws(JournalLineProblem) -> DecodedLine {
        guard let scratch, scratch.count >= ObjectIndex.capacity else {
            // 32 members take more than the 1 kB Swift puts on the stack, so this allocates either way.
            let owned = UnsafeMutableBufferPointer<IndexedMember>.allocate(capacity: ObjectIndex.capacity)
            defer { owned.deallocate() }
            return try decodeEntryAndCommand(line, scratch: owned)
        }
        var index = EntryIndex(data: ObjectIndex(storage: scratch), keepsRefusedCommands: false)
        do {
            return try decodeEntryAndCommand(line, indexingInto: &index)
        } catch {
            // Anything unusual, and every refusal, takes the `JSONValue` path below.
        }
        var decoded = try decodeEntry(line)
        decoded.command = DecodedCommand.decoding(decoded.entry)
        decoded.entry.data = .null
        return decoded
    }

    /// Decodes an entry line and its command without building its `data`: nil when the line
    /// is invalid or its data or type is something only the `JSONValue` path takes. A command
    /// the data does not make is a `.failure` with the same error as that path's.
    static func decodeEntryAndCommandFromBytes(_ line: UnsafeRawBufferPointer) -> DecodedLine? {
        withUnsafeTemporaryAllocation(of: IndexedMember.self, capacity: ObjectIndex.capacity) { storage in
            var index = EntryIndex(data: ObjectIndex(storage: storage), keepsRefusedCommands: true)
            return try? decodeEntryAndCommand(line, indexingInto: &index)
        }
    }
}

/// What replay's fast path learns from an entry line besides the entry itself.
struct EntryIndex {
    /// Where the members of the entry's `data` are.
    var data: ObjectIndex
    /// The entry's type, matched from its bytes.
    var eventType: EventType? = nil
    /// Whether a command the data does not make is kept as a `.failure` (for tests comparing
    /// both paths) rather than sent down the `JSONValue` path, which replay takes for them.
    var keepsRefusedCommands: Bool
}

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
        // Taken out of the optional rather than bound with `if let`, which copied every line
        // (a retain and a release of each string in it) and then destroyed the original.
        var fast = decodeEntryAndCommandFromBytes(line, scratch: scratch)
        if case .success = fast?.command, let decoded = fast.take() {
            return decoded
        }
        var decoded = try decodeEntry(line)
        decoded.command = DecodedCommand.decoding(decoded.entry)
        decoded.entry.data = .null
        return decoded
    }

    /// Decodes an entry line and its command without building its `data`: nil when the line
    /// is invalid or its data or type is something only the `JSONValue` path takes. A command
    /// the data does not make is a `.failure` with the same error as that path's.
    static func decodeEntryAndCommandFromBytes(
        _ line: UnsafeRawBufferPointer, scratch: UnsafeMutableBufferPointer<IndexedMember>? = nil
    ) -> DecodedLine? {
        if let scratch, scratch.count >= ObjectIndex.capacity { return decodeEntryAndCommandFromBytes(line, indexingIn: scratch) }
        // 32 members take more than the 1 kB Swift puts on the stack: this allocates.
        return withUnsafeTemporaryAllocation(of: IndexedMember.self, capacity: ObjectIndex.capacity) { storage in
            decodeEntryAndCommandFromBytes(line, indexingIn: storage)
        }
    }

    private static func decodeEntryAndCommandFromBytes(
        _ line: UnsafeRawBufferPointer, indexingIn storage: UnsafeMutableBufferPointer<IndexedMember>
    ) -> DecodedLine? {
        var index = EntryIndex(data: ObjectIndex(storage: storage))
        guard var decoded = decodeEntry(line, indexingInto: &index), let eventType = index.eventType else { return nil }
        let fields = IndexedFieldReader(bytes: line, members: index.data.members)
        do throws(CommandError) {
            decoded.command = .success(try Command.decode(eventType, fields: fields))
        } catch {
            decoded.command = .failure(error)
        }
        return decoded
    }
}

/// What replay's fast path learns from an entry line besides the entry itself.
struct EntryIndex {
    /// Where the members of the entry's `data` are.
    var data: ObjectIndex
    /// The entry's type, matched from its bytes.
    var eventType: EventType? = nil
}

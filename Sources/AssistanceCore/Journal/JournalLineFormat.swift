/// One entry line as decoded, before the chain check: the entry and the `prev` it claims.
struct DecodedLine: Sendable {
    var entry: JournalEntry
    var previousHash: ChainHash
    /// Whether the line carries a `sum` (every line this program writes does; lines of
    /// version 1 journals written before it may not).
    var hasChecksum = false
    /// The entry's command, when replay decoded it ahead with the line, in the background
    /// (then `entry.data` is emptied there too, so the JSON is freed in parallel as well).
    var command: DecodedCommand? = nil
}

/// Encoding and decoding of entry lines (the byte-exact format is documented on `JournalFile`).
enum JournalLineFormat {
    /// Appends one entry line, `\n` included, to `output`, and returns the line's chain hash:
    /// the SHA-256 of its content (everything before `,"sum":`), which its `sum` abbreviates
    /// and the next line's `prev` records.
    @discardableResult
    static func appendEntryLine(_ entry: JournalEntry, previous: ChainHash, to output: inout [UInt8]) -> ChainHash {
        let lineStart = output.count
        JSONWriter.appendASCII("{\"seq\":", to: &output)
        JSONWriter.appendInteger(entry.seq, to: &output)
        JSONWriter.appendASCII(",\"ts\":\"", to: &output)
        entry.timestamp.appendISO8601(to: &output)
        JSONWriter.appendASCII("\",\"actor\":", to: &output)
        JSONWriter.appendString(entry.actor, to: &output)
        if let onBehalfOf = entry.onBehalfOf {
            JSONWriter.appendASCII(",\"as\":", to: &output)
            JSONWriter.appendString(onBehalfOf, to: &output)
        }
        JSONWriter.appendASCII(",\"type\":", to: &output)
        JSONWriter.appendString(entry.type, to: &output)
        JSONWriter.appendASCII(",\"data\":", to: &output)
        JSONWriter.append(entry.data, to: &output)
        JSONWriter.appendASCII(",\"prev\":\"", to: &output)
        previous.appendHexadecimal(to: &output)
        JSONWriter.appendASCII("\"", to: &output)
        let hash = output.withUnsafeBytes { ChainHash(hashing: UnsafeRawBufferPointer(rebasing: $0[lineStart...])) }
        appendChecksum(hash, to: &output)
        return hash
    }

    private enum Member: Int {
        case seq, ts, actor, onBehalfOf, type, data, prev, sum

        var name: StaticString {
            switch self {
            case .seq: "seq"
            case .ts: "ts"
            case .actor: "actor"
            case .onBehalfOf: "as"
            case .type: "type"
            case .data: "data"
            case .prev: "prev"
            case .sum: "sum"
            }
        }

        /// The member whose name is exactly `bytes`, compared in place without making a `String`.
        static func named(_ bytes: UnsafeRawBufferPointer) -> Member? {
            func matches(_ name: StaticString) -> Bool {
                for index in 0..<bytes.count where name.utf8Start[index] != bytes[index] { return false }
                return true
            }
            switch bytes.count {
            case 2: return matches("ts") ? .ts : matches("as") ? .onBehalfOf : nil
            case 3: return matches("seq") ? .seq : matches("sum") ? .sum : nil
            case 4: return matches("type") ? .type : matches("data") ? .data : matches("prev") ? .prev : nil
            case 5: return matches("actor") ? .actor : nil
            default: return nil
            }
        }
    }

    /// Decodes an entry line (without its `\n`), checking its shape and member types.
    ///
    /// Works member by member on the bytes: only `actor`, `as`, `type` and `data` become
    /// Swift values, so replay spends its time on the event data and nothing else.
    static func decodeEntry(_ line: UnsafeRawBufferPointer) throws(JournalLineProblem) -> DecodedLine {
        var cursor = JSONCursor(bytes: line)
        do {
            return try decodeMembers(&cursor, index: nil)
        } catch let error as JSONParseError {
            throw JournalLineProblem("invalid JSON at byte \(error.offset + 1) of the line, expected \(error.expected)")
        } catch let problem as JournalLineProblem {
            throw problem
        } catch {
            throw JournalLineProblem("an unexpected decoding failure")
        }
    }

    /// Decodes an entry line as `decodeEntry` does, except that `data` is only checked and
    /// indexed into `index` (the entry's `data` is `null`), and the command is decoded from
    /// that index. Throws when the line is not valid, or its type or data is something the
    /// index does not take, or (unless `index.keepsRefusedCommands`) the command is refused,
    /// so that the caller decodes it again with `decodeEntry` and gets the same result, or
    /// the same reason, as without this.
    ///
    /// Throwing rather than returning an optional, and building the line once with its
    /// command, lets the line go straight to where the caller returns it: each copy of a
    /// decoded line on the way cost a retain and a release of every string in it.
    static func decodeEntryAndCommand(_ line: UnsafeRawBufferPointer, indexingInto index: inout EntryIndex) throws -> DecodedLine {
        var cursor = JSONCursor(bytes: line)
        return try decodeMembers(&cursor, index: &index)
    }

    /// Thrown when the line is valid but not for the index; never leaves this type.
    private struct NotIndexed: Error {}

    private static func decodeMembers(_ cursor: inout JSONCursor, index: UnsafeMutablePointer<EntryIndex>?) throws -> DecodedLine {
        try cursor.consume(UInt8(ascii: "{"), expected: "'{' starting an entry")
        cursor.depth = 1
        var seq: Int?, timestamp: Timestamp?, actor: String?, onBehalfOf: String?, type: String?
        var data: JSONValue?, previous: ChainHash?, hasChecksum = false
        var seen: UInt8 = 0
        cursor.skipWhitespace()
        while true {
            guard cursor.current == UInt8(ascii: "\"") else { throw cursor.error("a member name in double quotes") }
            let (keyRange, keyHasEscapes, _) = try cursor.scanString()
            let keyBytes = UnsafeRawBufferPointer(rebasing: cursor.bytes[keyRange])
            guard !keyHasEscapes, let member = Member.named(keyBytes) else {
                throw JournalLineProblem("an unknown member at byte \(keyRange.lowerBound) of the line")
            }
            guard seen & 1 << member.rawValue == 0 else {
                throw JournalLineProblem("the member \"\(member.name)\" appears twice")
            }
            seen |= 1 << member.rawValue
            cursor.skipWhitespace()
            try cursor.consume(UInt8(ascii: ":"), expected: "':' after a member name")
            cursor.skipWhitespace()
            switch member {
            case .seq:
                if let number = plainPositiveInteger(&cursor) {
                    seq = number
                    break
                }
                guard case .int(let number)? = try? cursor.parseNumber(), number > 0 else {
                    throw JournalLineProblem("\"seq\" is not a positive integer")
                }
                seq = number
            case .ts:
                guard cursor.current == UInt8(ascii: "\"") else { throw JournalLineProblem("\"ts\" is not a string") }
                if let fixed = fixedLengthString(&cursor, length: 24, Timestamp.init(iso8601Bytes:)) {
                    timestamp = fixed
                    break
                }
                let (range, _, _) = try cursor.scanString()
                timestamp = Timestamp(iso8601Bytes: UnsafeRawBufferPointer(rebasing: cursor.bytes[range]))
                if timestamp == nil { throw JournalLineProblem("\"ts\" is not a time like 2026-11-30T02:33:28.123Z") }
            case .actor: actor = try decodeString(&cursor, member)
            case .onBehalfOf: onBehalfOf = try decodeString(&cursor, member)
            case .type:
                if let index {
                    // The type's own token is an immortal `String`: no copy of it for each line.
                    index.pointee.eventType = try indexEventType(&cursor)
                    type = index.pointee.eventType?.rawValue
                } else {
                    type = try decodeString(&cursor, member)
                }
            case .data:
                if let index {
                    guard try cursor.indexObject(into: &index.pointee.data) else { throw NotIndexed() }
                    data = .null
                } else {
                    data = try cursor.parseValue()
                }
            case .prev:
                guard cursor.current == UInt8(ascii: "\"") else { throw JournalLineProblem("\"prev\" is not a string") }
                if let fixed = fixedLengthString(&cursor, length: 64, ChainHash.init(hexadecimal:)) {
                    previous = fixed
                    break
                }
                let (range, _, _) = try cursor.scanString()
                previous = ChainHash(hexadecimal: UnsafeRawBufferPointer(rebasing: cursor.bytes[range]))
                if previous == nil { throw JournalLineProblem("\"prev\" is not 64 lowercase hexadecimal digits") }
            case .sum:
                // Its value was already checked against the line (`LineBatch`); here only its form.
                guard cursor.current == UInt8(ascii: "\""), fixedLengthString(&cursor, length: 16, ChainHash.checksum(hexadecimal:)) != nil else {
                    throw JournalLineProblem("\"sum\" is not 16 lowercase hexadecimal digits")
                }
                hasChecksum = true
            }
            cursor.skipWhitespace()
            if cursor.current == UInt8(ascii: ",") {
                if hasChecksum { throw JournalLineProblem("a member follows \"sum\", which must be the last") }
                cursor.position += 1
                cursor.skipWhitespace()
                continue
            }
            try cursor.consume(UInt8(ascii: "}"), expected: "',' or '}' after a member")
            break
        }
        cursor.skipWhitespace()
        guard cursor.isAtEnd else { throw cursor.error("the end of the line after the entry") }
        guard let seq else { throw missing(.seq) }
        guard let timestamp else { throw missing(.ts) }
        // Taken, not bound: binding copied each string (and the data), and the originals were freed after.
        guard let actor = actor.take() else { throw missing(.actor) }
        guard let type = type.take() else { throw missing(.type) }
        guard let data = data.take() else { throw missing(.data) }
        let behalf = onBehalfOf.take()
        guard let previous else { throw missing(.prev) }
        guard let index else {
            let entry = JournalEntry(seq: seq, timestamp: timestamp, actor: actor, onBehalfOf: behalf, type: type, data: data)
            return DecodedLine(entry: entry, previousHash: previous, hasChecksum: hasChecksum)
        }
        guard let eventType = index.pointee.eventType else { throw NotIndexed() }
        let fields = IndexedFieldReader(bytes: cursor.bytes, members: index.pointee.data.members)
        let command: DecodedCommand
        do throws(CommandError) {
            command = .success(try Command.decode(eventType, fields: fields))
        } catch {
            guard index.pointee.keepsRefusedCommands else { throw NotIndexed() }
            command = .failure(error)
        }
        // Built where it is returned, so neither the entry nor the command is copied on the way.
        return DecodedLine(
            entry: JournalEntry(seq: seq, timestamp: timestamp, actor: actor, onBehalfOf: behalf, type: type, data: data),
            previousHash: previous, hasChecksum: hasChecksum, command: command)
    }

    /// Reads a positive integer of at most 18 digits without a leading zero, fraction or
    /// exponent, as every `seq` is written, without going through `JSONValue`. Nil, with the
    /// cursor unmoved, for anything else, which the general number parser then reads or refuses.
    private static func plainPositiveInteger(_ cursor: inout JSONCursor) -> Int? {
        let bytes = cursor.bytes
        var position = cursor.position
        guard position < bytes.count, bytes[position] >= UInt8(ascii: "1"), bytes[position] <= UInt8(ascii: "9") else { return nil }
        var value = 0
        while position < bytes.count, position - cursor.position < 18 {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value * 10 + Int(digit)
            position += 1
        }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            default: break
            }
        }
        cursor.position = position
        return value
    }

    /// Reads a string of exactly `length` bytes at the cursor (at its opening quote) with
    /// `parse`, without scanning it: the `ts` and `prev` of every line have fixed lengths, and
    /// their parsers accept only digits and letters, so a value they take cannot hide a quote or
    /// an escape. Nil, with the cursor unmoved, when the closing quote is not where the length
    /// puts it or `parse` refuses; the caller then scans the string as any other.
    private static func fixedLengthString<Value>(
        _ cursor: inout JSONCursor, length: Int, _ parse: (UnsafeRawBufferPointer) -> Value?
    ) -> Value? {
        let start = cursor.position + 1
        guard start + length < cursor.bytes.count, cursor.bytes[start + length] == UInt8(ascii: "\""),
            let value = parse(UnsafeRawBufferPointer(rebasing: cursor.bytes[start..<(start + length)]))
        else { return nil }
        cursor.position = start + length + 1
        return value
    }

    private static func decodeString(_ cursor: inout JSONCursor, _ member: Member) throws -> String {
        guard cursor.current == UInt8(ascii: "\"") else { throw JournalLineProblem("\"\(member.name)\" is not a string") }
        return try cursor.parseString()
    }

    /// The event type the string at the cursor names, read from its bytes; throws `NotIndexed`
    /// for anything but a known type spelled plainly.
    private static func indexEventType(_ cursor: inout JSONCursor) throws -> EventType {
        guard cursor.current == UInt8(ascii: "\"") else { throw JournalLineProblem("\"type\" is not a string") }
        let (range, hasEscapes, _) = try cursor.scanString()
        guard !hasEscapes, let eventType = EventType.matching(utf8: UnsafeRawBufferPointer(rebasing: cursor.bytes[range])) else {
            throw NotIndexed()
        }
        return eventType
    }

    private static func missing(_ member: Member) -> JournalLineProblem {
        JournalLineProblem("the member \"\(member.name)\" is missing")
    }
}

extension JSONValue {
    /// The name of the member holding the longest string, at any depth (the member to shorten
    /// when an entry's line is too long), or nil when there is no string in a member.
    var longestTextMember: String? {
        var longest: (name: String, length: Int)?
        func visit(_ value: JSONValue, name: String?) {
            switch value {
            case .string(let text):
                if let name, text.utf8.count > longest?.length ?? -1 { longest = (name, text.utf8.count) }
            case .array(let elements):
                for element in elements { visit(element, name: name) }
            case .object(let members):
                for member in members { visit(member.value, name: member.key) }
            case .null, .bool, .int, .double:
                break
            }
        }
        visit(self, name: nil)
        return longest?.name
    }
}

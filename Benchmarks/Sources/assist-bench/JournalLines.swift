import AssistanceCore
import Foundation

/// One journal entry as the SQLite comparison stores it: the envelope in columns and the
/// event's `data` as JSON text, as someone keeping these events in SQLite would.
struct EventRow {
    var seq: Int
    var timestamp: Timestamp
    var actor: String
    var onBehalfOf: String?
    var type: String
    /// The `data` member's exact JSON bytes.
    var data: ArraySlice<UInt8>
}

/// Reads a journal's entry lines for filling the SQLite database (not on any measured path).
enum JournalLines {
    /// Calls `body` with every entry line of the journal at `path`, in order.
    static func forEachEntryLine(inFileAt path: String, _ body: (EventRow) throws -> Void) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var start = (bytes.firstIndex(of: 0x0A) ?? bytes.count) + 1
        while start < bytes.count, let end = bytes[start...].firstIndex(of: 0x0A) {
            try body(try row(of: bytes[start..<end]))
            start = end + 1
        }
    }

    /// Splits one entry line into its row; the line format is byte-exact (see `JournalFile`),
    /// so `data` runs from after `,"data":` to the fixed-length `,"prev":"<64 hex>"` and
    /// `,"sum":"<16 hex>"}` (or, in lines written before sums, `}`) at the end.
    static func row(of line: ArraySlice<UInt8>) throws -> EventRow {
        let value = try line.withUnsafeBytes { try JSONParser.parse($0) }
        guard let seq = value["seq"]?.intValue, let time = value["ts"]?.stringValue,
              let timestamp = Timestamp(iso8601: time), let actor = value["actor"]?.stringValue,
              let type = value["type"]?.stringValue
        else { throw BenchmarkError("A journal line lacks its seq, ts, actor or type; generate the journal again.") }
        let marker = Array(",\"data\":".utf8)
        guard let dataStart = firstIndex(of: marker, in: line) else {
            throw BenchmarkError("Entry \(seq) has no data member; generate the journal again.")
        }
        let dataEnd = line.endIndex - (value["sum"] == nil ? 75 : 100)
        return EventRow(
            seq: seq, timestamp: timestamp, actor: actor, onBehalfOf: value["as"]?.stringValue, type: type,
            data: line[(dataStart + marker.count)..<dataEnd])
    }

    private static func firstIndex(of marker: [UInt8], in line: ArraySlice<UInt8>) -> Int? {
        var index = line.startIndex
        while index + marker.count <= line.endIndex {
            if line[index..<(index + marker.count)].elementsEqual(marker) { return index }
            index += 1
        }
        return nil
    }
}

/// A benchmark failure, as a sentence saying what to do.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

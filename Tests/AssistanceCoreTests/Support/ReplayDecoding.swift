import Testing

@testable import AssistanceCore

/// An entry line around `data` (raw JSON text), as the journal writes one, without its `\n`.
func entryLine(type: String, data: String, seq: Int = 7) -> [UInt8] {
    entryLine(type: type, dataBytes: Array(data.utf8), seq: seq)
}

/// An entry line around `dataBytes`, which need not be UTF-8.
func entryLine(type: String, dataBytes: [UInt8], seq: Int = 7) -> [UInt8] {
    let previous = String(repeating: "ab", count: 32)
    return Array("{\"seq\":\(seq),\"ts\":\"2026-11-30T10:15:00.123Z\",\"actor\":\"admin\",\"type\":\"\(type)\",\"data\":".utf8)
        + dataBytes + Array(",\"prev\":\"\(previous)\"}".utf8)
}

/// What decoding one line for replay gave, in a form tests can compare: the entry and its
/// claimed `prev`, the command or its refusal, or why the line was refused.
enum ReplayDecodingResult: Equatable, CustomStringConvertible {
    case decoded(entry: JournalEntry, previousHash: ChainHash, command: Command?, createdID: String?, refusal: CommandError?)
    case refused(String)

    init(_ line: DecodedLine) {
        switch line.command {
        case .success(let decoded)?:
            self = .decoded(entry: line.entry, previousHash: line.previousHash, command: decoded.command, createdID: decoded.createdID, refusal: nil)
        case .failure(let error)?:
            self = .decoded(entry: line.entry, previousHash: line.previousHash, command: nil, createdID: nil, refusal: error)
        case nil:
            self = .decoded(entry: line.entry, previousHash: line.previousHash, command: nil, createdID: nil, refusal: nil)
        }
    }

    var description: String {
        switch self {
        case .decoded(_, _, let command, let createdID, let refusal):
            "decoded \(command.map { String(describing: $0) } ?? "-") id \(createdID ?? "-") refusal \(refusal?.message ?? "-") field \(refusal?.field ?? "-")"
        case .refused(let reason): "refused: \(reason)"
        }
    }
}

/// The reference: `decodeEntry`, then `DecodedCommand.decoding`, then `data` emptied, as
/// replay did before it decoded from bytes.
func slowReplayDecoding(_ line: [UInt8]) -> ReplayDecodingResult {
    line.withUnsafeBytes { bytes in
        do throws(JournalLineProblem) {
            var decoded = try JournalLineFormat.decodeEntry(bytes)
            decoded.command = DecodedCommand.decoding(decoded.entry)
            decoded.entry.data = .null
            return ReplayDecodingResult(decoded)
        } catch {
            return .refused(error.reason)
        }
    }
}

/// What replay does now: bytes first, the reference path when they do not decode.
func replayDecoding(_ line: [UInt8]) -> ReplayDecodingResult {
    line.withUnsafeBytes { bytes in
        do throws(JournalLineProblem) {
            return ReplayDecodingResult(try JournalLineFormat.decodeEntryAndCommand(bytes))
        } catch {
            return .refused(error.reason)
        }
    }
}

/// The bytes path alone, without falling back: nil when it leaves the line to the reference.
func bytesOnlyDecoding(_ line: [UInt8]) -> ReplayDecodingResult? {
    line.withUnsafeBytes { bytes in
        JournalLineFormat.decodeEntryAndCommandFromBytes(bytes).map(ReplayDecodingResult.init)
    }
}

/// Expects replay to decode `line` exactly as the reference does; with `fromBytes`, also
/// that the bytes path took the line itself (and agrees), so the test exercises it.
func expectSameDecoding(_ line: [UInt8], fromBytes: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    let reference = slowReplayDecoding(line)
    #expect(replayDecoding(line) == reference, sourceLocation: sourceLocation)
    let fast = bytesOnlyDecoding(line)
    if fromBytes {
        #expect(fast == reference, "\(String(decoding: line, as: UTF8.self))", sourceLocation: sourceLocation)
    } else {
        #expect(fast == nil || fast == reference, sourceLocation: sourceLocation)
    }
}

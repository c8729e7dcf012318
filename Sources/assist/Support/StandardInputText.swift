import AssistanceCore
import Foundation

/// A note or step note read from standard input (`assist note add ID -`), refused rather
/// than repaired: bytes that are not UTF-8 would otherwise be saved as U+FFFD, silently
/// changing what the person wrote.
enum StandardInputText {
    /// Reads `input` to its end, or to a little past the most a valid text for `field` can
    /// take, so that an endless pipe (`yes | assist note add …`) is refused instead of
    /// filling the memory. Trailing newlines are dropped, as a shell's `$(…)` drops them.
    static func read(_ input: FileHandle, field: FreeTextField) throws -> String {
        // A scalar is at most 4 UTF-8 bytes; the margin leaves room for trailing newlines.
        let limit = field.cap * 4 + 4096
        var data = Data()
        while data.count <= limit, let chunk = try input.read(upToCount: 64 * 1024), !chunk.isEmpty {
            data.append(chunk)
        }
        guard data.count <= limit else { throw StandardInputError.tooLong(field) }
        return try decode(data)
    }

    /// The text of `data` without its trailing newlines, or the number of the first line
    /// that is not valid UTF-8.
    static func decode(_ data: Data) throws(StandardInputError) -> String {
        guard var text = String(validating: data, as: UTF8.self) else {
            var lineNumber = 1
            for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                if String(validating: line, as: UTF8.self) == nil { break }
                lineNumber += 1
            }
            throw .notUTF8(line: lineNumber)
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// Why text on standard input was refused.
enum StandardInputError: Error, Equatable, CustomStringConvertible {
    /// The line, counted from 1, that holds bytes that are not UTF-8.
    case notUTF8(line: Int)
    /// More bytes than `field` could take as valid text.
    case tooLong(FreeTextField)

    var description: String {
        switch self {
        case .notUTF8(let line):
            "Line \(line) of standard input is not valid UTF-8; nothing was saved."
        case .tooLong(let field):
            "Standard input is longer than the \(field.name) may be (\(field.capPhrase)); nothing was saved."
        }
    }
}

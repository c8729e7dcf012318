import Foundation

/// The command line as the operating system handed it over, checked and prepared in one place
/// before ArgumentParser reads it.
///
/// Two things ArgumentParser cannot do on its own:
/// - Refuse bytes that are not UTF-8. Swift's `CommandLine.arguments` has already replaced
///   them with U+FFFD, so a note typed in Latin-1 would be saved silently mangled; only the raw
///   `argv` still shows them.
/// - Take a negative relative date (`--from -3`, `--year -1`) as an option's value. It reads
///   `-3` as a short flag and answers "Missing value"; every date option, present and future,
///   takes `-N`, so the value is attached here (`--from=-3`) instead of on each declaration.
enum RawArguments {
    /// The arguments after the program's name, or a sentence naming the first one that is not
    /// valid UTF-8.
    static func current() -> Result<[String], InvalidArgumentEncoding> {
        var raw: [[UInt8]] = []
        for index in 1..<max(1, Int(CommandLine.argc)) {
            guard let pointer = CommandLine.unsafeArgv[index] else { break }
            raw.append(Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) })
        }
        return decode(raw).map(attachingNegativeNumbers)
    }

    /// The arguments as strings, or the first that is not valid UTF-8, named by the option
    /// it belongs to (or its position), never by its contents.
    static func decode(_ raw: [[UInt8]]) -> Result<[String], InvalidArgumentEncoding> {
        var arguments: [String] = []
        for (index, bytes) in raw.enumerated() {
            guard let argument = String(validating: bytes, as: UTF8.self) else {
                return .failure(InvalidArgumentEncoding(position: index + 1, bytes: bytes, previous: arguments.last))
            }
            arguments.append(argument)
        }
        return .success(arguments)
    }

    /// `--from -3` as `--from=-3`: a `-` followed only by digits, right after a long option
    /// written without `=`, becomes that option's value. No option of assist is a digit, so
    /// this only turns what ArgumentParser would refuse into what the person meant; after `--`
    /// nothing is touched.
    static func attachingNegativeNumbers(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                result.append(contentsOf: arguments[index...])
                break
            }
            if isLongOptionWithoutValue(argument), index + 1 < arguments.endIndex, isNegativeNumber(arguments[index + 1]) {
                result.append("\(argument)=\(arguments[index + 1])")
                index += 2
            } else {
                result.append(argument)
                index += 1
            }
        }
        return result
    }

    private static func isLongOptionWithoutValue(_ argument: String) -> Bool {
        argument.hasPrefix("--") && argument.count > 2 && !argument.contains("=")
    }

    private static func isNegativeNumber(_ argument: String) -> Bool {
        let bytes = argument.utf8
        return bytes.count > 1 && bytes.first == UInt8(ascii: "-") && bytes.dropFirst().allSatisfy { (48...57).contains($0) }
    }
}

/// An argument whose bytes are not UTF-8.
struct InvalidArgumentEncoding: Error, Equatable, CustomStringConvertible {
    /// The sentence to show: the option the bytes belong to, or their position.
    var description: String

    /// Names the argument at `position` (1 for the first after the program's name): by its
    /// option when it is `--option=value` or follows `--option`, else by its position.
    init(position: Int, bytes: [UInt8], previous: String?) {
        let subject: String
        if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), let name = String(validating: bytes[..<equals], as: UTF8.self),
            name.hasPrefix("--")
        {
            subject = "The value of \(name)"
        } else if let previous, previous.hasPrefix("-"), !previous.contains("=") {
            subject = "The argument after \(previous)"
        } else {
            subject = "Argument \(position)"
        }
        description = "\(subject) is not valid UTF-8; nothing was saved."
    }
}

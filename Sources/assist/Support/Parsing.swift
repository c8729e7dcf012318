import AssistanceCore
import Foundation

/// A value given to an option that is not what the option takes; the message names the option.
struct OptionValueError: Error, CustomStringConvertible {
    var option: String
    var problem: String

    var description: String { "\(option): \(problem)" }
}

/// Parses the values people type on the command line into the core's types, naming the
/// option in every refusal.
enum Parse {
    /// Today in the local zone (the `TZ` environment variable, else the system's).
    static var today: CalendarDate { CalendarDate.today() }

    /// A date in any form ``DateInput`` accepts.
    static func date(_ text: String, option: String) throws -> CalendarDate {
        do {
            return try DateInput.parse(text, today: today)
        } catch {
            throw OptionValueError(option: option, problem: error.description)
        }
    }

    /// An optional date; nil stays nil.
    static func optionalDate(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        return try date(text, option: option)
    }

    /// A year of birth, checked only for shape here (the core checks plausibility).
    static func year(_ text: String, option: String) throws -> Int {
        guard text.count == 4, let year = Int(text) else {
            throw OptionValueError(option: option, problem: "'\(text)' is not a year; write four digits, for example 1998.")
        }
        return year
    }

    /// A whole calendar year: four digits, or `-N`/`+N` years from the current one.
    static func reportYear(_ text: String, option: String) throws -> Int {
        do {
            return try DateInput.year(text, thisYear: today.year)
        } catch {
            throw OptionValueError(option: option, problem: error.description)
        }
    }

    /// Free text given as an argument, or read from standard input when it is `-`; standard
    /// input must be UTF-8 and no longer than `field` may be (see ``StandardInputText``).
    static func text(_ value: String, field: FreeTextField) throws -> String {
        guard value == "-" else { return value }
        return try StandardInputText.read(FileHandle.standardInput, field: field)
    }
}

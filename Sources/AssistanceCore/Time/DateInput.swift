import Foundation

/// Parses the date forms a person types on the command line or in a form:
/// `2026-11-30`, `today`, `yesterday`, `tomorrow`, `-3` (days ago) and `+7` (days ahead).
public enum DateInput {
    /// The date `text` names relative to `today`, or a ``DateInputError`` that quotes it.
    public static func parse(_ text: String, today: CalendarDate) throws(DateInputError) -> CalendarDate {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed {
        case "today": return today
        case "yesterday": return today.adding(days: -1)
        case "tomorrow": return today.adding(days: 1)
        default: break
        }
        if let sign = trimmed.first, sign == "+" || sign == "-" {
            let digits = trimmed.dropFirst()
            if !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCII), let days = Int(digits) {
                return today.adding(days: sign == "-" ? -days : days)
            }
        }
        if let date = CalendarDate(iso: trimmed) { return date }
        throw DateInputError(text: text)
    }
}

/// A date a person typed that is none of the accepted forms.
public struct DateInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was typed.
    public var text: String

    /// Creates the error for `text`.
    public init(text: String) { self.text = text }

    /// A sentence quoting the input and listing what is accepted.
    public var description: String {
        "'\(text)' is not a date; use YYYY-MM-DD (for example 2026-11-30), today, yesterday, -N for N days ago or +N for N days ahead."
    }
}

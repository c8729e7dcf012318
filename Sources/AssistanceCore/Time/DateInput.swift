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
        if let days = relativeCount(trimmed, maximumDigits: 5) { return today.adding(days: days) }
        if let date = CalendarDate(iso: trimmed) { return date }
        throw DateInputError(text: text)
    }

    /// The calendar year `text` names: four digits (`2025`), or `-N`/`+N` years before or
    /// after `thisYear` (`-1` is last year), as `report --year` takes it.
    public static func year(_ text: String, thisYear: Int) throws(DateInputError) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let years = relativeCount(trimmed, maximumDigits: 4), (1...9999).contains(thisYear + years) { return thisYear + years }
        if trimmed.utf8.count == 4, trimmed.utf8.allSatisfy({ (48...57).contains($0) }), let year = Int(trimmed), year >= 1 { return year }
        throw DateInputError(text: text, expecting: .year)
    }

    /// `-3` as -3 and `+7` as 7: a sign, then 1 to `maximumDigits` ASCII digits; nil otherwise.
    private static func relativeCount(_ text: String, maximumDigits: Int) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst()
        guard !digits.isEmpty, digits.count <= maximumDigits, digits.utf8.allSatisfy({ (48...57).contains($0) }), let count = Int(digits) else {
            return nil
        }
        return sign == "-" ? -count : count
    }
}

extension AmendedField {
    /// The field with a relative date (`today`, `-3`, `+7` …) in a date field written as
    /// `YYYY-MM-DD`, which is how the journal stores it; any other field, or a value that is
    /// no relative date, is left for the core's checks to judge.
    public func resolvingRelativeDate(today: CalendarDate) -> AmendedField {
        guard Self.dateKeys.contains(name), let date = try? DateInput.parse(value, today: today) else { return self }
        return AmendedField(name: name, value: date.isoText)
    }

    /// The keys of every date field an amendment may change.
    static let dateKeys = Set(EventType.allCases.flatMap { AmendableFieldType.dateKeys(of: $0) })
}

/// A date or year a person typed that is none of the accepted forms.
public struct DateInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was asked for.
    public enum Expected: Sendable, Equatable {
        /// A day, as ``DateInput/parse(_:today:)`` takes it.
        case date
        /// A calendar year, as ``DateInput/year(_:thisYear:)`` takes it.
        case year
    }

    /// What was typed.
    public var text: String
    /// What was asked for.
    public var expected: Expected

    /// Creates the error for `text`.
    public init(text: String, expecting expected: Expected = .date) {
        self.text = text
        self.expected = expected
    }

    /// A sentence quoting the input and listing what is accepted.
    public var description: String {
        switch expected {
        case .date:
            "'\(text)' is not a date; use YYYY-MM-DD (for example 2026-11-30), today, yesterday, -N for N days ago or +N for N days ahead."
        case .year:
            "'\(text)' is not a year; use four digits (for example 2025), -N for N years ago or +N for N years ahead."
        }
    }
}

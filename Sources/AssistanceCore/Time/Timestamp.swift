import Foundation

/// An instant in UTC with millisecond precision, as written in the journal's `ts` field.
///
/// Stored as milliseconds since 1970-01-01T00:00:00Z so that replay needs no
/// `Date` or formatter on its hot path.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var millisecondsSince1970: Int64

    /// Creates a timestamp from milliseconds since the epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// The current time of the system clock.
    public static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(millisecondsSince1970: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    /// Creates the timestamp of midnight UTC at the start of `date` plus the given milliseconds.
    public init(date: CalendarDate, millisecondsIntoDay: Int64 = 0) {
        self.millisecondsSince1970 = Int64(date.dayNumber) * 86_400_000 + millisecondsIntoDay
    }

    /// The UTC calendar date this instant falls on.
    public var utcDate: CalendarDate {
        CalendarDate(dayNumber: Int(floorDivide(millisecondsSince1970, 86_400_000)))
    }

    /// The local calendar date of this instant in `zone`.
    public func localDate(in zone: TimeZone) -> CalendarDate {
        let offset = zone.secondsFromGMT(for: foundationDate)
        return Timestamp(millisecondsSince1970: millisecondsSince1970 + Int64(offset) * 1000).utcDate
    }

    /// The same instant as a Foundation `Date`, for display code only.
    public var foundationDate: Date {
        Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }
}

/// Division rounding towards negative infinity, so dates before 1970 land on the right day.
@inlinable
func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}

import Foundation

/// One entry of a day's activity.
public struct DayEntry: Sendable, Hashable {
    public var seq: Int
    public var timestamp: Timestamp
    /// Login of the user the entry is attributed to.
    public var author: String
    /// Their display name.
    public var authorName: String
    public var type: EventType
    /// "Mette Nielsen recorded medical assistance for C-2026-0042 (Amina)".
    public var sentence: String
    /// The case it concerns, if any.
    public var caseID: String?
    /// Whether a later entry retracted it.
    public var isRetracted: Bool
}

/// A day's totals, shown above its entries.
public struct DayTotals: Sendable, Hashable {
    /// Entries appended that day.
    public var entries: Int
    /// Different people who appended them.
    public var peopleActive: Int
    /// Cases opened (retracted ones not counted, here and below).
    public var newCases: Int
    /// Steps recorded, done or planned.
    public var steps: Int
    public var referralsSent: Int
    /// Referrals accepted or declined.
    public var referralsAnswered: Int
}

extension AssistanceState {
    /// The entries appended on one local day in `zone`, in journal order, optionally only
    /// one person's.
    public func dayEntries(on day: CalendarDate, in zone: TimeZone, author: String? = nil) -> [DayEntry] {
        let (start, end) = Self.bounds(of: day, in: zone)
        let authorCode = author.map { authorCodeByLogin[$0] ?? -1 }
        var result: [DayEntry] = []
        for record in entries[entryRange(from: start, to: end)] where record.timestamp >= start && record.timestamp < end {
            if let authorCode, record.author != authorCode { continue }
            let login = authorLogins[Int(record.author)]
            let name = displayName(of: login)
            let (phrase, _) = phrase(of: record)
            let sentence = "\(name) \(phrase.replacingCasePlaceholder(with: caseReference(of: record) ?? "a case"))"
            result.append(DayEntry(
                seq: record.seq, timestamp: record.timestamp, author: login, authorName: name, type: record.type, sentence: sentence,
                caseID: record.casePosition >= 0 ? cases[Int(record.casePosition)].id : nil,
                isRetracted: retractionByTarget[record.seq] != nil))
        }
        return result
    }

    /// The totals of one local day in `zone`.
    public func dayTotals(on day: CalendarDate, in zone: TimeZone) -> DayTotals {
        let (start, end) = Self.bounds(of: day, in: zone)
        var totals = DayTotals(entries: 0, peopleActive: 0, newCases: 0, steps: 0, referralsSent: 0, referralsAnswered: 0)
        var people = Set<Int32>()
        for record in entries[entryRange(from: start, to: end)] where record.timestamp >= start && record.timestamp < end {
            totals.entries += 1
            people.insert(record.author)
            guard retractionByTarget[record.seq] == nil else { continue }
            switch record.type {
            case .caseOpened: totals.newCases += 1
            case .stepRecorded: totals.steps += 1
            case .referralSent: totals.referralsSent += 1
            case .referralAccepted, .referralDeclined: totals.referralsAnswered += 1
            default: break
            }
        }
        totals.peopleActive = people.count
        return totals
    }

    /// Positions of entries that may fall in `start..<end`: found by binary search when the
    /// journal is in time order, otherwise every entry (the caller filters).
    func entryRange(from start: Timestamp, to end: Timestamp) -> Range<Int> {
        guard entriesAreInTimeOrder else { return entries.indices }
        func firstPosition(notBefore instant: Timestamp) -> Int {
            var low = 0
            var high = entries.count
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].timestamp < instant { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstPosition(notBefore: start)..<firstPosition(notBefore: end)
    }

    /// The first instant of `day` in `zone` and the first of the next day; daylight-saving
    /// days are 23 or 25 hours long.
    static func bounds(of day: CalendarDate, in zone: TimeZone) -> (Timestamp, Timestamp) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        func start(_ date: CalendarDate) -> Timestamp {
            let (year, month, dayOfMonth) = date.components
            guard let instant = calendar.date(from: DateComponents(year: year, month: month, day: dayOfMonth)) else {
                return Timestamp(date: date)
            }
            return Timestamp(millisecondsSince1970: Int64((instant.timeIntervalSince1970 * 1000).rounded()))
        }
        return (start(day), start(day.adding(days: 1)))
    }
}

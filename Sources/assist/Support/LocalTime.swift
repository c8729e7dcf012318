import AssistanceCore
import Foundation

/// Local times for display (the `TZ` zone, else the system's).
enum LocalTime {
    /// `2026-11-30 14:05` in the local zone.
    static func minute(_ timestamp: Timestamp, zone: TimeZone = .current) -> String {
        let offset = Int64(zone.secondsFromGMT(for: timestamp.foundationDate)) * 1000
        let local = Timestamp(millisecondsSince1970: timestamp.millisecondsSince1970 + offset)
        let minutes = Int((local.millisecondsSince1970 - Int64(local.utcDate.dayNumber) * 86_400_000) / 60_000)
        return "\(local.utcDate) " + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// `14:05` in the local zone.
    static func clock(_ timestamp: Timestamp, zone: TimeZone = .current) -> String {
        String(minute(timestamp, zone: zone).suffix(5))
    }
}

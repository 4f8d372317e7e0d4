import Foundation

/// The weekday and the minute of the day of every document's slot start, in one zone: what
/// `day:`, `after:` and `before:` compare with. The index keeps the columns for the slots' own
/// zone (the conference's) and makes them for another zone (the viewer's) when a query asks.
struct SlotClock: Sendable {
    /// 0 = Sunday, -1 for papers.
    let weekdays: [Int8]
    /// Minute of the day, -1 for papers.
    let minutes: [Int16]

    /// In each slot's own zone (the offset its start was written with).
    init(starts: [Timestamp?]) {
        var weekdays = [Int8](repeating: -1, count: starts.count)
        var minutes = [Int16](repeating: -1, count: starts.count)
        for (d, start) in starts.enumerated() {
            guard let w = start?.wallClock else { continue }
            weekdays[d] = Int8(w.weekday)
            minutes[d] = Int16(w.hour * 60 + w.minute)
        }
        self.weekdays = weekdays
        self.minutes = minutes
    }

    /// In zone `identifier` (UTC for an unknown id, as `TimeFormatting.offset` does). Offsets are
    /// looked up once per quarter hour of start times: zones change offset on a quarter hour.
    init(starts: [Timestamp?], zone identifier: String) {
        let zone = TimeZone(identifier: identifier)
        var offsets: [Int64: Int] = [:]
        var weekdays = [Int8](repeating: -1, count: starts.count)
        var minutes = [Int16](repeating: -1, count: starts.count)
        for (d, start) in starts.enumerated() {
            guard let start else { continue }
            let bucket = start.epochSeconds >= 0 ? start.epochSeconds / 900 : (start.epochSeconds - 899) / 900
            let offset: Int
            if let known = offsets[bucket] {
                offset = known
            } else {
                offset = zone?.secondsFromGMT(for: start.date) ?? 0
                offsets[bucket] = offset
            }
            let w = start.wallClock(atOffset: offset)
            weekdays[d] = Int8(w.weekday)
            minutes[d] = Int16(w.hour * 60 + w.minute)
        }
        self.weekdays = weekdays
        self.minutes = minutes
    }
}

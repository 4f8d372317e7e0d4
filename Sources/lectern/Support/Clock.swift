import Foundation
import LecternCore

/// The time as the program sees it: `LECTERN_NOW` (ISO-8601, for trying the schedule's now/next
/// markers and for tests) or the system clock, in the local zone.
enum Clock {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Timestamp {
        if let text = environment["LECTERN_NOW"], let fixed = Timestamp(iso8601: text) { return fixed }
        let date = Date()
        return Timestamp(epochSeconds: Int64(date.timeIntervalSince1970), utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: date))
    }
}

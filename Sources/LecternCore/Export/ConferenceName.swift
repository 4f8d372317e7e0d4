import Foundation

/// Names the conference a session belongs to, for BibTeX's `booktitle`.
///
/// Session pages do not print the conference name, so it is derived from when and where the
/// session ran: a session whose days fall within a known conference's dates, in its time zone,
/// is named after it. Unknown sessions get nil (the exporter then uses the session title).
public enum ConferenceName {
    /// A known conference: name, first and last day (`YYYY-MM-DD`) and the zone its schedule used.
    public struct Known: Sendable {
        public var name: String
        public var firstDay: String
        public var lastDay: String
        public var timeZone: String
    }

    public static let known: [Known] = [
        Known(name: "ICML 2021", firstDay: "2021-07-18", lastDay: "2021-07-24", timeZone: "America/Los_Angeles"),
    ]

    public static func infer(for session: Session) -> String? {
        let w = session.start.wallClock
        let day = String(format: "%04d-%02d-%02d", w.year, w.month, w.day)
        return known.first { $0.timeZone == session.timeZone && $0.firstDay <= day && day <= $0.lastDay }?.name
    }
}

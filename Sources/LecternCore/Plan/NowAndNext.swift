import Foundation

/// The bookmarked talks running at an instant and the next one to start: what `lectern next`
/// prints for a tmux or shell status line. Pure: the corpus, the bookmarks and the time come in.
public struct NowAndNext: Equatable, Sendable {
    /// One bookmarked talk, with what a status line shows of it.
    public struct Entry: Equatable, Sendable, Encodable {
        public var id: String
        public var title: String
        public var start: Timestamp
        public var end: Timestamp?
        public var room: String?
        /// Whole minutes, rounded up: left until the end (running) or until the start (next).
        public var minutes: Int
    }

    public var at: Timestamp
    /// Running at `at`, the one ending first first (more than one is a clash).
    public var now: [Entry]
    /// The first bookmarked talk to start after `at`.
    public var next: Entry?

    public init(corpus: Corpus, bookmarks: Bookmarks, at time: Timestamp) {
        at = time
        var running: [Entry] = []
        var upcoming: Entry?
        for item in corpus.items where bookmarks.contains(item.id) {
            guard let start = item.start else { continue }
            let title = LaTeXCleaner.clean(item.title)
            if start <= time, let end = item.end, time < end {
                running.append(Entry(id: item.id, title: title, start: start, end: end, room: item.room,
                                     minutes: NowAndNext.minutes(from: time, to: end)))
            } else if time < start, upcoming.map({ start < $0.start || (start == $0.start && item.id < $0.id) }) ?? true {
                upcoming = Entry(id: item.id, title: title, start: start, end: item.end, room: item.room,
                                 minutes: NowAndNext.minutes(from: time, to: start))
            }
        }
        now = running.sorted { ($0.end?.epochSeconds ?? 0, $0.id) < ($1.end?.epochSeconds ?? 0, $1.id) }
        next = upcoming
    }

    static func minutes(from a: Timestamp, to b: Timestamp) -> Int {
        Int((b.epochSeconds - a.epochSeconds + 59) / 60)
    }

    /// How the line is written: plain text, or a tmux status string (`#` doubled).
    public enum Format: String, Sendable, CaseIterable {
        case plain, tmux
    }

    /// One line, times in zone `zone`: `Now: Title (Room), 12 min left · Next 15:00 Title (Room), in 22 min`;
    /// empty when nothing bookmarked is running or ahead. Sanitised: no control or escape sequence.
    public func line(format: Format, zone: String) -> String {
        var parts: [String] = []
        if let first = now.first {
            var s = "Now: " + NowAndNext.label(first) + ", \(first.minutes) min left"
            if now.count > 1 { s += " (+\(now.count - 1) at the same time)" }
            parts.append(s)
        }
        if let next {
            parts.append("Next " + TimeFormatting.clock(next.start, in: zone) + " " + NowAndNext.label(next)
                         + ", in " + NowAndNext.duration(next.minutes))
        }
        let text = TerminalSafe.sanitize(parts.joined(separator: " · "))
        return format == .tmux ? text.replacingOccurrences(of: "#", with: "##") : text
    }

    static func label(_ e: Entry) -> String {
        e.room.map { e.title + " (" + $0 + ")" } ?? e.title
    }

    /// `22 min`, `3 h 5 min`, `2 d 4 h`.
    static func duration(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        if minutes < 24 * 60 { return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min") }
        let hours = (minutes / 60) % 24
        return "\(minutes / 1440) d" + (hours == 0 ? "" : " \(hours) h")
    }
}

/// The `M` overlay: every status message of the session, newest last, in full (the status line
/// cuts a long one and clears it at the next key or after a few seconds).
public enum MessagesFeature {
    /// The messages of the session, oldest first; the oldest leave once there are `capacity`.
    public struct Log: Hashable, Sendable {
        public static let capacity = 500
        public private(set) var entries: [String] = []

        public init(_ entries: [String] = []) {
            self.entries = Array(entries.suffix(Log.capacity))
        }

        public mutating func record(_ message: String) {
            entries.append(message)
            if entries.count > Log.capacity { entries.removeFirst(entries.count - Log.capacity) }
        }
    }

    /// The first line shown. The view clamps it to the last page, so "the end" is `Int.max`.
    public struct State: Hashable, Sendable {
        public var top: Int

        /// Opens on the newest messages (the end of the log).
        public init(top: Int = Int.max) {
            self.top = top
        }
    }

    public enum Action: Equatable, Sendable {
        /// Scrolled, with `lines` wrapped lines to show in `rows` rows.
        case scrolled(ListMove, lines: Int, rows: Int)
    }

    public static func reduce(_ state: inout State, _ action: Action) {
        switch action {
        case .scrolled(let move, let lines, let rows):
            let last = max(0, lines - rows)
            let current = min(max(0, state.top), last)
            let target = move == .last ? last : move.target(from: current, count: lines)
            state.top = min(max(0, target), last)
        }
    }

    /// The log's lines at `width`: each message wrapped in full, a blank line between two messages.
    public static func lines(_ log: Log, width: Int) -> [String] {
        var out: [String] = []
        for (i, message) in log.entries.enumerated() {
            if i > 0 { out.append("") }
            out += DisplayWidth.wrap(TerminalSafe.sanitize(message), width: max(1, width))
        }
        return out
    }

    /// The text width inside the overlay drawn in `area` (the view and the reducer agree on it).
    public static func textWidth(in area: Rect) -> Int { max(1, min(area.width - 2, 100) - 4) }
    /// Rows of text inside the overlay drawn in `area`.
    public static func rows(in area: Rect) -> Int { max(1, area.height - 2) }
}

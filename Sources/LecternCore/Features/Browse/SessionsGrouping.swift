/// How the sessions pane groups a schedule under its days: by room (a session per room and day),
/// by track, or by day alone. `v` cycles room → track → day.
public enum SessionsGrouping: String, Hashable, Sendable, CaseIterable {
    case room, track, day

    /// The grouping after this one.
    public var next: SessionsGrouping {
        switch self {
        case .room: .track
        case .track: .day
        case .day: .room
        }
    }

    /// How the status line names it: "Sessions by room".
    public var label: String { "Sessions by " + rawValue }
}

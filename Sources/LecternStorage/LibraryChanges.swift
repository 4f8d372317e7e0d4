import LecternCore

/// What `library add` found changed when it replaced an entry: kept beside the entry's corpus as
/// `NAME.TOKEN.changes.json` until the next import replaces it, listed by `library changes`.
public struct LibraryChanges: Codable, Equatable, Sendable {
    public var version = 1
    /// When the replaced import was added (ISO-8601, UTC); nil when it was the bundled sample.
    public var previous: String?
    /// When this import was added.
    public var added: String
    public var changes: [ScheduleChange]

    public init(previous: String?, added: String, changes: [ScheduleChange]) {
        self.previous = previous
        self.added = added
        self.changes = changes
    }
}

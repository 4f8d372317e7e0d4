/// What one page yielded: its records, warnings for people, and the records it had to skip.
public struct PageImport: Sendable {
    public var sessions: [Session]
    public var items: [Item]
    /// Messages for stderr, such as kinds inferred from slot lengths.
    public var warnings: [String]
    /// Records that could not be read; the rest of the page was kept.
    public var skipped: [ImportError]

    public init(sessions: [Session], items: [Item], warnings: [String], skipped: [ImportError] = []) {
        self.sessions = sessions
        self.items = items
        self.warnings = warnings
        self.skipped = skipped
    }
}

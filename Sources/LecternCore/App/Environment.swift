/// What the core needs from the world, handed in as values: the time, the zone times are shown in,
/// the tz database zone abbreviations are read from, and a clock to time searches with. The edge
/// (the run loop) passes the process's own; tests pass fixed ones.
public struct Environment: Equatable, Sendable {
    /// The current time, as of the last tick.
    public var now: Timestamp?
    /// IANA id of the zone times are shown in (the conference zone is shown beside it).
    public var displayTimeZone: String
    /// Zone abbreviations (`CEST`, `PDT`); `.empty` labels times `UTC+2`.
    public var zones: ZoneAbbreviationDatabase
    /// Schedule changes and other people's plans, as the edge read them.
    public var plan: PlanFacts = PlanFacts()
    /// How long before each talk a calendar export reminds (`remind` in `config.toml`); nil: none.
    public var reminder: Reminder?
    /// Wrapped texts by text and width, shared with the renderer: the reducer's scroll and match
    /// keys then measure the details text the frame already wrapped, instead of wrapping it again.
    /// A memo of a pure function, so it changes no result; nil wraps every time.
    public var wrapCache: WrappedTextCache?
    /// What the papers of each source file are called, from the library's entries of papers
    /// ("chil24.bib": "CHIL 2024 proceedings"): the sessions pane lists each such collection.
    public var collections: [String: String] = [:]
    /// Monotonic nanoseconds, for the search time in the status line; nil: searches are not timed.
    public var clock: (@Sendable () -> UInt64)?

    public init(now: Timestamp? = nil, displayTimeZone: String = "UTC", zones: ZoneAbbreviationDatabase = .empty,
                clock: (@Sendable () -> UInt64)? = nil) {
        self.now = now
        self.displayTimeZone = displayTimeZone
        self.zones = zones
        self.clock = clock
    }

    /// The clock is a function and not compared; the zone database is compared by identity.
    public static func == (a: Environment, b: Environment) -> Bool {
        a.now == b.now && a.displayTimeZone == b.displayTimeZone && a.zones == b.zones && a.plan == b.plan && a.reminder == b.reminder
    }
}

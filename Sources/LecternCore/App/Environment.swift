/// What the core needs from the world, handed in as values: the time, the zone times are shown in,
/// and a clock to time searches with. Tests pass fixed ones.
public struct Environment: Equatable, Sendable {
    /// The current time, as of the last tick.
    public var now: Timestamp?
    /// IANA id of the zone times are shown in (the conference zone is shown beside it).
    public var displayTimeZone: String
    /// Monotonic nanoseconds, for the search time in the status line; nil: searches are not timed.
    public var clock: (@Sendable () -> UInt64)?

    public init(now: Timestamp? = nil, displayTimeZone: String = TimeFormatting.currentZoneIdentifier, clock: (@Sendable () -> UInt64)? = nil) {
        self.now = now
        self.displayTimeZone = displayTimeZone
        self.clock = clock
    }

    /// The clock is a function and not compared.
    public static func == (a: Environment, b: Environment) -> Bool {
        a.now == b.now && a.displayTimeZone == b.displayTimeZone
    }
}

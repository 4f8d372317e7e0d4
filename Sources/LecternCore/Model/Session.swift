/// A conference session: a titled, moderated block of talks with a start and end time.
public struct Session: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var moderator: String?
    public var start: Timestamp
    public var end: Timestamp
    /// IANA zone the conference ran in, e.g. `America/Los_Angeles`.
    public var timeZone: String
    /// Abbreviation the page printed beside its times, e.g. `PDT`.
    public var zoneAbbreviation: String?
    public var source: Provenance

    public init(id: String, title: String, moderator: String?, start: Timestamp, end: Timestamp,
                timeZone: String, zoneAbbreviation: String?, source: Provenance) {
        self.id = id
        self.title = title
        self.moderator = moderator
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.zoneAbbreviation = zoneAbbreviation
        self.source = source
    }
}

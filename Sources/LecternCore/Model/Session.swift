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
    /// The conference a schedule's session belongs to (`Corpus.conferences`); nil for the ICML pages.
    public var conference: String?
    /// The room all the session's items are in, for a schedule's room-and-day session.
    public var room: String?

    public init(id: String, title: String, moderator: String?, start: Timestamp, end: Timestamp,
                timeZone: String, zoneAbbreviation: String?, source: Provenance, conference: String? = nil,
                room: String? = nil) {
        self.id = id
        self.title = title
        self.moderator = moderator
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.zoneAbbreviation = zoneAbbreviation
        self.source = source
        self.conference = conference
        self.room = room
    }
}

/// One event as a schedule reader found it, before the builder gives it its id and session.
public struct ScheduleEvent: Sendable, Equatable {
    /// The source's own key for the event (id, code, guid, slug or UID), which its id is made from.
    public var key: String
    public var title: String
    public var subtitle: String?
    /// Speakers in the source's order.
    public var authors: [String]
    /// Readable text (HTML already converted).
    public var abstract: String
    public var room: String?
    public var track: String?
    public var type: String?
    public var language: String?
    public var links: [ItemLink]
    public var start: Timestamp
    public var end: Timestamp
    /// The schedule day the event is listed under (`YYYY-MM-DD`); nil: its start's local date.
    public var day: String?
    /// The line it starts on in the source.
    public var line: Int

    public init(key: String, title: String, subtitle: String? = nil, authors: [String] = [], abstract: String = "",
                room: String? = nil, track: String? = nil, type: String? = nil, language: String? = nil,
                links: [ItemLink] = [], start: Timestamp, end: Timestamp, day: String? = nil, line: Int) {
        self.key = key
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.abstract = abstract
        self.room = room
        self.track = track
        self.type = type
        self.language = language
        self.links = links
        self.start = start
        self.end = end
        self.day = day
        self.line = line
    }
}

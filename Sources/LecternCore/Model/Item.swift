/// A talk (with a session and time slot) or a paper (with neither).
public struct Item: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: ItemKind
    /// True when the kind was inferred from the slot length rather than printed on the page.
    public var kindInferred: Bool?
    public var title: String
    public var authors: [String]
    public var abstract: String
    public var sessionId: String?
    public var start: Timestamp?
    public var end: Timestamp?
    public var source: Provenance
    /// The conference a scheduled item belongs to (`Corpus.conferences`); nil for the ICML pages.
    public var conference: String?
    public var subtitle: String?
    public var room: String?
    public var track: String?
    /// The source's own event type: "Talk", "Workshop", "lightning"...
    public var type: String?
    /// The language the talk is given in, as the source writes it (`en`, `de`).
    public var language: String?
    public var links: [ItemLink]?

    public init(id: String, kind: ItemKind, kindInferred: Bool? = nil, title: String, authors: [String],
                abstract: String, sessionId: String? = nil, start: Timestamp? = nil, end: Timestamp? = nil,
                source: Provenance, conference: String? = nil, subtitle: String? = nil, room: String? = nil,
                track: String? = nil, type: String? = nil, language: String? = nil, links: [ItemLink]? = nil) {
        self.id = id
        self.kind = kind
        self.kindInferred = kindInferred
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.sessionId = sessionId
        self.start = start
        self.end = end
        self.source = source
        self.conference = conference
        self.subtitle = subtitle
        self.room = room
        self.track = track
        self.type = type
        self.language = language
        self.links = links
    }
}

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

    public init(id: String, kind: ItemKind, kindInferred: Bool? = nil, title: String, authors: [String],
                abstract: String, sessionId: String? = nil, start: Timestamp? = nil, end: Timestamp? = nil,
                source: Provenance) {
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
    }
}

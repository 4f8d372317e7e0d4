/// What an exporter writes: items from the corpus (in order), the user's bookmarks for their
/// priority and note, and bookmarks whose item is no longer in the corpus.
public struct ExportInput: Equatable, Sendable {
    public var corpus: Corpus
    public var bookmarks: Bookmarks
    public var items: [Item]
    /// Bookmarks missing from the corpus (exported where the format can say so).
    public var missing: [Bookmark]
    /// The IANA zone the reader's times are shown in (Markdown: that zone, the conference's beside
    /// it); nil shows the conference's alone. Machine formats keep UTC or the conference offset.
    public var displayTimeZone: String?
    /// Where that zone's abbreviations are read from (`CEST`); `.empty` labels times `UTC+2`.
    public var zones: ZoneAbbreviationDatabase = .empty
    /// How long before each talk a calendar export reminds the user (ICS `VALARM`); nil: no alarm.
    public var reminder: Reminder?
    /// The search these items are the results of (nil: the bookmarks); each format records it.
    public var query: String?

    public init(corpus: Corpus, bookmarks: Bookmarks, items: [Item], missing: [Bookmark] = []) {
        self.corpus = corpus
        self.bookmarks = bookmarks
        self.items = items
        self.missing = missing
        sessionsById = Dictionary(corpus.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The bookmarks: talks in time order, papers after, then those missing from the corpus.
    public static func bookmarked(corpus: Corpus, bookmarks: Bookmarks) -> ExportInput {
        ExportInput(corpus: corpus, bookmarks: bookmarks,
                    items: bookmarks.orderedIndices(in: corpus).map { corpus.items[$0] },
                    missing: bookmarks.missing(from: corpus))
    }

    /// Search results (item indices, in rank order).
    public static func results(_ indices: [Int], corpus: Corpus, bookmarks: Bookmarks) -> ExportInput {
        ExportInput(corpus: corpus, bookmarks: bookmarks,
                    items: indices.filter { corpus.items.indices.contains($0) }.map { corpus.items[$0] })
    }

    private let sessionsById: [String: Session]

    public func session(of item: Item) -> Session? {
        item.sessionId.flatMap { sessionsById[$0] }
    }
}

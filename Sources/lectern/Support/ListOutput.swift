import LecternCore

/// The `lectern list --json` document: sessions in time order with their items, then papers.
/// Documented in the README ("JSON output"); fields are only ever added, never renamed.
struct ListOutput: Encodable {
    /// A session with its items in slot order.
    struct SessionEntry: Encodable {
        var id: String
        var title: String
        var moderator: String?
        var start: Timestamp
        var end: Timestamp
        var timeZone: String
        var zoneAbbreviation: String?
        var items: [ItemEntry]
    }

    /// One item without its abstract (`lectern show ID --json` gives the full record).
    struct ItemEntry: Encodable {
        var id: String
        var kind: ItemKind
        var kindInferred: Bool?
        var title: String
        var authors: [String]
        var start: Timestamp?
        var end: Timestamp?

        init(_ item: Item) {
            id = item.id
            kind = item.kind
            kindInferred = item.kindInferred
            title = item.title
            authors = item.authors
            start = item.start
            end = item.end
        }
    }

    var version: Int
    var sessions: [SessionEntry]
    var papers: [ItemEntry]

    init(_ corpus: Corpus) {
        let listing = CorpusListing(corpus)
        version = corpus.version
        sessions = listing.sessions.map { entry in
            SessionEntry(id: entry.session.id, title: entry.session.title, moderator: entry.session.moderator,
                         start: entry.session.start, end: entry.session.end, timeZone: entry.session.timeZone,
                         zoneAbbreviation: entry.session.zoneAbbreviation, items: entry.items.map(ItemEntry.init))
        }
        papers = listing.papers.map(ItemEntry.init)
    }
}

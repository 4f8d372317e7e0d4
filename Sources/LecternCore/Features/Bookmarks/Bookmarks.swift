/// The user's bookmarks, keyed by stable item id. Pure data: storage lives in `BookmarkStore`.
///
/// On disk: `{"entries": {"<item-id>": {"itemId", "title", "priority", "note"?, "updated"?}}, "version": 1}`.
public struct Bookmarks: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public var version: Int
    public var entries: [String: Bookmark]

    public init(version: Int = Bookmarks.formatVersion, entries: [String: Bookmark] = [:]) {
        self.version = version
        self.entries = entries
    }

    public func contains(_ id: String) -> Bool { entries[id] != nil }
    public subscript(id: String) -> Bookmark? { entries[id] }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// Bookmarks whose item is not in `corpus` (kept, shown as "missing from corpus"), by title.
    public func missing(from corpus: Corpus) -> [Bookmark] {
        let ids = Set(corpus.items.map(\.id))
        return entries.values.filter { !ids.contains($0.itemId) }.sorted { ($0.title, $0.itemId) < ($1.title, $1.itemId) }
    }

    /// Bookmarked items present in `corpus`: talks in time order, then papers by title.
    public func orderedIndices(in corpus: Corpus) -> [Int] {
        ordered(corpus.items.indices.filter { contains(corpus.items[$0].id) }, in: corpus)
    }

    /// The same, finding the bookmarked items through `index` instead of a pass over the corpus.
    public func orderedIndices(in corpus: Corpus, index: SearchIndex) -> [Int] {
        ordered(entries.keys.compactMap { index.itemIndex(id: $0) }, in: corpus)
    }

    private func ordered(_ positions: [Int], in corpus: Corpus) -> [Int] {
        positions.sorted { a, b in
            let x = corpus.items[a], y = corpus.items[b]
            let kx = (x.start == nil ? 1 : 0, x.start?.epochSeconds ?? 0, x.title, x.id)
            let ky = (y.start == nil ? 1 : 0, y.start?.epochSeconds ?? 0, y.title, y.id)
            return kx < ky
        }
    }
}

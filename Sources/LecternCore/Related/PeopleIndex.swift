/// All authors and moderators of a corpus, matched by name without regard to accents or case.
public struct PeopleIndex: Sendable {
    /// Everyone, sorted by folded name.
    public let people: [Person]
    private let byFolded: [String: Int]

    public init(corpus: Corpus) {
        var order: [String] = []
        var found: [String: Person] = [:]
        func touch(_ name: String) -> String? {
            let key = PeopleIndex.fold(name)
            guard !key.isEmpty else { return nil }
            if found[key] == nil {
                found[key] = Person(name: name.split(whereSeparator: \.isWhitespace).joined(separator: " "), folded: key)
                order.append(key)
            }
            return key
        }
        let sessions = corpus.sessions.sorted { ($0.start, $0.title) < ($1.start, $1.title) }
        for session in sessions {
            if let moderator = session.moderator, let key = touch(moderator) {
                found[key]?.moderatedSessions.append(session.id)
            }
        }
        let items = corpus.items.indices.sorted { a, b in
            let x = corpus.items[a], y = corpus.items[b]
            return (x.start?.epochSeconds ?? .max, a) < (y.start?.epochSeconds ?? .max, b)
        }
        for i in items {
            for author in corpus.items[i].authors {
                if let key = touch(author), found[key]?.items.last != i {
                    found[key]?.items.append(i)
                }
            }
        }
        let people = order.compactMap { found[$0] }.sorted { ($0.folded, $0.name) < ($1.folded, $1.name) }
        self.people = people
        var byFolded: [String: Int] = [:]
        for (i, p) in people.enumerated() { byFolded[p.folded] = i }
        self.byFolded = byFolded
    }

    /// `Gaël  RICHARD` → `gael richard`.
    public static func fold(_ name: String) -> String {
        TermFolding.fold(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The person with exactly this name (folded), if any.
    public func person(named name: String) -> Person? {
        byFolded[PeopleIndex.fold(name)].map { people[$0] }
    }

    /// The exact folded match alone when there is one; otherwise everyone whose folded name
    /// contains the folded query (every word of it, in any order).
    public func lookup(_ name: String) -> [Person] {
        if let exact = person(named: name) { return [exact] }
        let words = PeopleIndex.fold(name).split(separator: " ")
        guard !words.isEmpty else { return [] }
        return people.filter { p in words.allSatisfy { p.folded.contains($0) } }
    }

    /// Names closest to `name` for "did you mean" messages: shared words first, then edit distance.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let query = PeopleIndex.fold(name)
        guard !query.isEmpty else { return [] }
        let scored = people.map { p -> (Int, String) in
            (EditDistance.between(query, p.folded, cap: 64), p.name)
        }
        return scored.filter { $0.0 <= max(2, query.count / 3) }.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}

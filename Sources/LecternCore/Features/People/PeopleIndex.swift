/// All authors and moderators of a corpus, matched by name without regard to accents or case.
public struct PeopleIndex: Equatable, Sendable {
    /// Everyone, sorted by folded name.
    public let people: [Person]
    private let byFolded: [String: Int]

    public init(corpus: Corpus) {
        var found: [Person] = []
        var byKey: [String: Int] = [:]
        // Each written name is folded once and then found by one lookup, however many items list it
        // (-1: a name that folds to nothing).
        var byName: [String: Int] = [:]
        func touch(_ name: String) -> Int? {
            if let known = byName[name] { return known < 0 ? nil : known }
            let key = PeopleIndex.fold(name)
            var person = -1
            if !key.isEmpty {
                if let known = byKey[key] {
                    person = known
                } else {
                    person = found.count
                    found.append(Person(name: name.split(whereSeparator: \.isWhitespace).joined(separator: " "), folded: key))
                    byKey[key] = person
                }
            }
            byName[name] = person
            return person < 0 ? nil : person
        }
        let sessions = corpus.sessions.sorted { ($0.start, $0.title) < ($1.start, $1.title) }
        for session in sessions {
            if let moderator = session.moderator, let p = touch(moderator) {
                found[p].moderatedSessions.append(session.id)
            }
        }
        let starts = corpus.items.map { $0.start?.epochSeconds ?? .max }
        let items = corpus.items.indices.sorted { a, b in (starts[a], a) < (starts[b], b) }
        for i in items {
            for author in corpus.items[i].authors {
                if let p = touch(author), found[p].items.last != i {
                    found[p].items.append(i)
                }
            }
        }
        let people = found.sorted { ($0.folded, $0.name) < ($1.folded, $1.name) }
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

    /// The exact folded match alone when there is one; otherwise everyone in whose name every
    /// word of the query starts a word (in any order): `li` finds Liutkus and Shih-Lun Li, not
    /// Max Welling; `lun` finds Shih-Lun (a hyphen starts a word).
    public func lookup(_ name: String) -> [Person] {
        if let exact = person(named: name) { return [exact] }
        let words = PeopleIndex.nameWords(PeopleIndex.fold(name))
        guard !words.isEmpty else { return [] }
        return people.filter { p in
            let own = PeopleIndex.nameWords(p.folded)
            return words.allSatisfy { w in own.contains { $0.hasPrefix(w) } }
        }
    }

    /// The words of a folded name: runs of letters and digits (`shih-lun` is two).
    static func nameWords(_ folded: String) -> [Substring] {
        folded.split { !$0.isLetter && !$0.isNumber }
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

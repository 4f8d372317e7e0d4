/// The people panel, when open: the authors (and moderator) of an item, and once one is chosen,
/// that person's sessions and items.
public struct PeopleState: Hashable, Sendable {
    /// Index into `Corpus.items` of the item whose people are listed.
    public var source: Int
    public var people: [Person]
    public var cursor = ListCursor()
    /// Index into `people` of the person whose work is listed.
    public var chosen: Int?
    public var workCursor = ListCursor()

    public init(source: Int, people: [Person]) {
        self.source = source
        self.people = people
    }

    /// The chosen person's rows: moderated sessions first, then talks and papers.
    public var work: [PeopleEntry] {
        guard let chosen, people.indices.contains(chosen) else { return [] }
        let p = people[chosen]
        return p.moderatedSessions.map { PeopleEntry.session($0) } + p.items.map { PeopleEntry.item($0) }
    }
}

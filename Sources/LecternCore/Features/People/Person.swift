/// Someone in the corpus: the talks and papers they wrote and the sessions they moderate.
public struct Person: Hashable, Sendable {
    /// The name as first written in the corpus.
    public var name: String
    /// The name folded for matching (no accents, lower case, single spaces).
    public var folded: String
    /// Indices into `Corpus.items`, talks in time order, then papers.
    public var items: [Int]
    /// Ids of the sessions this person moderates.
    public var moderatedSessions: [String]

    public init(name: String, folded: String, items: [Int] = [], moderatedSessions: [String] = []) {
        self.name = name
        self.folded = folded
        self.items = items
        self.moderatedSessions = moderatedSessions
    }
}

/// Answers queries over a corpus. Built once per corpus; immutable afterwards, so it is shared freely.
/// (Placeholder implementation: case-insensitive substring AND over title, authors and abstract.)
public final class SearchIndex: Sendable {
    public let corpus: Corpus
    private let haystacks: [String]

    public init(corpus: Corpus) {
        self.corpus = corpus
        self.haystacks = corpus.items.map { ($0.title + " " + $0.authors.joined(separator: " ") + " " + $0.abstract).lowercased() }
    }

    /// Item indices matching `query`, best first.
    public func search(_ query: String, bookmarks: Bookmarks = Bookmarks()) -> SearchOutcome {
        let words = query.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return SearchOutcome(results: Array(corpus.items.indices)) }
        let hits = haystacks.indices.filter { i in words.allSatisfy { haystacks[i].contains($0) } }
        return SearchOutcome(results: hits)
    }
}

/// The answer to one query: ranked item indices, plus an inline error or note for the search bar.
public struct SearchOutcome: Hashable, Sendable {
    public var results: [Int]
    /// A malformed query: message and the 0-based character offset of the problem.
    public var error: QueryError?
    /// Said in the status line, e.g. "no exact match for transformr; showing 1 typo".
    public var note: String?

    public init(results: [Int], error: QueryError? = nil, note: String? = nil) {
        self.results = results
        self.error = error
        self.note = note
    }
}

/// What is wrong with a query and where.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: Int
    public init(message: String, position: Int) {
        self.message = message
        self.position = position
    }
    public var description: String { "column \(position + 1): \(message)" }
}

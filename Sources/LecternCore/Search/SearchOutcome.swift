/// The answer to one query: ranked item indices, plus an inline error or note for the search bar.
public struct SearchOutcome: Hashable, Sendable {
    public var results: [Int]
    /// A malformed query: message and the 0-based character offset of the problem.
    public var error: QueryError?
    /// Said in the status line, e.g. "no match for “transformr”; showing results for “transformer”".
    public var note: String?
    /// Relevance score of each result, parallel to `results` (0 when only filters applied).
    public var scores: [Double]

    public init(results: [Int], error: QueryError? = nil, note: String? = nil, scores: [Double] = []) {
        self.results = results
        self.error = error
        self.note = note
        self.scores = scores
    }
}

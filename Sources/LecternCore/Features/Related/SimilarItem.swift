/// One answer of `SimilarityIndex.similar`: an item, its cosine score, and the shared terms that weigh most.
public struct SimilarItem: Hashable, Sendable {
    /// Index into `Corpus.items`.
    public var index: Int
    /// Cosine similarity, 0...1.
    public var score: Double
    /// Shared key terms, most contributing first, in a readable form.
    public var terms: [String]

    public init(index: Int, score: Double, terms: [String]) {
        self.index = index
        self.score = score
        self.terms = terms
    }
}

/// The related-work panel, when open: the item it is about and its most similar items.
public struct RelatedState: Hashable, Sendable {
    /// Index into `Corpus.items` of the item the panel is about.
    public var source: Int
    public var results: [SimilarItem]
    public var cursor = ListCursor()

    public init(source: Int, results: [SimilarItem]) {
        self.source = source
        self.results = results
    }
}

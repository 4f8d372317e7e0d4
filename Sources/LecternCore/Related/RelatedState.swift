/// The related-work panel, when open: the item it is about and its most similar items.
public struct RelatedState: Hashable, Sendable {
    /// Index into `Corpus.items` of the item the panel is about.
    public var source: Int
    public var results: [SimilarItem]
    public var cursor = ListCursor()
    /// The panel opened before the related-work index was built: the results come when it arrives.
    public var waiting: Bool

    public init(source: Int, results: [SimilarItem], waiting: Bool = false) {
        self.source = source
        self.results = results
        self.waiting = waiting
    }
}

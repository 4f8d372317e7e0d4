/// The related-work panel (`r`): the items most similar to one item.
public enum RelatedFeature {
    /// How many related items the panel lists.
    public static let limit = 50
    public static let nothingRelated = "Nothing shares a key term with this item"

    /// The item the panel is about and its most similar items.
    public struct State: Hashable, Sendable {
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

        /// Index into `Corpus.items` of the selected row's item.
        public var selectedItem: Int? { results.indices.contains(cursor.selected) ? results[cursor.selected].index : nil }
    }

    public enum Action: Equatable, Sendable {
        case moved(ListMove, visible: Int)
        /// The related-work index arrived: the waiting panel fills.
        case indexArrived(SimilarityIndex)
    }

    /// The panel on `source`, from the index if it is built, or waiting for it.
    public static func open(_ source: Int, similarity: SimilarityIndex?) -> State {
        guard let similarity else { return State(source: source, results: [], waiting: true) }
        return State(source: source, results: similarity.similar(to: source, limit: limit))
    }

    /// The status line's message after `action`, if any.
    public static func reduce(_ r: inout State, _ action: Action) -> String? {
        switch action {
        case .moved(let move, let visible):
            r.cursor.select(move.target(from: r.cursor.selected, count: r.results.count), count: r.results.count, visible: visible)
            return nil
        case .indexArrived(let index):
            guard r.waiting else { return nil }
            r.waiting = false
            r.results = index.similar(to: r.source, limit: limit)
            r.cursor = ListCursor()
            return r.results.isEmpty ? nothingRelated : nil
        }
    }
}

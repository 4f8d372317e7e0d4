/// What a library entry tells of a corpus's items, counted one item at a time so a streamed
/// import needs no list of them: how many items, talks (with a time) and papers, and among the
/// papers how often each first category, venue and year occurs (for `CollectionName`).
public struct CorpusTally: Sendable, Equatable {
    public private(set) var items = 0
    public private(set) var talks = 0
    public private(set) var papers = 0
    private(set) var firstCategories = Counts()
    private(set) var venues = Counts()
    private(set) var years = Counts()

    /// Values in the order first seen, with how often each was seen.
    struct Counts: Sendable, Equatable {
        var counts: [String: Int] = [:]
        var order: [String] = []

        mutating func add(_ value: String?) {
            guard let value, !value.isEmpty else { return }
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }

        /// The most frequent value, the first seen among equals (as `CollectionName.mostCommon`).
        var mostCommon: String? {
            guard let top = counts.values.max() else { return nil }
            return order.first { counts[$0] == top }
        }
    }

    public init() {}

    public init(_ items: [Item]) {
        for item in items { count(item) }
    }

    public mutating func count(_ item: Item) {
        items += 1
        guard item.start == nil else { talks += 1; return }
        papers += 1
        firstCategories.add(item.categories?.first)
        venues.add(item.venue)
        years.add(item.date.map { String($0.prefix(4)) })
    }
}

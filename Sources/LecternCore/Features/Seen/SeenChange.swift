/// One change to the seen items, applied to whatever is on disk at write time (so two processes
/// merge). Many items go in one change: marking a list seen is one write.
public enum SeenChange: Equatable, Sendable {
    /// These items are seen now (the write's time is theirs).
    case seen([String])
    /// These items are unseen.
    case unseen([String])
    /// Puts each item back as it was: seen at that time, or (nil) unseen. What undoing writes.
    case restore([String: String?])

    /// The ids the change is about.
    public var itemIds: [String] {
        switch self {
        case .seen(let ids), .unseen(let ids): return ids
        case .restore(let before): return before.keys.sorted()
        }
    }

    /// Applies the change; `stamp` (ISO-8601) is the time items seen now get ("" in memory, before
    /// the write gives them one).
    public func apply(to seen: inout SeenItems, stamp: String) {
        switch self {
        case .seen(let ids):
            for id in ids { seen.items[id] = stamp }
        case .unseen(let ids):
            for id in ids { seen.items[id] = nil }
        case .restore(let before):
            // A time not known yet (seen, not saved) becomes the write's.
            for (id, time) in before { seen.items[id] = time.map { $0.isEmpty ? stamp : $0 } }
        }
    }
}

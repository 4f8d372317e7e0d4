/// Finds bookmarked talks whose time slots overlap.
public enum ClashFinder {
    /// For each bookmarked item id that overlaps another bookmarked talk, the ids it clashes with.
    public static func clashes(in corpus: Corpus, bookmarks: Bookmarks) -> [String: [String]] {
        let positions = corpus.items.indices.filter { bookmarks.contains(corpus.items[$0].id) }
        return clashes(in: corpus, bookmarked: positions)
    }

    /// The same, finding the bookmarked items through `index` (no pass over the whole corpus: this
    /// runs for every frame that shows the details pane).
    public static func clashes(in corpus: Corpus, bookmarks: Bookmarks, index: SearchIndex) -> [String: [String]] {
        clashes(in: corpus, bookmarked: bookmarks.entries.keys.compactMap { index.itemIndex(id: $0) })
    }

    /// Clashes among the items at `positions` in the corpus, in start order (ties in corpus order).
    private static func clashes(in corpus: Corpus, bookmarked positions: [Int]) -> [String: [String]] {
        let timed = positions.sorted()
            .filter { corpus.items[$0].start != nil && corpus.items[$0].end != nil }
            .map { corpus.items[$0] }
            .sorted { ($0.start?.epochSeconds ?? 0) < ($1.start?.epochSeconds ?? 0) }
        var result: [String: [String]] = [:]
        for (i, a) in timed.enumerated() {
            guard let aEnd = a.end?.epochSeconds else { continue }
            for b in timed[(i + 1)...] {
                guard let bStart = b.start?.epochSeconds else { continue }
                if bStart >= aEnd { break }
                result[a.id, default: []].append(b.id)
                result[b.id, default: []].append(a.id)
            }
        }
        return result
    }
}

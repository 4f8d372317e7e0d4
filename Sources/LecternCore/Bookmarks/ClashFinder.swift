/// Finds bookmarked talks whose time slots overlap.
public enum ClashFinder {
    /// For each bookmarked item id that overlaps another bookmarked talk, the ids it clashes with.
    public static func clashes(in corpus: Corpus, bookmarks: Bookmarks) -> [String: [String]] {
        let timed = corpus.items.filter { bookmarks.contains($0.id) && $0.start != nil && $0.end != nil }
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

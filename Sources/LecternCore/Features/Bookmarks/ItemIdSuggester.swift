/// Suggests the closest item ids for a mistyped one: ids containing it first, then by edit distance.
/// Every command that reports an unknown id (show, similar, note, bookmark) asks this one.
public enum ItemIdSuggester {
    public static func suggestions(for id: String, among ids: [String], limit: Int = 3) -> [String] {
        let needle = id.lowercased()
        guard !needle.isEmpty else { return [] }
        let slug = Slug.make(id)
        let containing = ids.filter { $0.contains(needle) || $0.hasPrefix(slug) }.sorted { ($0.count, $0) < ($1.count, $1) }
        if !containing.isEmpty { return Array(containing.prefix(limit)) }
        // Compare with the id cut to the query's length too, so a mistyped start of a long id still ranks it first.
        let budget = max(2, needle.count / 3)
        let scored = ids.compactMap { candidate -> (Int, String)? in
            let d = min(distance(needle, candidate, limit: budget), distance(slug, candidate, limit: budget),
                        distance(needle, String(candidate.prefix(needle.count)), limit: budget) + 1)
            return d <= budget ? (d, candidate) : nil
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    /// Edit distance (`EditDistance.between`), `limit + 1` once it exceeds `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        EditDistance.between(a, b, cap: limit + 1)
    }
}

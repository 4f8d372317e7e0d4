/// Levenshtein distance over characters, for "did you mean" suggestions.
public enum EditDistance {
    /// The number of single-character edits turning `a` into `b`, stopping early at `cap`.
    public static func between(_ a: String, _ b: String, cap: Int = .max) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return min(y.count, cap) }
        if y.isEmpty { return min(x.count, cap) }
        if abs(x.count - y.count) >= cap { return cap }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMin = min(rowMin, current[j])
            }
            if rowMin >= cap { return cap }
            swap(&previous, &current)
        }
        return min(previous[y.count], cap)
    }

    /// Ids closest to `query`: those containing it first, then by edit distance.
    public static func suggestions(for query: String, among candidates: [String], limit: Int = 3) -> [String] {
        let q = query.lowercased()
        guard !q.isEmpty else { return [] }
        let scored = candidates.map { c -> (Int, String) in
            let lower = c.lowercased()
            if lower.contains(q) || q.contains(lower) { return (0, c) }
            return (1 + between(q, lower, cap: 64), c)
        }
        let threshold = 1 + max(3, q.count / 3)
        return scored.filter { $0.0 <= threshold }.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}

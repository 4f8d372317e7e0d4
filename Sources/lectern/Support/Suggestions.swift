import LecternCore

/// The ids closest to a mistyped one: prefix matches first, then by edit distance.
enum Suggestions {
    static func closest(to query: String, among ids: [String], count: Int = 3) -> [String] {
        let q = query.lowercased()
        let slug = Slug.make(query)
        let scored = ids.map { id -> (Int, String) in
            if id.hasPrefix(q) || id.hasPrefix(slug) { return (0, id) }
            let d = min(distance(q, id), distance(slug, id), distance(q, String(id.prefix(q.count))) + 1)
            return (d + 1, id)
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(count).map(\.1)
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

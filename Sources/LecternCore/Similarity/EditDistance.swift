/// The one edit distance: Levenshtein over characters for "did you mean" suggestions
/// (`ItemIdSuggester`, `PeopleIndex`), and its bounded one-edit form for the search's typo tolerance.
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

    /// True when `a` and `b` (UTF-8 bytes) are at most one edit apart: an insertion, a deletion, a
    /// substitution or a transposition of neighbours. The search's typo tolerance, on index terms.
    static func withinOne(_ a: [UInt8], _ b: ArraySlice<UInt8>) -> Bool {
        let b = Array(b)
        let n = a.count, m = b.count
        if abs(n - m) > 1 { return false }
        var i = 0
        while i < n && i < m && a[i] == b[i] { i += 1 }
        if i == n && i == m { return true }
        if n == m {
            // substitution or transposition
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        if n > m { return a[(i + 1)...] == b[i...] }
        return a[i...] == b[(i + 1)...]
    }
}

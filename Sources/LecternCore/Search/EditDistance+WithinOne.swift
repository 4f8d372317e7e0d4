/// Bounded edit distance for typo tolerance (insertions, deletions, substitutions, transpositions).
extension EditDistance {
    /// True when `a` and `b` are at most one edit apart.
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

/// A phrase resolved against the term dictionary: exact term ids for its words, except that the
/// last word of a phrase still being typed (its quote not yet closed) matches any completion.
struct PhrasePattern {
    /// Term ids of all words but the last.
    let leading: [Int32]
    /// Term ids the last word may take: one id, or every completion of a prefix.
    let last: Range<Int32>

    /// Nil when a word cannot match anything in the index.
    init?(_ words: [String], prefix: Bool, dictionary: TermDictionary) {
        guard words.count >= 2, let tail = words.last else { return nil }
        var leading: [Int32] = []
        for w in words.dropLast() {
            guard let id = dictionary.id(of: Array(w.utf8)) else { return nil }
            leading.append(Int32(id))
        }
        let range: Range<Int>
        if prefix {
            range = dictionary.range(prefix: Array(tail.utf8))
        } else if let id = dictionary.id(of: Array(tail.utf8)) {
            range = id..<(id + 1)
        } else {
            return nil
        }
        guard !range.isEmpty else { return nil }
        self.leading = leading
        last = Int32(range.lowerBound)..<Int32(range.upperBound)
    }

    var count: Int { leading.count + 1 }
}

extension FieldPostings {
    /// Whether document d holds the phrase at consecutive positions. The first word is looked for
    /// eight tokens at a time.
    func contains(_ phrase: PhrasePattern, in d: Int) -> Bool {
        let a = Int(docStart[d]), e = Int(docStart[d + 1])
        let n = phrase.count
        guard e - a >= n else { return false }
        return tokens.withUnsafeBufferPointer { tokens in
            phrase.leading.withUnsafeBufferPointer { ids in
                let first = ids[0]
                let lo = phrase.last.lowerBound, hi = phrase.last.upperBound
                @inline(__always) func matches(at p: Int) -> Bool {
                    var k = 1
                    while k < n - 1 && tokens[p + k] == ids[k] { k += 1 }
                    guard k == n - 1 else { return false }
                    let t = tokens[p + k]
                    return t >= lo && t < hi
                }
                let lastStart = e - n
                var p = a
                if let base = tokens.baseAddress {
                    let target = SIMD8<Int32>(repeating: first)
                    while p + 8 <= lastStart + 1 {
                        let block = UnsafeRawPointer(base + p).loadUnaligned(as: SIMD8<Int32>.self)
                        let hits = block .== target
                        if any(hits) {
                            for j in 0..<8 where hits[j] && matches(at: p + j) { return true }
                        }
                        p += 8
                    }
                }
                while p <= lastStart {
                    if tokens[p] == first && matches(at: p) { return true }
                    p += 1
                }
                return false
            }
        }
    }
}

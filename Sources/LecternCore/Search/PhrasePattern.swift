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

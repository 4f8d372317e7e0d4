/// One `ItemAttribute` over every document of a `SearchIndex`: the distinct values, each as its
/// folded words, and for each document the values it holds.
struct AttributeColumn: Sendable {
    /// Folded words of each distinct value.
    let values: [[String]]
    /// Documents (internal ids) holding each value, in document order.
    let documents: [[Int32]]

    /// `valuesOfDocument(d)` gives the texts of document `d`, for `count` documents.
    init(count: Int, valuesOfDocument: (Int) -> [String]) {
        var ids: [String: Int] = [:]
        var values: [[String]] = []
        var documents: [[Int32]] = []
        for d in 0..<count {
            var seen = Set<Int>()
            for text in valuesOfDocument(d) {
                let v: Int
                if let known = ids[text] { v = known } else {
                    v = values.count
                    ids[text] = v
                    values.append(Tokenizer.tokens(text))
                    documents.append([])
                }
                if seen.insert(v).inserted { documents[v].append(Int32(d)) }
            }
        }
        self.values = values
        self.documents = documents
    }

    /// Calls `body` with every document whose value holds `words` next to each other, in order;
    /// with `prefix` the last word may be the start of a longer word.
    func forEachMatch(_ words: [String], prefix: Bool, _ body: (Int) -> Void) {
        guard !words.isEmpty else { return }
        for (v, tokens) in values.enumerated() where AttributeColumn.holds(tokens, words, prefix: prefix) {
            for d in documents[v] { body(Int(d)) }
        }
    }

    static func holds(_ tokens: [String], _ words: [String], prefix: Bool) -> Bool {
        guard tokens.count >= words.count else { return false }
        let last = words.count - 1
        for start in 0...(tokens.count - words.count) {
            var ok = true
            for k in 0...last {
                let t = tokens[start + k]
                if (k == last && prefix) ? !t.hasPrefix(words[k]) : t != words[k] { ok = false; break }
            }
            if ok { return true }
        }
        return false
    }
}

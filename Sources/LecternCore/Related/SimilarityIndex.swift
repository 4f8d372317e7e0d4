import Foundation

/// Content similarity between items: TF-IDF vectors over title (weighted higher) and abstract,
/// stop words removed and light stemming, L2-normalized, compared by cosine. Built once per corpus
/// with inverted lists, so a query scores only the items sharing one of its key terms.
public final class SimilarityIndex: Sendable {
    /// How much more a word in the title counts than one in the abstract.
    public static let titleWeight = 3.0
    /// Terms kept per item (the heaviest); the rest carry little weight and only slow queries down.
    public static let termsPerItem = 48

    /// Per item: (term id, weight) sorted by term id, normalized to unit length.
    private let vectors: [[(term: Int32, weight: Float)]]
    /// Per term: (item index, weight) of the items holding it.
    private let postings: [[(item: Int32, weight: Float)]]
    /// A readable word for each term (the most frequent surface form of the stem).
    private let surfaces: [String]

    public var count: Int { vectors.count }

    public init(corpus: Corpus) {
        var termIds: [String: Int32] = [:]
        var termCount = 0
        // How often each folded word was seen, and the term it stems to.
        var wordCounts: [String: Int] = [:]
        var wordTerms: [String: Int32] = [:]
        var rawVectors: [[Int32: Double]] = []
        var df: [Int] = []
        rawVectors.reserveCapacity(corpus.items.count)
        for item in corpus.items {
            var tf: [Int32: Double] = [:]
            for (text, weight) in [(item.title, SimilarityIndex.titleWeight), (item.abstract, 1.0)] {
                for word in TermFolding.words(LaTeXCleaner.clean(text)) {
                    guard word.count > 1, !TermFolding.stopWords.contains(String(word)),
                          !word.allSatisfy({ $0.isNumber }) else { continue }
                    let surface = String(word)
                    let id: Int32
                    if let known = wordTerms[surface] {
                        id = known
                    } else {
                        let stem = TermFolding.stem(word)
                        if let known = termIds[stem] {
                            id = known
                        } else {
                            id = Int32(termCount)
                            termCount += 1
                            termIds[stem] = id
                            df.append(0)
                        }
                        wordTerms[surface] = id
                    }
                    if tf[id] == nil { df[Int(id)] += 1 }
                    tf[id, default: 0] += weight
                    wordCounts[surface, default: 0] += 1
                }
            }
            rawVectors.append(tf)
        }
        let n = Double(max(corpus.items.count, 1))
        var vectors: [[(term: Int32, weight: Float)]] = []
        vectors.reserveCapacity(rawVectors.count)
        var postings = [[(item: Int32, weight: Float)]](repeating: [], count: df.count)
        for (itemIndex, tf) in rawVectors.enumerated() {
            var weighted = tf.map { term, count -> (term: Int32, weight: Double) in
                let idf = log(n / Double(df[Int(term)]))
                return (term, (1 + log(count)) * idf)
            }
            let norm = sqrt(weighted.reduce(0) { $0 + $1.weight * $1.weight })
            weighted.sort { ($0.weight, $1.term) > ($1.weight, $0.term) }
            // Terms in a single item cannot link it to another.
            let kept = weighted.prefix(SimilarityIndex.termsPerItem).filter { df[Int($0.term)] > 1 && $0.weight > 0 }
            let vector = kept.map { (term: $0.term, weight: Float(norm > 0 ? $0.weight / norm : 0)) }
                .sorted { $0.term < $1.term }
            for entry in vector {
                postings[Int(entry.term)].append((item: Int32(itemIndex), weight: entry.weight))
            }
            vectors.append(vector)
        }
        self.vectors = vectors
        self.postings = postings
        var surfaces = [String](repeating: "", count: termCount)
        var best = [Int](repeating: 0, count: termCount)
        for (word, term) in wordTerms {
            let t = Int(term), n = wordCounts[word] ?? 0
            if n > best[t] || (n == best[t] && word < surfaces[t]) {
                best[t] = n
                surfaces[t] = word
            }
        }
        self.surfaces = surfaces
    }

    /// The items most similar to the item at `index`, best first, excluding itself and items with
    /// nothing in common. Ties break by item index, so the order is stable.
    public func similar(to index: Int, limit: Int = 10, termLimit: Int = 4) -> [SimilarItem] {
        guard vectors.indices.contains(index), limit > 0 else { return [] }
        var scores = [Float](repeating: 0, count: vectors.count)
        var touched: [Int] = []
        for (term, weight) in vectors[index] {
            for (item, otherWeight) in postings[Int(term)] {
                let i = Int(item)
                if scores[i] == 0 { touched.append(i) }
                scores[i] += weight * otherWeight
            }
        }
        let ranked = touched.filter { $0 != index && scores[$0] > 0 }
            .sorted { (scores[$0], $1) > (scores[$1], $0) }
            .prefix(limit)
        return ranked.map { other in
            SimilarItem(index: other, score: Double(scores[other]), terms: sharedTerms(index, other, limit: termLimit))
        }
    }

    /// Cosine similarity of two items (0 when either is out of range).
    public func score(_ a: Int, _ b: Int) -> Double {
        guard vectors.indices.contains(a), vectors.indices.contains(b) else { return 0 }
        return contributions(a, b).reduce(0) { $0 + Double($1.value) }
    }

    /// The shared terms that contribute most to the similarity of two items.
    public func sharedTerms(_ a: Int, _ b: Int, limit: Int = 4) -> [String] {
        guard vectors.indices.contains(a), vectors.indices.contains(b) else { return [] }
        return contributions(a, b).sorted { ($0.value, $1.term) > ($1.value, $0.term) }
            .prefix(limit).map { surfaces[Int($0.term)] }
    }

    private func contributions(_ a: Int, _ b: Int) -> [(term: Int32, value: Float)] {
        let x = vectors[a], y = vectors[b]
        var i = 0, j = 0
        var out: [(term: Int32, value: Float)] = []
        while i < x.count, j < y.count {
            if x[i].term == y[j].term {
                out.append((x[i].term, x[i].weight * y[j].weight))
                i += 1
                j += 1
            } else if x[i].term < y[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }
}

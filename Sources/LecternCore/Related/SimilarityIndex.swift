import Foundation

/// Content similarity between items: TF-IDF vectors over title (weighted higher) and abstract,
/// stop words removed and light stemming, L2-normalized, compared by cosine. Built once per corpus
/// with inverted lists, so a query scores only the items sharing one of its key terms.
///
/// Vectors and inverted lists are stored flat (one array of terms and one of weights, with the
/// start of each item's or term's slice), which keeps 100,000 items to a few allocations.
public final class SimilarityIndex: Sendable {
    /// How much more a word in the title counts than one in the abstract.
    public static let titleWeight = 3.0
    /// Terms kept per item (the heaviest); the rest carry little weight and only slow queries down.
    public static let termsPerItem = 48

    /// Item `i`'s vector is `vectorStarts[i]..<vectorStarts[i + 1]` of `vectorTerms` and
    /// `vectorWeights`: its kept terms (in no particular order), weights normalized to unit length.
    private let vectorStarts: [Int]
    private let vectorTerms: [Int32]
    private let vectorWeights: [Float]
    /// Term `t`'s inverted list is `postingStarts[t]..<postingStarts[t + 1]` of `postingItems` and
    /// `postingWeights`: the items holding it, ascending, with the term's weight in each.
    private let postingStarts: [Int]
    private let postingItems: [Int32]
    private let postingWeights: [Float]
    /// A readable word for each term (the most frequent surface form of the stem).
    private let surfaces: [String]

    public var count: Int { vectorStarts.count - 1 }

    public convenience init(corpus: Corpus) {
        self.init(corpus: corpus, parts: corpus.items.count >= 4096 ? SimilarityIndex.cores : 1)
    }

    /// Builds the index reading the corpus in `parts` (at most 2) contiguous parts at once; the
    /// parts are joined in order, so the index is the same for any number of parts.
    init(corpus: Corpus, parts: Int) {
        let items = corpus.items
        let ranges = SimilarityIndex.split(items.count, parts: parts)
        let titleWeight = Int32(SimilarityIndex.titleWeight)
        var partCounts = SimilarityIndex.each(ranges) { range -> SimilarityCounts in
            var counts = SimilarityCounts(expectedItems: range.count)
            var words = SimilarityWords()
            for item in items[range] {
                counts.add(title: item.title, abstract: item.abstract, titleWeight: titleWeight, words: &words)
            }
            return counts
        }
        var counts = partCounts.removeFirst()
        for part in partCounts { counts.append(part) }
        let weighed = SimilarityIndex.each(SimilarityIndex.split(counts.itemCount, parts: parts)) { [counts] range in
            SimilarityIndex.weigh(counts, items: range)
        }
        var vectors = weighed[0]
        for part in weighed.dropFirst() {
            let base = vectors.terms.count
            vectors.starts.append(contentsOf: part.starts.dropFirst().map { $0 + base })
            vectors.terms.append(contentsOf: part.terms)
            vectors.weights.append(contentsOf: part.weights)
        }
        vectorStarts = vectors.starts
        vectorTerms = vectors.terms
        vectorWeights = vectors.weights
        let postings = SimilarityIndex.invert(vectors, termCount: counts.termCount)
        postingStarts = postings.starts
        postingItems = postings.items
        postingWeights = postings.weights
        surfaces = counts.surfaces()
    }

    /// Cores to build on: two when the machine has them (more would only split the work finer).
    private static let cores = min(2, max(1, ProcessInfo.processInfo.activeProcessorCount))

    /// `0..<count` in `parts` contiguous ranges of nearly equal size.
    private static func split(_ count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, 2, count))
        return (0..<parts).map { p in (count * p / parts)..<(count * (p + 1) / parts) }
    }

    /// `body` for each range, at once on separate threads when there are several; results in order.
    private static func each<T>(_ ranges: [Range<Int>], _ body: (Range<Int>) -> T) -> [T] {
        guard ranges.count > 1 else { return ranges.map(body) }
        let results = UnsafeMutablePointer<T>.allocate(capacity: ranges.count)
        defer { results.deallocate() }
        withoutActuallyEscaping(body) { body in
            let shared = Shared(results: results, body: body)
            DispatchQueue.concurrentPerform(iterations: ranges.count) { i in
                (shared.results + i).initialize(to: shared.body(ranges[i]))
            }
        }
        return ranges.indices.map { (results + $0).move() }
    }

    /// What the threads of `each` share: each writes only its own result.
    private struct Shared<T>: @unchecked Sendable {
        let results: UnsafeMutablePointer<T>
        let body: (Range<Int>) -> T
    }

    /// One term of an item while its vector is weighed.
    private struct Weighted {
        var weight: Double
        var term: Int32
        /// Heavier first; equal weights by term id.
        @inline(__always) func isBefore(_ other: Weighted) -> Bool {
            // Written without short-circuits, so that it compiles to no branch.
            let heavier = weight > other.weight ? 1 : 0, equal = weight == other.weight ? 1 : 0
            let lower = term < other.term ? 1 : 0
            return heavier | (equal & lower) != 0
        }
    }

    /// TF-IDF per item: `(1 + ln tf) · ln(N / df)`, normalized over all the item's terms, of which the
    /// `termsPerItem` heaviest are kept, less those found in no other item.
    private static func weigh(_ counts: SimilarityCounts, items: Range<Int>) -> (starts: [Int], terms: [Int32], weights: [Float]) {
        let n = Double(max(counts.itemCount, 1))
        let itemCount = items.count
        let df = counts.documentFrequency
        let idf = df.map { log(n / Double($0)) }
        let logs = (0..<1024).map { 1 + log(Double($0)) }
        var starts = [0]
        var terms: [Int32] = []
        var weights: [Float] = []
        starts.reserveCapacity(itemCount + 1)
        terms.reserveCapacity(itemCount * termsPerItem)
        weights.reserveCapacity(itemCount * termsPerItem)
        var entries: [Weighted] = []
        counts.terms.withUnsafeBufferPointer { rawTerms in
            counts.counts.withUnsafeBufferPointer { rawCounts in
                idf.withUnsafeBufferPointer { idf in
                    for item in items {
                        let range = counts.itemStarts[item]..<counts.itemStarts[item + 1]
                        entries.removeAll(keepingCapacity: true)
                        var sum = 0.0
                        for k in range {
                            let t = rawTerms[k], c = Int(rawCounts[k])
                            let w = (c < logs.count ? logs[c] : 1 + log(Double(c))) * idf[Int(t)]
                            entries.append(Weighted(weight: w, term: t))
                            sum += w * w
                        }
                        let norm = sqrt(sum)
                        let top = min(termsPerItem, entries.count)
                        if top < entries.count { selectFirst(top, of: &entries) }
                        for e in entries[..<top] where df[Int(e.term)] > 1 && e.weight > 0 {
                            terms.append(e.term)
                            weights.append(Float(norm > 0 ? e.weight / norm : 0))
                        }
                        starts.append(terms.count)
                    }
                }
            }
        }
        return (starts, terms, weights)
    }

    /// Moves the `k` entries that come first (`isBefore`) to the front, in no particular order:
    /// quickselect with a partition that does not branch on the comparisons.
    private static func selectFirst(_ k: Int, of entries: inout [Weighted]) {
        entries.withUnsafeMutableBufferPointer { a in
            var low = 0, high = a.count - 1
            while low < high {
                // The median of three goes to `high` as the pivot.
                let mid = low + (high - low) / 2
                if a[mid].isBefore(a[low]) { a.swapAt(mid, low) }
                if a[high].isBefore(a[low]) { a.swapAt(high, low) }
                if a[mid].isBefore(a[high]) { a.swapAt(high, mid) }
                let pivot = a[high]
                var store = low
                for i in low..<high {
                    let e = a[i]
                    a[i] = a[store]
                    a[store] = e
                    store &+= e.isBefore(pivot) ? 1 : 0
                }
                a.swapAt(store, high)
                // a[low..<store] come before the pivot, now at `store`, and a[(store + 1)...high] after it.
                if k - 1 == store { return }
                if k - 1 < store { high = store - 1 } else { low = store + 1 }
            }
        }
    }

    /// The inverted lists of the vectors: for each term, the items holding it in ascending order.
    private static func invert(_ vectors: (starts: [Int], terms: [Int32], weights: [Float]), termCount: Int)
        -> (starts: [Int], items: [Int32], weights: [Float]) {
        var starts = [Int](repeating: 0, count: termCount + 1)
        for t in vectors.terms { starts[Int(t) + 1] += 1 }
        for t in 0..<termCount { starts[t + 1] += starts[t] }
        var items = [Int32](repeating: 0, count: vectors.terms.count)
        var weights = [Float](repeating: 0, count: vectors.terms.count)
        var next = starts
        for item in 0..<(vectors.starts.count - 1) {
            for k in vectors.starts[item]..<vectors.starts[item + 1] {
                let t = Int(vectors.terms[k])
                items[next[t]] = Int32(item)
                weights[next[t]] = vectors.weights[k]
                next[t] += 1
            }
        }
        return (starts, items, weights)
    }

    /// The items most similar to the item at `index`, best first, excluding itself and items with
    /// nothing in common. Ties break by item index, so the order is stable.
    public func similar(to index: Int, limit: Int = 10, termLimit: Int = 4) -> [SimilarItem] {
        guard index >= 0, index < count, limit > 0 else { return [] }
        var scores = [Float](repeating: 0, count: count)
        var touched: [Int32] = []
        // Terms in ascending order, so each score adds up in the same order every time.
        let query = vector(index)
        for (term32, weight) in query {
            let term = Int(term32)
            for p in postingStarts[term]..<postingStarts[term + 1] {
                let i = Int(postingItems[p])
                if scores[i] == 0 { touched.append(Int32(i)) }
                scores[i] += weight * postingWeights[p]
            }
        }
        // The best `limit`, kept in order: most candidates lose to the last one kept at once.
        var best: [Int] = []
        best.reserveCapacity(min(limit, touched.count) + 1)
        func isBefore(_ a: Int, _ b: Int) -> Bool { scores[a] > scores[b] || (scores[a] == scores[b] && a < b) }
        for candidate in touched {
            let c = Int(candidate)
            guard c != index, scores[c] > 0 else { continue }
            if best.count == limit, let last = best.last, !isBefore(c, last) { continue }
            var at = best.count
            while at > 0, isBefore(c, best[at - 1]) { at -= 1 }
            best.insert(c, at: at)
            if best.count > limit { best.removeLast() }
        }
        return best.map { other in
            SimilarItem(index: other, score: Double(scores[other]), terms: sharedTerms(query, other, limit: termLimit))
        }
    }

    /// Cosine similarity of two items (0 when either is out of range).
    public func score(_ a: Int, _ b: Int) -> Double {
        guard a >= 0, a < count, b >= 0, b < count else { return 0 }
        return contributions(vector(a), b).reduce(0) { $0 + Double($1.value) }
    }

    /// The shared terms that contribute most to the similarity of two items.
    public func sharedTerms(_ a: Int, _ b: Int, limit: Int = 4) -> [String] {
        guard a >= 0, a < count, b >= 0, b < count else { return [] }
        return sharedTerms(vector(a), b, limit: limit)
    }

    private func sharedTerms(_ x: [(term: Int32, weight: Float)], _ b: Int, limit: Int) -> [String] {
        contributions(x, b).sorted { ($0.value, $1.term) > ($1.value, $0.term) }.prefix(limit).map { surfaces[Int($0.term)] }
    }

    /// Item `i`'s terms and weights by ascending term id.
    private func vector(_ i: Int) -> [(term: Int32, weight: Float)] {
        (vectorStarts[i]..<vectorStarts[i + 1]).map { (vectorTerms[$0], vectorWeights[$0]) }.sorted { $0.term < $1.term }
    }

    /// The products of the weights of the terms an item's vector `x` (by ascending term id) shares
    /// with item `b`, by ascending term id.
    private func contributions(_ x: [(term: Int32, weight: Float)], _ b: Int) -> [(term: Int32, value: Float)] {
        let y = vector(b)
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

extension SimilarityIndex: Equatable {
    /// Two indexes are equal when they are the same index (it is built once and never changes).
    public static func == (lhs: SimilarityIndex, rhs: SimilarityIndex) -> Bool { lhs === rhs }
}

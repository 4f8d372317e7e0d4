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
        self.init(corpus: corpus, parts: corpus.items.count >= 4096 ? 8 : 1)
    }

    /// Builds the index reading the corpus in `parts` contiguous parts, as many at once as there are
    /// cores; the parts are joined in order, so the index is the same for any number of parts.
    init(corpus: Corpus, parts: Int) {
        let items = corpus.items
        let ranges = Parallel.chunks(items.count, parts: parts)
        let titleWeight = Int32(SimilarityIndex.titleWeight)
        let counted = Parallel.map(ranges.count) { p -> SimilarityCounts in
            var counts = SimilarityCounts(expectedItems: ranges[p].count)
            var words = SimilarityWords()
            for item in items[ranges[p]] {
                counts.add(title: item.title, abstract: item.abstract, titleWeight: titleWeight, words: &words)
            }
            return counts
        }
        let vocabulary = SimilarityVocabulary(counted)
        let n = Double(max(items.count, 1))
        let idf = vocabulary.documentFrequency.map { log(n / Double($0)) }
        let weighed = Parallel.map(ranges.count) { p in
            SimilarityIndex.weigh(counted[p], map: vocabulary.maps[p], documentFrequency: vocabulary.documentFrequency, idf: idf)
        }
        let joined = SimilarityIndex.join(weighed, itemOffsets: ranges.map(\.lowerBound), termCount: vocabulary.termCount)
        vectorStarts = joined.vectorStarts
        vectorTerms = joined.vectorTerms
        vectorWeights = joined.vectorWeights
        postingStarts = joined.postingStarts
        postingItems = joined.postingItems
        postingWeights = joined.postingWeights
        surfaces = vocabulary.surfaces
    }

    /// The vectors of one part's items (their terms numbered as in the whole corpus), and how many
    /// of them hold each term.
    private struct PartVectors {
        var starts: [Int]
        var terms: [Int32]
        var weights: [Float]
        var termCounts: [Int]
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

    /// TF-IDF per item of a part: `(1 + ln tf) · ln(N / df)`, normalized over all the item's terms,
    /// of which the `termsPerItem` heaviest are kept, less those found in no other item.
    private static func weigh(_ counts: SimilarityCounts, map: [Int32], documentFrequency df: [Int32],
                              idf: [Double]) -> PartVectors {
        let itemCount = counts.itemCount
        let logs = (0..<1024).map { 1 + log(Double($0)) }
        var part = PartVectors(starts: [0], terms: [], weights: [], termCounts: [Int](repeating: 0, count: df.count))
        part.starts.reserveCapacity(itemCount + 1)
        part.terms.reserveCapacity(itemCount * termsPerItem)
        part.weights.reserveCapacity(itemCount * termsPerItem)
        var longest = 0
        for item in 0..<itemCount { longest = max(longest, counts.itemStarts[item + 1] - counts.itemStarts[item]) }
        let entries = UnsafeMutableBufferPointer<Weighted>.allocate(capacity: longest)
        let scratch = UnsafeMutableBufferPointer<Weighted>.allocate(capacity: longest)
        defer {
            entries.deallocate()
            scratch.deallocate()
        }
        counts.terms.withUnsafeBufferPointer { rawTerms in
            counts.counts.withUnsafeBufferPointer { rawCounts in
                idf.withUnsafeBufferPointer { idf in
                    map.withUnsafeBufferPointer { map in
                        logs.withUnsafeBufferPointer { logs in
                            for item in 0..<itemCount {
                                let range = counts.itemStarts[item]..<counts.itemStarts[item + 1]
                                var sum = 0.0
                                for (e, k) in range.enumerated() {
                                    let t = map[Int(rawTerms[k])], c = Int(rawCounts[k])
                                    let w = (c < logs.count ? logs[c] : 1 + log(Double(c))) * idf[Int(t)]
                                    entries[e] = Weighted(weight: w, term: t)
                                    sum += w * w
                                }
                                let norm = sqrt(sum)
                                let top = min(termsPerItem, range.count)
                                let mine = UnsafeMutableBufferPointer(rebasing: entries[0..<range.count])
                                if top < range.count { selectFirst(top, of: mine, scratch: scratch) }
                                for e in mine[..<top] where df[Int(e.term)] > 1 && e.weight > 0 {
                                    part.terms.append(e.term)
                                    part.weights.append(Float(norm > 0 ? e.weight / norm : 0))
                                    part.termCounts[Int(e.term)] += 1
                                }
                                part.starts.append(part.terms.count)
                            }
                        }
                    }
                }
            }
        }
        return part
    }

    /// Moves the `k` entries that come first (`isBefore`) to the front, in no particular order:
    /// quickselect whose partition writes each entry to both ends of `scratch` and moves only the end
    /// it belongs to, so that it does not branch on the comparisons.
    private static func selectFirst(_ k: Int, of a: UnsafeMutableBufferPointer<Weighted>,
                                    scratch: UnsafeMutableBufferPointer<Weighted>) {
        var low = 0, high = a.count - 1
        while low < high {
            // The median of three goes to `high` as the pivot.
            let mid = low + (high - low) / 2
            if a[mid].isBefore(a[low]) { a.swapAt(mid, low) }
            if a[high].isBefore(a[low]) { a.swapAt(high, low) }
            if a[mid].isBefore(a[high]) { a.swapAt(high, mid) }
            let pivot = a[high]
            var before = low, after = high
            for i in low..<high {
                let e = a[i]
                scratch[before] = e
                scratch[after] = e
                let first = e.isBefore(pivot) ? 1 : 0
                before &+= first
                after &-= 1 &- first
            }
            scratch[before] = pivot
            for i in low...high { a[i] = scratch[i] }
            // a[low..<before] come before the pivot, now at `before`, and a[(before + 1)...high] after it.
            if k - 1 == before { return }
            if k - 1 < before { high = before - 1 } else { low = before + 1 }
        }
    }

    /// The parts' vectors one after the other, and their inverted lists: for each term, the items
    /// holding it in ascending order. Each part copies its vectors and fills its share of every
    /// inverted list at once with the others.
    private static func join(_ parts: [PartVectors], itemOffsets: [Int], termCount: Int)
        -> (vectorStarts: [Int], vectorTerms: [Int32], vectorWeights: [Float],
            postingStarts: [Int], postingItems: [Int32], postingWeights: [Float]) {
        var vectorOffsets = [0]
        for part in parts { vectorOffsets.append(vectorOffsets[vectorOffsets.count - 1] + part.terms.count) }
        let total = vectorOffsets[parts.count]
        // Where each term's list starts, and where each part's share of it starts.
        var postingStarts = [Int](repeating: 0, count: termCount + 1)
        var shares: [[Int]] = []
        var next = [Int](repeating: 0, count: termCount)
        for part in parts {
            shares.append(next)
            for t in 0..<termCount { next[t] += part.termCounts[t] }
        }
        for t in 0..<termCount { postingStarts[t + 1] = postingStarts[t] + next[t] }
        let itemCount = (itemOffsets.last ?? 0) + (parts.last.map { $0.starts.count - 1 } ?? 0)
        var vectorStarts = [Int](repeating: 0, count: itemCount + 1)
        var vectorTerms = [Int32](repeating: 0, count: total)
        var vectorWeights = [Float](repeating: 0, count: total)
        var postingItems = [Int32](repeating: 0, count: total)
        var postingWeights = [Float](repeating: 0, count: total)
        vectorStarts.withUnsafeMutableBufferPointer { vs in
            vectorTerms.withUnsafeMutableBufferPointer { vt in
                vectorWeights.withUnsafeMutableBufferPointer { vw in
                    postingItems.withUnsafeMutableBufferPointer { pi in
                        postingWeights.withUnsafeMutableBufferPointer { pw in
                            let out = Output(vectorStarts: vs, vectorTerms: vt, vectorWeights: vw, postingItems: pi, postingWeights: pw)
                            Parallel.forEach(parts.count) { p in
                                let part = parts[p], itemOffset = itemOffsets[p], vectorOffset = vectorOffsets[p]
                                var next = shares[p]
                                for i in 0..<(part.starts.count - 1) {
                                    out.vectorStarts[itemOffset + i + 1] = vectorOffset + part.starts[i + 1]
                                    for k in part.starts[i]..<part.starts[i + 1] {
                                        let t = Int(part.terms[k])
                                        out.vectorTerms[vectorOffset + k] = part.terms[k]
                                        out.vectorWeights[vectorOffset + k] = part.weights[k]
                                        let at = postingStarts[t] + next[t]
                                        out.postingItems[at] = Int32(itemOffset + i)
                                        out.postingWeights[at] = part.weights[k]
                                        next[t] += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (vectorStarts, vectorTerms, vectorWeights, postingStarts, postingItems, postingWeights)
    }

    /// The arrays `join` fills, shared by its threads: each part writes only its own places.
    private struct Output: @unchecked Sendable {
        let vectorStarts: UnsafeMutableBufferPointer<Int>
        let vectorTerms: UnsafeMutableBufferPointer<Int32>
        let vectorWeights: UnsafeMutableBufferPointer<Float>
        let postingItems: UnsafeMutableBufferPointer<Int32>
        let postingWeights: UnsafeMutableBufferPointer<Float>
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

import Foundation

/// The inverted index of one field: for each term, the documents holding it with a precomputed
/// BM25 term weight; plus each document's token ids (term positions, for phrases).
struct FieldPostings: Sendable {
    /// Postings of term t are `postingStart[t]..<postingStart[t+1]`, ordered by document.
    let postingStart: [Int32]
    let docs: [Int32]
    /// tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen)).
    let impacts: [Float]
    /// Inverse document frequency per term.
    let idf: [Float]
    /// Token ids of document d are `tokens[docStart[d]..<docStart[d+1]]` (-1 separates authors).
    let tokens: [Int32]
    let docStart: [Int32]
    /// For a one-letter prefix (terms starting with byte b, ids `byteTerms[b]`): each document holding
    /// such a term once, with its best weighted impact, in `prefixDocs[prefixStart[b]..<prefixStart[b+1]]`
    /// and `prefixBest`; what expanding the whole range would compute, without walking its postings.
    private(set) var prefixStart: [Int32] = []
    private(set) var prefixDocs: [Int32] = []
    private(set) var prefixBest: [Float] = []

    static let k1: Float = 1.2

    /// Builds postings from per-document token streams already mapped to sorted term ids.
    init(tokens: [Int32], docStart: [Int32], termCount: Int, b: Float) {
        let docCount = docStart.count - 1
        var count = [Int32](repeating: 0, count: termCount + 1)
        var last = [Int32](repeating: -1, count: termCount)
        var totalLength = 0
        for d in 0..<docCount {
            let d32 = Int32(d)
            for p in Int(docStart[d])..<Int(docStart[d + 1]) {
                let t = Int(tokens[p])
                if t < 0 { continue }
                totalLength += 1
                if last[t] != d32 { last[t] = d32; count[t] += 1 }
            }
        }
        var start = [Int32](repeating: 0, count: termCount + 1)
        var acc: Int32 = 0
        for t in 0..<termCount { start[t] = acc; acc += count[t] }
        start[termCount] = acc
        let total = Int(acc)
        var docs = [Int32](repeating: 0, count: total)
        var tf = [Float](repeating: 0, count: total)
        var cursor = start
        var slot = [Int32](repeating: 0, count: termCount)
        for t in 0..<termCount { last[t] = -1 }
        var lengths = [Float](repeating: 0, count: docCount)
        for d in 0..<docCount {
            let d32 = Int32(d)
            var len = 0
            for p in Int(docStart[d])..<Int(docStart[d + 1]) {
                let t = Int(tokens[p])
                if t < 0 { continue }
                len += 1
                if last[t] != d32 {
                    last[t] = d32
                    let s = cursor[t]
                    cursor[t] += 1
                    slot[t] = s
                    docs[Int(s)] = d32
                }
                tf[Int(slot[t])] += 1
            }
            lengths[d] = Float(len)
        }
        // Average over the documents that have this field at all (papers have no authors or session).
        let nonEmpty = lengths.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let avg = max(1, Float(totalLength) / Float(max(nonEmpty, 1)))
        let k1 = FieldPostings.k1
        for i in 0..<total {
            let f = tf[i]
            let norm = k1 * (1 - b + b * lengths[Int(docs[i])] / avg)
            tf[i] = f * (k1 + 1) / (f + norm)
        }
        var idf = [Float](repeating: 0, count: termCount)
        let n = Float(docCount)
        for t in 0..<termCount {
            let df = Float(count[t])
            idf[t] = df == 0 ? 0 : logf(1 + (n - df + 0.5) / (df + 0.5))
        }
        self.postingStart = start
        self.docs = docs
        self.impacts = tf
        self.idf = idf
        self.tokens = tokens
        self.docStart = docStart
    }

    /// Precomputes the one-letter prefix lists; `weight(t)` is the prefix weight of term t.
    mutating func buildPrefixLists(byteTerms: [Range<Int>], docCount: Int, weight: (Int) -> Float) {
        var start: [Int32] = [0]
        start.reserveCapacity(257)
        var outDocs: [Int32] = []
        var outBest: [Float] = []
        var best = [Float](repeating: 0, count: docCount)
        for b in 0..<256 {
            let terms = byteTerms[b]
            var touched: [Int32] = []
            for t in terms {
                let a = Int(postingStart[t]), e = Int(postingStart[t + 1])
                if a == e { continue }
                let w = weight(t)
                for q in a..<e {
                    let d = Int(docs[q])
                    let v = w * impacts[q]
                    let old = best[d]
                    if old == 0 { touched.append(Int32(d)) }
                    if v > old { best[d] = v }
                }
            }
            touched.sort()
            for d in touched {
                outDocs.append(d)
                outBest.append(best[Int(d)])
                best[Int(d)] = 0
            }
            start.append(Int32(outDocs.count))
        }
        prefixStart = start
        prefixDocs = outDocs
        prefixBest = outBest
    }

    func documentFrequency(_ t: Int) -> Int { Int(postingStart[t + 1] - postingStart[t]) }

    /// Whether document d holds the term sequence `ids` at consecutive positions.
    func containsSequence(_ ids: [Int32], in d: Int) -> Bool {
        let a = Int(docStart[d]), e = Int(docStart[d + 1])
        let n = ids.count
        guard n > 0, e - a >= n else { return false }
        return tokens.withUnsafeBufferPointer { tokens in
            ids.withUnsafeBufferPointer { ids in
                let first = ids[0]
                var p = a
                let last = e - n
                while p <= last {
                    if tokens[p] == first {
                        var k = 1
                        while k < n && tokens[p + k] == ids[k] { k += 1 }
                        if k == n { return true }
                    }
                    p += 1
                }
                return false
            }
        }
    }

    /// Whether document d holds any term with id in `range`.
    func containsAny(_ range: Range<Int>, in d: Int) -> Bool {
        let lo = Int32(range.lowerBound), hi = Int32(range.upperBound)
        for p in Int(docStart[d])..<Int(docStart[d + 1]) where tokens[p] >= lo && tokens[p] < hi { return true }
        return false
    }
}

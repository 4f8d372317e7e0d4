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
    /// Token ids of document d are `tokens[docStart[d]..<docStart[d+1]]` (a separator between authors).
    let tokens: TokenColumn
    let docStart: [Int32]
    /// For a one-letter prefix (terms starting with byte b, ids `byteTerms[b]`): each document holding
    /// such a term once, with its best weighted impact, in `prefixDocs[prefixStart[b]..<prefixStart[b+1]]`
    /// and `prefixBest`; what expanding the whole range would compute, without walking its postings.
    private(set) var prefixStart: [Int32] = []
    private(set) var prefixDocs: [Int32] = []
    private(set) var prefixBest: [Float] = []

    static let k1: Float = 1.2

    /// Builds postings from per-document token streams already mapped to sorted term ids. The
    /// documents are split into `parts` runs, counted and filled in parallel: each run writes its
    /// postings into its own slots of every term's list, so lists stay in document order.
    init<T: TokenID>(tokens: [T], docStart: [Int32], termCount: Int, b: Float, parts: Int = 1) {
        let docCount = docStart.count - 1
        let runs = Parallel.chunks(docCount, parts: parts)
        let tokenBuffer = Parallel.UncheckedSendable(tokens)
        // Per run: how many of its documents hold each term, and its number of words.
        let counted: [(count: [Int32], words: Int)] = Parallel.map(runs.count) { r in
            var count = [Int32](repeating: 0, count: termCount)
            var last = [Int32](repeating: -1, count: termCount)
            var words = 0
            tokenBuffer.value.withUnsafeBufferPointer { tokens in
                for d in runs[r] {
                    let d32 = Int32(d)
                    for p in Int(docStart[d])..<Int(docStart[d + 1]) {
                        let t = tokens[p].termIndex
                        if t < 0 { continue }
                        words += 1
                        if last[t] != d32 { last[t] = d32; count[t] += 1 }
                    }
                }
            }
            return (count, words)
        }
        var start = [Int32](repeating: 0, count: termCount + 1)
        var df = [Int32](repeating: 0, count: termCount)
        // Where each run's postings of term t begin.
        var runStart = [[Int32]](repeating: [], count: runs.count)
        var acc: Int32 = 0
        for t in 0..<termCount {
            start[t] = acc
            for r in runs.indices {
                if runStart[r].isEmpty { runStart[r].reserveCapacity(termCount) }
                runStart[r].append(acc)
                acc += counted[r].count[t]
            }
            df[t] = acc - start[t]
        }
        start[termCount] = acc
        let total = Int(acc)
        let totalLength = counted.reduce(0) { $0 + $1.words }

        var lengths = [Float](repeating: 0, count: docCount)
        // Every slot is written by the fill below (tf on a term's first occurrence in a document), so
        // the arrays start uninitialized: no serial pass to zero them, and pages are first touched in parallel.
        var docs = [Int32](unsafeUninitializedCapacity: total) { _, count in count = total }
        var tf = [Float](unsafeUninitializedCapacity: total) { _, count in count = total }
        docs.withUnsafeMutableBufferPointer { docsOut in
            tf.withUnsafeMutableBufferPointer { tfOut in
                lengths.withUnsafeMutableBufferPointer { lengthsOut in
                    let out = Parallel.UncheckedSendable((docsOut, tfOut, lengthsOut))
                    Parallel.forEach(runs.count) { r in
                        let (docs, tf, lengths) = out.value
                        var cursor = runStart[r]
                        var last = [Int32](repeating: -1, count: termCount)
                        var slot = [Int32](repeating: 0, count: termCount)
                        tokenBuffer.value.withUnsafeBufferPointer { tokens in
                            for d in runs[r] {
                                let d32 = Int32(d)
                                var len = 0
                                for p in Int(docStart[d])..<Int(docStart[d + 1]) {
                                    let t = tokens[p].termIndex
                                    if t < 0 { continue }
                                    len += 1
                                    if last[t] != d32 {
                                        last[t] = d32
                                        let s = cursor[t]
                                        cursor[t] += 1
                                        slot[t] = s
                                        docs[Int(s)] = d32
                                        tf[Int(s)] = 1
                                    } else {
                                        tf[Int(slot[t])] += 1
                                    }
                                }
                                lengths[d] = Float(len)
                            }
                        }
                    }
                }
            }
        }
        // Average over the documents that have this field at all (papers have no authors or session).
        let nonEmpty = lengths.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let avg = max(1, Float(totalLength) / Float(max(nonEmpty, 1)))
        let k1 = FieldPostings.k1
        let postingRuns = Parallel.chunks(total, parts: runs.count)
        tf.withUnsafeMutableBufferPointer { tfOut in
            let out = Parallel.UncheckedSendable(tfOut)
            Parallel.forEach(postingRuns.count) { r in
                for i in postingRuns[r] {
                    let f = out.value[i]
                    let norm = k1 * (1 - b + b * lengths[Int(docs[i])] / avg)
                    out.value[i] = f * (k1 + 1) / (f + norm)
                }
            }
        }
        var idf = [Float](repeating: 0, count: termCount)
        let n = Float(docCount)
        for t in 0..<termCount {
            let df = Float(df[t])
            idf[t] = FieldPostings.idf(documentFrequency: df, documents: n)
        }
        self.postingStart = start
        self.docs = docs
        self.impacts = tf
        self.idf = idf
        self.tokens = T.column(tokens)
        self.docStart = docStart
    }

    /// Postings from their parts, as an encoded index holds them (checked by the decoder).
    init(postingStart: [Int32], docs: [Int32], impacts: [Float], idf: [Float], tokens: TokenColumn, docStart: [Int32],
         prefixStart: [Int32], prefixDocs: [Int32], prefixBest: [Float]) {
        self.postingStart = postingStart
        self.docs = docs
        self.impacts = impacts
        self.idf = idf
        self.tokens = tokens
        self.docStart = docStart
        self.prefixStart = prefixStart
        self.prefixDocs = prefixDocs
        self.prefixBest = prefixBest
    }

    /// Precomputes the one-letter prefix lists; `weight(t)` is the prefix weight of term t. The 256
    /// first bytes are shared out between cores by how many postings they cover; each part builds
    /// its bytes' lists with a scratch array of its own, and the lists are joined in byte order.
    mutating func buildPrefixLists(byteTerms: [Range<Int>], docCount: Int, parts: Int = 1, weight: (Int) -> Float) {
        let postingStart = self.postingStart, docs = self.docs, impacts = self.impacts
        let load = byteTerms.map { Int(postingStart[$0.upperBound] - postingStart[$0.lowerBound]) }
        let total = max(1, load.reduce(0, +))
        // Byte ranges of about equal work.
        var cuts = [0]
        var acc = 0
        for b in 0..<256 {
            acc += load[b]
            if cuts.count < parts, acc * parts >= total * cuts.count, b + 1 < 256 { cuts.append(b + 1) }
        }
        cuts.append(256)
        let lists: [(docs: [Int32], best: [Float], counts: [Int32])] = Parallel.map(cuts.count - 1) { part in
            var outDocs: [Int32] = [], outBest: [Float] = [], counts: [Int32] = []
            var best = [Float](repeating: 0, count: docCount)
            var touched: [Int32] = []
            for b in cuts[part]..<cuts[part + 1] {
                touched.removeAll(keepingCapacity: true)
                for t in byteTerms[b] {
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
                let before = outDocs.count
                // Collect in document order: a scan of the marks is cheaper than sorting when many match.
                if touched.count * 16 > docCount {
                    for d in 0..<docCount where best[d] != 0 {
                        outDocs.append(Int32(d))
                        outBest.append(best[d])
                        best[d] = 0
                    }
                } else {
                    touched.sort()
                    for d in touched {
                        outDocs.append(d)
                        outBest.append(best[Int(d)])
                        best[Int(d)] = 0
                    }
                }
                counts.append(Int32(outDocs.count - before))
            }
            return (outDocs, outBest, counts)
        }
        var start: [Int32] = [0]
        start.reserveCapacity(257)
        for list in lists {
            for c in list.counts { start.append(start[start.count - 1] + c) }
        }
        prefixStart = start
        prefixDocs = lists.flatMap(\.docs)
        prefixBest = lists.flatMap(\.best)
    }

    func documentFrequency(_ t: Int) -> Int { Int(postingStart[t + 1] - postingStart[t]) }

    /// Inverse document frequency of a set of terms: of term t alone, or for a range of completions
    /// the idf their postings would have together (at most every document).
    func idf(of terms: Range<Int>) -> Float {
        if terms.count == 1 { return idf[terms.lowerBound] }
        let n = Float(docStart.count - 1)
        let df = min(n, Float(postingStart[terms.upperBound] - postingStart[terms.lowerBound]))
        return FieldPostings.idf(documentFrequency: df, documents: n)
    }

    /// BM25's inverse document frequency of a term held by `df` of `n` documents (0 when none hold it).
    static func idf(documentFrequency df: Float, documents n: Float) -> Float {
        df == 0 ? 0 : logf(1 + (n - df + 0.5) / (df + 0.5))
    }
}

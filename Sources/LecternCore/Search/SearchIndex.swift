import Foundation

/// Answers queries over a corpus: an inverted index per text field (sorted term dictionary with
/// integer term ids, postings with precomputed BM25 weights, token streams for phrases) plus
/// per-item filter columns. Built once per corpus and immutable afterwards, so it is shared freely.
public final class SearchIndex: Sendable {
    public let corpus: Corpus
    let dictionary: TermDictionary
    /// Indexed by `SearchField.rawValue`.
    let fields: [FieldPostings]
    /// Internal document ids are in tie-break order (start time, then title); `order` maps them to item indices.
    let order: [Int32]
    let kinds: [UInt8]
    /// Slot starts by document, for the time filters in a zone other than the slots' own.
    let starts: [Timestamp?]
    /// Slot ends by document, for `is:now`.
    let ends: [Timestamp?]
    /// Weekday and minute of the slot starts in the slots' own (conference) zone.
    let ownClock: SlotClock
    let documentById: [String: Int32]
    /// Indexed by `ItemAttribute.rawValue`.
    let attributes: [AttributeColumn]

    /// Multiplier for a word found only through one edit.
    static let fuzzyWeight: Float = 0.3
    static let phraseBoost: Float = 1.3

    public convenience init(corpus: Corpus) {
        self.init(corpus: corpus, parts: nil, narrowTokens: nil)
    }

    /// Builds the index in `parts` parallel parts (by default one per core for a large corpus);
    /// the index is the same for any number of parts. `narrowTokens` false forces four-byte token ids.
    init(corpus: Corpus, parts requested: Int?, narrowTokens: Bool? = nil) {
        self.corpus = corpus
        let items = corpus.items
        let n = items.count
        var sessions: [String: Session] = [:]
        for s in corpus.sessions { sessions[s.id] = s }

        // Tie-break order: start time (papers last), then title, then position in the corpus.
        let startKeys = items.map { $0.start?.epochSeconds ?? Int64.max }
        // The first sixteen bytes of each lowercased title as two numbers (ASCII is lowercased here, cheaply).
        let titleKeys: [(UInt64, UInt64)] = items.map { SearchIndex.titleKey($0.title) }
        var sortedOrder = Array(0..<n)
        sortedOrder.sort { a, b in
            let ka = startKeys[a], kb = startKeys[b]
            if ka != kb { return ka < kb }
            let ta = titleKeys[a], tb = titleKeys[b]
            if ta.0 != tb.0 { return ta.0 < tb.0 }
            return ta.1 != tb.1 ? ta.1 < tb.1 : a < b
        }
        // Titles alike in their first sixteen bytes: by the whole lowercased title, then corpus position.
        var i = 0
        while i < n {
            var j = i + 1
            let a = sortedOrder[i]
            while j < n, startKeys[sortedOrder[j]] == startKeys[a], titleKeys[sortedOrder[j]] == titleKeys[a] { j += 1 }
            if j - i > 1 {
                sortedOrder[i..<j].sort { a, b in
                    let order = SearchIndex.compareLowercased(items[a].title, items[b].title)
                    return order != 0 ? order < 0 : a < b
                }
            }
            i = j
        }
        order = sortedOrder.map { Int32($0) }

        var kinds = [UInt8](repeating: 0, count: n)
        var byId: [String: Int32] = [:]
        byId.reserveCapacity(n)
        for (d, i) in sortedOrder.enumerated() {
            byId[items[i].id] = Int32(d)
            kinds[d] = UInt8(ItemKind.allCases.firstIndex(of: items[i].kind) ?? 0)
        }

        let parts = requested ?? (n < TokenStreams.parallelThreshold ? 1 : Parallel.width)
        var streams = TokenStreams(documents: n, parts: parts, narrow: narrowTokens) { d, add in
            // Fields read in place: copying the whole item would retain and release each of its texts.
            let k = sortedOrder[d]
            add(.title, items[k].title)
            for author in items[k].authors { add(.authors, author) }
            add(.abstract, items[k].abstract)
            if let sid = items[k].sessionId, let session = sessions[sid] {
                add(.session, session.title)
                if let m = session.moderator { add(.moderator, m) }
            }
        }
        let dictionary = streams.dictionary
        self.dictionary = dictionary
        let termCount = dictionary.count
        var built: [FieldPostings] = []
        for f in SearchField.allCases {
            let column = streams.tokens[f.rawValue]
            streams.tokens[f.rawValue] = .wide([])
            let starts = streams.docStart[f.rawValue], b = f.lengthNormalization
            switch column {
            case .narrow(let tokens):
                built.append(FieldPostings(tokens: tokens, docStart: starts, termCount: termCount, b: b, parts: parts))
            case .wide(let tokens):
                built.append(FieldPostings(tokens: tokens, docStart: starts, termCount: termCount, b: b, parts: parts))
            }
        }
        // The one-letter prefix lists of every field.
        var byteTerms: [Range<Int>] = []
        for b in 0..<256 { byteTerms.append(dictionary.range(prefix: [UInt8(b)])) }
        for f in built.indices {
            built[f].buildPrefixLists(byteTerms: byteTerms, docCount: n, parts: parts) { t in
                SearchIndex.prefixWeight(term: t, exact: dictionary.length(t) == 1 ? t : nil, prefixLength: 1, dictionary)
            }
        }
        fields = built
        self.kinds = kinds
        starts = sortedOrder.map { items[$0].start }
        ends = sortedOrder.map { items[$0].end }
        ownClock = SlotClock(starts: starts)
        documentById = byId
        var conferences: [String: Conference] = [:]
        for c in corpus.conferences ?? [] { conferences[c.id] = c }
        // Read in place: an `Item` copied out of the array per document and attribute costs a
        // retain and a release of each of its fields.
        attributes = items.withUnsafeBufferPointer { items in
            ItemAttribute.allCases.map { a in
                AttributeColumn(count: n) { d in a.values(of: items[sortedOrder[d]], conferences: conferences) }
            }
        }
    }

    /// An index from its parts, as `decoded(from:corpus:identity:)` reads them back; what is cheap
    /// to derive from the corpus and `order` (kinds, slot times, ids) is derived here as the build does.
    init(corpus: Corpus, dictionary: TermDictionary, fields: [FieldPostings], order: [Int32], ownClock: SlotClock,
         attributes: [AttributeColumn]) {
        self.corpus = corpus
        self.dictionary = dictionary
        self.fields = fields
        self.order = order
        var kinds = [UInt8](repeating: 0, count: order.count)
        var byId: [String: Int32] = [:]
        byId.reserveCapacity(order.count)
        var starts: [Timestamp?] = [], ends: [Timestamp?] = []
        starts.reserveCapacity(order.count)
        ends.reserveCapacity(order.count)
        // Read in place, as the build does: copying an `Item` out retains each of its fields.
        corpus.items.withUnsafeBufferPointer { items in
            for (d, i) in order.enumerated() {
                byId[items[Int(i)].id] = Int32(d)
                kinds[d] = UInt8(ItemKind.allCases.firstIndex(of: items[Int(i)].kind) ?? 0)
                starts.append(items[Int(i)].start)
                ends.append(items[Int(i)].end)
            }
        }
        self.kinds = kinds
        documentById = byId
        self.starts = starts
        self.ends = ends
        self.ownClock = ownClock
        self.attributes = attributes
    }

    /// The first sixteen bytes of the lowercased `title` as two big-endian numbers: ASCII titles are
    /// lowercased byte by byte, others through `lowercased()`.
    static func titleKey(_ title: String) -> (UInt64, UInt64) {
        var k0: UInt64 = 0, k1: UInt64 = 0, c = 0
        for b in title.utf8.prefix(16) {
            if b >= 0x80 {
                let lower = Array(title.lowercased().utf8.prefix(16))
                return (headKey(lower.prefix(8)), headKey(lower.dropFirst(8)))
            }
            let folded = UInt64(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            if c < 8 { k0 = k0 << 8 | folded } else { k1 = k1 << 8 | folded }
            c += 1
        }
        return (k0 << UInt64(8 * (8 - min(c, 8))), k1 << UInt64(8 * (8 - max(c - 8, 0))))
    }

    /// The first eight bytes of `bytes` as one big-endian number.
    static func headKey<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
        var k: UInt64 = 0, c = 0
        for b in bytes.prefix(8) { k = k << 8 | UInt64(b); c += 1 }
        return k << UInt64(8 * (8 - c))
    }

    /// How `a.lowercased()` compares with `b.lowercased()` (-1, 0, 1): byte by byte for ASCII titles,
    /// without making the lowercased strings; through them otherwise.
    static func compareLowercased(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        let fast: Int? = a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                for k in 0..<n {
                    let p = x[k], q = y[k]
                    if p >= 0x80 || q >= 0x80 { return nil }
                    let u = p >= 0x41 && p <= 0x5A ? p + 32 : p, v = q >= 0x41 && q <= 0x5A ? q + 32 : q
                    if u != v { return u < v ? -1 : 1 }
                }
                // Equal so far: the rest of the longer one decides, if it is ASCII.
                let rest = x.count > n ? x[n...] : y[n...]
                if rest.contains(where: { $0 >= 0x80 }) { return nil }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
        if let fast { return fast }
        let u = a.lowercased(), v = b.lowercased()
        return u == v ? 0 : (u < v ? -1 : 1)
    }

    /// Position in `corpus.items` of the item with this id.
    public func itemIndex(id: String) -> Int? {
        documentById[id].map { Int(order[Int($0)]) }
    }

    /// Number of distinct words indexed.
    public var termCount: Int { dictionary.count }

    /// Item indices matching `query`, best first. `timeZone` (an IANA id) is the zone `day:`,
    /// `after:` and `before:` read slot starts in: the viewer's, as the screen shows them; nil reads
    /// each slot in its own (conference) zone. `now` is what `is:now` and `is:upcoming` compare
    /// with (nil: they match nothing); `changed` holds the ids `is:changed` finds, `shared` those
    /// of `is:shared` (the items of other people's imported plans), `seen` those of `is:seen`
    /// (`is:unseen` finds the rest).
    public func search(_ query: String, bookmarks: Bookmarks = Bookmarks(), timeZone: String? = nil,
                       now: Timestamp? = nil, changed: Set<String> = [], shared: Set<String> = [],
                       seen: Set<String> = []) -> SearchOutcome {
        let parsed = Query(parsing: query)
        if let error = parsed.error { return SearchOutcome(results: [], error: error) }
        return search(parsed, bookmarks: bookmarks, timeZone: timeZone, now: now, changed: changed, shared: shared, seen: seen)
    }

    /// Runs a parsed query. Every positive clause must match; negated clauses exclude.
    public func search(_ query: Query, bookmarks: Bookmarks = Bookmarks(), timeZone: String? = nil,
                       now: Timestamp? = nil, changed: Set<String> = [], shared: Set<String> = [],
                       seen: Set<String> = []) -> SearchOutcome {
        let n = order.count
        let clock = slotClock(for: query, timeZone: timeZone)
        let facts = Facts(bookmarks: bookmarks, clock: clock, now: now, changed: changed, shared: shared, seen: seen)
        let positives = query.clauses.filter { !$0.negated }.prefix(Int(UInt16.max) - 2)
        let negatives = query.clauses.filter(\.negated)
        var mc = [UInt16](repeating: 0, count: n)
        var score = [Float](repeating: 0, count: n)
        var notes: [String] = []
        for (k, clause) in positives.enumerated() {
            for alt in clause.alternatives {
                accumulate(alt, clause: UInt16(k), mc: &mc, score: &score, facts: facts, notes: &notes)
            }
        }
        for clause in negatives {
            for alt in clause.alternatives {
                forEachMatch(alt, facts: facts) { d in mc[d] = UInt16.max }
            }
        }
        let target = UInt16(positives.count)
        // Keys are made in document order, so only the score half needs sorting.
        var keys: [UInt64] = []
        keys.reserveCapacity(n)
        mc.withUnsafeBufferPointer { mc in
            score.withUnsafeBufferPointer { score in
                for d in 0..<n where mc[d] == target {
                    keys.append(UInt64(~score[d].bitPattern) << 32 | UInt64(d))
                }
            }
        }
        RadixSort.sort(&keys, lowHalfSorted: true)
        var results = [Int](repeating: 0, count: keys.count)
        var scores = [Double](repeating: 0, count: keys.count)
        for (i, key) in keys.enumerated() {
            let d = Int(key & 0xFFFF_FFFF)
            results[i] = Int(order[d])
            scores[i] = Double(score[d])
        }
        return SearchOutcome(results: results, note: notes.isEmpty ? nil : notes.joined(separator: "; "), scores: scores)
    }

    /// The text fields of item `item` that a positive word or phrase of `query` matched.
    public func matchedFields(_ query: String, item: Int) -> [SearchField] {
        guard let doc = order.firstIndex(of: Int32(item)) else { return [] }
        let parsed = Query(parsing: query)
        var found = Set<SearchField>()
        for clause in parsed.clauses where !clause.negated {
            for alt in clause.alternatives {
                switch alt {
                case .word(let w, let prefix, let fs):
                    var ranges = [termRange(Array(w.utf8), prefix: prefix)]
                    let scoped = fs ?? SearchField.allCases
                    if !scoped.contains(where: { fields[$0.rawValue].containsAny(ranges[0], in: doc) }), w.count >= 5 {
                        ranges = fuzzyTerms(Array(w.utf8)).prefix(1).map { dictionary.range(prefix: Array(dictionary.termBytes($0))) }
                    }
                    for f in scoped where ranges.contains(where: { fields[f.rawValue].containsAny($0, in: doc) }) { found.insert(f) }
                case .phrase(let ws, let prefix, let fs):
                    guard let phrase = PhrasePattern(ws, prefix: prefix, dictionary: dictionary) else { continue }
                    for f in fs ?? SearchField.allCases where fields[f.rawValue].contains(phrase, in: doc) { found.insert(f) }
                default: continue
                }
            }
        }
        return SearchField.allCases.filter { found.contains($0) }
    }

    // MARK: - evaluation

    private func termRange(_ word: [UInt8], prefix: Bool) -> Range<Int> {
        if prefix { return dictionary.range(prefix: word) }
        guard let id = dictionary.id(of: word) else { return 0..<0 }
        return id..<(id + 1)
    }

    /// Terms within one edit of `word` (or of a prefix of a longer term), best first: whole-word
    /// corrections before prefix ones, then by how common the term is.
    func fuzzyTerms(_ word: [UInt8]) -> [Int] {
        guard word.count >= 2 else { return [] }
        var ranges = [dictionary.range(prefix: [word[0]])]
        if word[1] != word[0] { ranges.append(dictionary.range(prefix: [word[1]])) }
        var found: [(id: Int, whole: Bool, df: Int)] = []
        let n = word.count
        for r in ranges {
            for t in r {
                let term = dictionary.termBytes(t)
                let whole = EditDistance.withinOne(word, term)
                var partial = false
                if !whole, term.count > n {
                    let s = term.startIndex
                    partial = EditDistance.withinOne(word, term[s..<(s + n)])
                        || EditDistance.withinOne(word, term[s..<(s + n + 1)])
                        || (n > 5 && EditDistance.withinOne(word, term[s..<(s + n - 1)]))
                }
                if whole || partial {
                    let df = fields.reduce(0) { $0 + $1.documentFrequency(t) }
                    found.append((t, whole, df))
                }
            }
        }
        found.sort { a, b in a.whole != b.whole ? a.whole : (a.df != b.df ? a.df > b.df : a.id < b.id) }
        return found.prefix(24).map(\.id)
    }

    /// Adds the matches of one alternative of positive clause `k`: documents that matched the first
    /// k clauses move to k+1 and gain score.
    private func accumulate(_ term: QueryTerm, clause k: UInt16, mc: inout [UInt16], score: inout [Float],
                            facts: Facts, notes: inout [String]) {
        switch term {
        case .word(let w, let prefix, let fs):
            let word = Array(w.utf8)
            let scoped = fs ?? SearchField.allCases
            let range = termRange(word, prefix: prefix)
            let exact = dictionary.id(of: word)
            let any = scoped.contains { f in
                let p = fields[f.rawValue]
                return !range.isEmpty && p.postingStart[range.upperBound] > p.postingStart[range.lowerBound]
            }
            if any {
                let oneByte = prefix && word.count == 1 ? word.first : nil
                for f in scoped {
                    addBest(f, terms: range, clause: k, mc: &mc, score: &score, oneByte: oneByte) { t in
                        SearchIndex.prefixWeight(term: t, exact: exact, prefixLength: word.count, self.dictionary)
                    }
                }
            } else if w.count >= 5 {
                guard let best = fuzzyTerms(word).first else { return }
                notes.append("no match for “\(w)”; showing results for “\(dictionary.term(best))”")
                let corrected = dictionary.range(prefix: Array(dictionary.termBytes(best)))
                for f in scoped {
                    addBest(f, terms: corrected, clause: k, mc: &mc, score: &score) { t in
                        t == best ? SearchIndex.fuzzyWeight : SearchIndex.fuzzyWeight * 0.8
                    }
                }
            }
        case .phrase(let ws, let prefix, let fs):
            guard let phrase = PhrasePattern(ws, prefix: prefix, dictionary: dictionary) else { return }
            for f in fs ?? SearchField.allCases {
                let p = fields[f.rawValue]
                // Candidates come from the postings of the phrase's rarest exact word.
                guard let rarest = phrase.leading.min(by: { p.documentFrequency(Int($0)) < p.documentFrequency(Int($1)) }),
                      p.documentFrequency(Int(rarest)) > 0 else { continue }
                let lastIdf = p.idf(of: Int(phrase.last.lowerBound)..<Int(phrase.last.upperBound))
                let s0 = f.weight * SearchIndex.phraseBoost * (phrase.leading.reduce(Float(0)) { $0 + p.idf[Int($1)] } + lastIdf)
                let k1 = k + 1
                let candidates = Int(p.postingStart[Int(rarest)])..<Int(p.postingStart[Int(rarest) + 1])
                // Checking a phrase reads each candidate's words; many candidates are split between
                // cores (postings are in document order, so the parts touch disjoint documents).
                let parts = candidates.count >= 8_192 ? Parallel.width : 1
                let runs = Parallel.chunks(candidates.count, parts: parts)
                mc.withUnsafeMutableBufferPointer { mc in
                    score.withUnsafeMutableBufferPointer { score in
                        let out = Parallel.UncheckedSendable((mc, score))
                        Parallel.forEach(runs.count) { r in
                            let (mc, score) = out.value
                            for q in runs[r] {
                                let posting = candidates.lowerBound + q
                                let d = Int(p.docs[posting])
                                if mc[d] &- k < 2 && p.contains(phrase, in: d) {
                                    mc[d] = k1
                                    score[d] += s0 * p.impacts[posting]
                                }
                            }
                        }
                    }
                }
            }
        default:
            let k1 = k + 1
            forEachMatch(term, facts: facts) { d in
                if mc[d] &- k < 2 { mc[d] = k1 }
            }
        }
    }

    /// Weight of term t for a query word of `prefixLength` bytes: the word itself above its completions,
    /// and short completions above long ones.
    @inline(__always)
    static func prefixWeight(term t: Int, exact: Int?, prefixLength: Int, _ dictionary: TermDictionary) -> Float {
        t == exact ? 1 : 0.45 + 0.3 * Float(prefixLength) / Float(dictionary.length(t))
    }

    /// For each posting `q` in `range`: a document still counting for clause `k` is marked as
    /// matching it and gains `scale × weights[q]`.
    @inline(__always)
    private static func accumulate(_ docs: [Int32], _ weights: [Float], _ range: Range<Int>, scale: Float, clause k: UInt16,
                                   mc: inout [UInt16], score: inout [Float]) {
        let k1 = k + 1
        docs.withUnsafeBufferPointer { docs in
            weights.withUnsafeBufferPointer { weights in
                mc.withUnsafeMutableBufferPointer { mc in
                    score.withUnsafeMutableBufferPointer { score in
                        for q in range {
                            let d = Int(docs[q])
                            if mc[d] &- k < 2 { mc[d] = k1; score[d] += scale * weights[q] }
                        }
                    }
                }
            }
        }
    }

    /// Scores one field for a word clause whose expansion is the term id range `terms`: each document
    /// counts its best expansion once (weight × impact), and the idf is that of the whole prefix
    /// (documents holding any expansion), so frequent completions are not drowned by rare ones.
    private func addBest(_ f: SearchField, terms: Range<Int>, clause k: UInt16, mc: inout [UInt16],
                         score: inout [Float], oneByte: UInt8? = nil, weight: (Int) -> Float) {
        let p = fields[f.rawValue]
        guard !terms.isEmpty else { return }
        let lo = Int(p.postingStart[terms.lowerBound]), hi = Int(p.postingStart[terms.upperBound])
        guard lo < hi else { return }
        let s0 = f.weight * p.idf(of: terms)
        let k1 = k + 1
        if terms.count == 1 {
            Self.accumulate(p.docs, p.impacts, lo..<hi, scale: weight(terms.lowerBound) * s0, clause: k, mc: &mc, score: &score)
            return
        }
        if let b = oneByte {
            // A one-letter prefix: the best expansion per document is precomputed.
            let a = Int(p.prefixStart[Int(b)]), e = Int(p.prefixStart[Int(b) + 1])
            Self.accumulate(p.prefixDocs, p.prefixBest, a..<e, scale: s0, clause: k, mc: &mc, score: &score)
            return
        }
        var best = [Float](repeating: 0, count: order.count)
        var touched: [Int32] = []
        p.docs.withUnsafeBufferPointer { docs in
            p.impacts.withUnsafeBufferPointer { impacts in
                mc.withUnsafeBufferPointer { mc in
                    best.withUnsafeMutableBufferPointer { best in
                        for t in terms {
                            let a = Int(p.postingStart[t]), e = Int(p.postingStart[t + 1])
                            if a == e { continue }
                            let w = weight(t)
                            for q in a..<e {
                                let d = Int(docs[q])
                                guard mc[d] &- k < 2 else { continue }
                                let v = w * impacts[q]
                                let old = best[d]
                                if old == 0 { touched.append(Int32(d)) }
                                if v > old { best[d] = v }
                            }
                        }
                    }
                }
            }
        }
        for d32 in touched {
            let d = Int(d32)
            mc[d] = k1
            score[d] += s0 * best[d]
        }
    }

    /// Calls `body` with every document (internal id) that `term` matches, possibly more than once.
    /// What a search reads besides the index: the user's bookmarks, the slot clock of its zone,
    /// the time, the ids a re-import changed and those in other people's plans.
    private struct Facts {
        var bookmarks: Bookmarks
        var clock: SlotClock
        var now: Timestamp?
        var changed: Set<String>
        var shared: Set<String>
        var seen: Set<String>
    }

    private func forEachMatch(_ term: QueryTerm, facts: Facts, _ body: (Int) -> Void) {
        let bookmarks = facts.bookmarks, clock = facts.clock
        switch term {
        case .word(let w, let prefix, let fs):
            let range = termRange(Array(w.utf8), prefix: prefix)
            guard !range.isEmpty else { return }
            for f in fs ?? SearchField.allCases {
                let p = fields[f.rawValue]
                for q in Int(p.postingStart[range.lowerBound])..<Int(p.postingStart[range.upperBound]) { body(Int(p.docs[q])) }
            }
        case .phrase(let ws, let prefix, let fs):
            guard let phrase = PhrasePattern(ws, prefix: prefix, dictionary: dictionary) else { return }
            let first = Int(phrase.leading[0])
            for f in fs ?? SearchField.allCases {
                let p = fields[f.rawValue]
                for q in Int(p.postingStart[first])..<Int(p.postingStart[first + 1]) {
                    let d = Int(p.docs[q])
                    if p.contains(phrase, in: d) { body(d) }
                }
            }
        case .kind(let kind):
            let code = UInt8(ItemKind.allCases.firstIndex(of: kind) ?? 0)
            for d in kinds.indices where kinds[d] == code { body(d) }
        case .bookmarked:
            for id in bookmarks.entries.keys { if let d = documentById[id] { body(Int(d)) } }
        case .noted:
            for (id, b) in bookmarks.entries {
                if let note = b.note, !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, let d = documentById[id] { body(Int(d)) }
            }
        case .attribute(let a, let words, let prefix):
            attributes[a.rawValue].forEachMatch(words, prefix: prefix, body)
        case .changed:
            for id in facts.changed { if let d = documentById[id] { body(Int(d)) } }
        case .shared:
            for id in facts.shared { if let d = documentById[id] { body(Int(d)) } }
        case .seen:
            for id in facts.seen { if let d = documentById[id] { body(Int(d)) } }
        case .unseen:
            for (id, d) in documentById where !facts.seen.contains(id) { body(Int(d)) }
        case .now:
            guard let now = facts.now?.epochSeconds else { return }
            for d in starts.indices {
                if let start = starts[d]?.epochSeconds, let end = ends[d]?.epochSeconds, start <= now, now < end { body(d) }
            }
        case .upcoming:
            guard let now = facts.now?.epochSeconds else { return }
            for d in starts.indices where (starts[d]?.epochSeconds ?? .min) > now { body(d) }
        case .day(let day):
            for d in clock.weekdays.indices where Int(clock.weekdays[d]) == day { body(d) }
        case .after(let minute):
            for d in clock.minutes.indices where clock.minutes[d] >= 0 && Int(clock.minutes[d]) >= minute { body(d) }
        case .before(let minute):
            for d in clock.minutes.indices where clock.minutes[d] >= 0 && Int(clock.minutes[d]) < minute { body(d) }
        }
    }

    /// The slot times the time filters of `query` compare with: in `timeZone`, made only when the
    /// query has a time filter; else (or for nil) in the slots' own zone.
    private func slotClock(for query: Query, timeZone: String?) -> SlotClock {
        guard let timeZone else { return ownClock }
        let timed = query.clauses.contains { clause in
            clause.alternatives.contains { term in
                switch term {
                case .day, .after, .before: return true
                default: return false
                }
            }
        }
        return timed ? SlotClock(starts: starts, zone: timeZone) : ownClock
    }
}

extension SearchIndex: Equatable {
    /// An index is built once from a corpus and never changes: two are the same when they are one.
    public static func == (a: SearchIndex, b: SearchIndex) -> Bool { a === b }
}

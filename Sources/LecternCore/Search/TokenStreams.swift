/// The first step of building a `SearchIndex`: every document's words per field as term ids of a
/// sorted dictionary. Documents are tokenized in parallel parts, each with a term table of its own;
/// the tables are then merged and sorted, and each part's tokens renumbered into place. Term ids
/// are ranks in byte order, so the result is the same however the work was split.
struct TokenStreams {
    let dictionary: TermDictionary
    /// Per field: token ids of document d are `tokens[f][docStart[f][d]..<docStart[f][d+1]]`
    /// (a separator between the authors of one document), two bytes each when the terms allow.
    var tokens: [TokenColumn]
    let docStart: [[Int32]]

    /// The texts of document `d` (internal order) for each field, passed to `body` as (field, text).
    typealias Texts = (_ d: Int, _ body: (SearchField, String) -> Void) -> Void

    /// Documents below this count are tokenized in one part (threads cost more than they save).
    static let parallelThreshold = 2_000

    /// `narrow` forces (or forbids) two-byte token ids; by default they are used when they fit.
    init(documents n: Int, parts: Int, narrow: Bool? = nil, texts: Texts) {
        let fieldCount = SearchField.allCases.count
        let ranges = Parallel.chunks(n, parts: parts)
        let parts = Parallel.map(ranges.count) { p in Part(documents: ranges[p], texts: texts) }

        // One table for all parts; then ids sorted by bytes, so a prefix is a range of ids.
        var merged = parts.first?.table ?? TermTableBuilder()
        var toMerged: [[Int32]] = parts.isEmpty ? [] : [Array(0..<Int32(merged.count))]
        for part in parts.dropFirst() {
            toMerged.append((0..<part.table.count).map { id in
                part.table.withBytes(of: id) { merged.intern($0) }
            })
        }
        let sorted = merged.sortedIds()
        var rank = [Int32](repeating: 0, count: merged.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(merged.arena.count)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(merged.count + 1)
        for (newId, old) in sorted.enumerated() {
            rank[Int(old)] = Int32(newId)
            bytes.append(contentsOf: merged.bytes(of: Int(old)))
            offsets.append(Int32(bytes.count))
        }
        dictionary = TermDictionary(bytes: bytes, offsets: offsets)
        let renumber = toMerged.map { $0.map { rank[Int($0)] } }

        // Document starts, then each part's tokens renumbered into its place, parts in parallel.
        var docStart: [[Int32]] = []
        var tokens: [TokenColumn] = []
        for f in 0..<fieldCount {
            var starts = [Int32](repeating: 0, count: n + 1)
            var partOffset: [Int] = []
            var at: Int32 = 0
            for (p, part) in parts.enumerated() {
                partOffset.append(Int(at))
                for (k, length) in part.lengths[f].enumerated() {
                    at += length
                    starts[ranges[p].lowerBound + k + 1] = at
                }
            }
            let total = Int(at)
            let field: TokenColumn = (narrow ?? true) && TokenColumn.fitsNarrow(merged.count)
                ? .narrow(TokenStreams.renumbered(parts, field: f, total: total, offsets: partOffset, renumber: renumber))
                : .wide(TokenStreams.renumbered(parts, field: f, total: total, offsets: partOffset, renumber: renumber))
            docStart.append(starts)
            tokens.append(field)
        }
        self.tokens = tokens
        self.docStart = docStart
    }

    /// One field's tokens of all parts, renumbered into the sorted dictionary, parts in parallel.
    private static func renumbered<T: TokenID>(_ parts: [Part], field f: Int, total: Int, offsets: [Int],
                                               renumber: [[Int32]]) -> [T] {
        [T](unsafeUninitializedCapacity: total) { out, count in
            let target = Parallel.UncheckedSendable(out)
            Parallel.forEach(parts.count) { p in
                parts[p].tokens[f].withUnsafeBufferPointer { source in
                    renumber[p].withUnsafeBufferPointer { map in
                        let base = offsets[p]
                        for (k, t) in source.enumerated() {
                            target.value[base + k] = t < 0 ? T.separator : T(truncatingIfNeeded: map[Int(t)])
                        }
                    }
                }
            }
            count = total
        }
    }

    /// The tokens of a contiguous run of documents, with term ids of its own table.
    private struct Part {
        var table = TermTableBuilder()
        /// Per field, the run's tokens and the number of tokens of each document.
        var tokens: [[Int32]]
        var lengths: [[Int32]]

        init(documents: Range<Int>, texts: Texts) {
            let fieldCount = SearchField.allCases.count
            tokens = [[Int32]](repeating: [], count: fieldCount)
            lengths = [[Int32]](repeating: [], count: fieldCount)
            // Room for the likely number of words (a word and its separator take 5 bytes or more);
            // reserved memory that stays unused is never touched, so it costs no resident memory.
            var bytes = [Int](repeating: 0, count: fieldCount)
            for d in documents { texts(d) { field, text in bytes[field.rawValue] += text.utf8.count } }
            for f in 0..<fieldCount {
                lengths[f].reserveCapacity(documents.count)
                tokens[f].reserveCapacity(bytes[f] / 4 + 16)
            }
            var counted = [Int](repeating: 0, count: fieldCount)
            var seen = [Bool](repeating: false, count: fieldCount)
            for d in documents {
                for f in 0..<fieldCount { counted[f] = tokens[f].count; seen[f] = false }
                texts(d) { field, text in
                    let f = field.rawValue
                    // Several texts in one field (the authors) are kept apart by a -1.
                    if seen[f] { tokens[f].append(-1) }
                    seen[f] = true
                    Tokenizer.forEachKeyedToken(in: text) { word, key in tokens[f].append(table.intern(word, key: key)) }
                }
                for f in 0..<fieldCount { lengths[f].append(Int32(tokens[f].count - counted[f])) }
            }
        }
    }
}

import Foundation

/// A `SearchIndex` as one binary blob, so a start-up can read the index instead of building it.
///
/// Layout (all numbers little-endian): a 32-byte header (the magic `lectidx\0`, the format version
/// and a reserved word (zero), the `Checksum64` of the payload, the payload's length), then the payload:
/// the item count, the numbers of fields and attributes, and the sections as `IndexBlobWriter`
/// lays them out, each starting on eight bytes so it can be copied (or mapped) as a typed array.
/// The first section is the caller's identity of the corpus the index was built from.
///
/// What is stored: the term dictionary, `order`, the own-zone slot clock, every field's postings,
/// idf, token column and prefix lists, and the attribute columns; then, when asked for, the
/// corpus's `CorpusDigest`, so a search can answer from the index alone. What is derived again from
/// the corpus through `order` (a pass over the items): the kinds, the slot starts and ends, and the
/// id lookup.
extension SearchIndex {
    /// The version of the encoded layout; a blob of any other is refused (and rebuilt by the caller).
    public static let formatVersion: UInt32 = 2
    static let magic: [UInt8] = Array("lectidx".utf8) + [0]
    static let headerSize = 32

    /// The index as bytes, carrying `identity` (what the caller needs to know the corpus it was
    /// built from is still the one it has) and, `withDigest`, the corpus's list fields.
    public func encoded(identity: [UInt8], withDigest: Bool = false) -> [UInt8] {
        var estimate = identity.count + dictionary.bytes.count + 4 * dictionary.offsets.count + 8 * order.count
        for f in fields {
            estimate += 4 * (f.postingStart.count + f.docs.count + f.impacts.count + f.idf.count + f.docStart.count)
            estimate += 4 * (f.tokens.count + f.prefixDocs.count + f.prefixBest.count) + 16 * 9
        }
        for a in attributes {
            estimate += 8 * a.values.count + a.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 4 } }
            estimate += 4 * a.documents.reduce(0) { $0 + $1.count } + 16 * 5
        }
        if withDigest {
            estimate += corpus.items.reduce(0) { $0 + 64 + $1.id.utf8.count + $1.title.utf8.count + $1.authors.reduce(0) { $0 + 4 + $1.utf8.count } }
        }
        var w = IndexBlobWriter(reservingCapacity: estimate + 64 * 1024, header: SearchIndex.headerSize)
        w.append(UInt64(order.count))
        w.append(UInt32(fields.count))
        w.append(UInt32(attributes.count))
        w.section(identity)
        w.section(dictionary.bytes)
        w.section(dictionary.offsets)
        w.section(order)
        w.section(ownClock.weekdays)
        w.section(ownClock.minutes)
        for f in fields {
            w.section(f.postingStart)
            w.section(f.docs)
            w.section(f.impacts)
            w.section(f.idf)
            switch f.tokens {
            case .narrow(let t): w.section(t)
            case .wide(let t): w.section(t)
            }
            w.section(f.docStart)
            w.section(f.prefixStart)
            w.section(f.prefixDocs)
            w.section(f.prefixBest)
        }
        for a in attributes {
            var valueStart: [Int32] = [0], wordOffsets: [Int32] = [0], wordBytes: [UInt8] = []
            var documentStart: [Int32] = [0], documents: [Int32] = []
            for (words, docs) in zip(a.values, a.documents) {
                for word in words {
                    wordBytes.append(contentsOf: word.utf8)
                    wordOffsets.append(Int32(wordBytes.count))
                }
                valueStart.append(Int32(wordOffsets.count - 1))
                documents.append(contentsOf: docs)
                documentStart.append(Int32(documents.count))
            }
            w.section(valueStart)
            w.section(wordOffsets)
            w.section(wordBytes)
            w.section(documentStart)
            w.section(documents)
        }
        w.section([UInt8(withDigest ? 1 : 0)])
        if withDigest { CorpusDigest.write(corpus, sameWork: SameWork(corpus), into: &w) }
        // The header, now that the payload is known: written in place, so the payload is never copied.
        let payloadLength = w.bytes.count - SearchIndex.headerSize
        let checksum = w.bytes.withUnsafeBytes { Checksum64.of(UnsafeRawBufferPointer(rebasing: $0[SearchIndex.headerSize...])) }
        for (k, b) in SearchIndex.magic.enumerated() { w.put(b, at: k) }
        w.put(SearchIndex.formatVersion, at: 8)
        w.put(UInt32(0), at: 12)
        w.put(checksum, at: 16)
        w.put(UInt64(payloadLength), at: 24)
        return w.bytes
    }

    /// The identity an encoded index carries, read without checking the rest (cheap: for deciding
    /// whether the blob is worth decoding at all).
    public static func encodedIdentity<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(SearchIndexDecodingError) -> [UInt8] {
        let result: Result<[UInt8], SearchIndexDecodingError> = bytes.withUnsafeBytes { raw in
            do throws(SearchIndexDecodingError) {
                _ = try header(raw)
                var r = IndexBlobReader(raw, at: headerSize)
                _ = try r.read(UInt64.self)
                _ = try r.read(UInt64.self)
                return .success(try r.section(UInt8.self, "identity"))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads an index back from `encoded(identity:)`'s bytes and the corpus it was built from; it
    /// answers every query exactly as `SearchIndex(corpus:)` would. With `identity`, a blob carrying
    /// another is refused. Every count and offset is checked against the data, so damaged or
    /// foreign bytes are an error, never a crash or a wrong answer.
    public static func decoded<Bytes: ContiguousBytes>(from bytes: Bytes, corpus: Corpus,
                                                       identity: [UInt8]? = nil) throws(SearchIndexDecodingError) -> SearchIndex {
        try decodedBlob(bytes, corpus: corpus, identity: identity).index
    }

    /// Reads an index that carries its corpus's digest (`encoded(identity:withDigest:)`), with no
    /// corpus at hand: the index's `corpus` is the digest (each item's list fields, see
    /// `CorpusDigest`), answering every query as the full corpus's index would, and the records of
    /// one work. A blob without a digest is `.malformed`.
    public static func decodedWithDigest<Bytes: ContiguousBytes>(from bytes: Bytes, identity: [UInt8]? = nil)
        throws(SearchIndexDecodingError) -> (index: SearchIndex, sameWork: SameWork) {
        let (index, sameWork) = try decodedBlob(bytes, corpus: nil, identity: identity)
        guard let sameWork else { throw .malformed("no digest of the corpus") }
        return (index, sameWork)
    }

    private static func decodedBlob<Bytes: ContiguousBytes>(_ bytes: Bytes, corpus: Corpus?, identity: [UInt8]?)
        throws(SearchIndexDecodingError) -> (index: SearchIndex, sameWork: SameWork?) {
        let result: Result<(SearchIndex, SameWork?), SearchIndexDecodingError> = bytes.withUnsafeBytes { raw in
            do throws(SearchIndexDecodingError) {
                return .success(try decode(raw, corpus: corpus, identity: identity))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Checks the header; returns the payload's length.
    private static func header(_ raw: UnsafeRawBufferPointer) throws(SearchIndexDecodingError) -> Int {
        #if _endian(big)
        throw .unsupportedHost
        #else
        guard raw.count >= magic.count, raw.prefix(magic.count).elementsEqual(magic) else { throw .notAnIndex }
        var r = IndexBlobReader(raw, at: magic.count)
        let version = try r.read(UInt32.self)
        guard version == formatVersion else { throw .otherVersion(version) }
        let flags = try r.read(UInt32.self)
        guard flags == 0 else { throw .malformed("unknown flags \(flags)") }
        _ = try r.read(UInt64.self)
        let length = try r.read(UInt64.self)
        let present = UInt64(raw.count - headerSize)
        if length > present { throw .truncated }
        if length < present { throw .malformed("\(present - length) bytes after the end") }
        return Int(length)
        #endif
    }

    /// With `corpus` nil, the corpus is the blob's digest (and the records of one work come with it).
    private static func decode(_ raw: UnsafeRawBufferPointer, corpus given: Corpus?, identity expected: [UInt8]?)
        throws(SearchIndexDecodingError) -> (SearchIndex, SameWork?) {
        let length = try header(raw)
        let stored = raw.baseAddress.map { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) } ?? 0
        guard Checksum64.of(UnsafeRawBufferPointer(rebasing: raw[headerSize..<(headerSize + length)])) == stored else { throw .damaged }
        var r = IndexBlobReader(raw, at: headerSize)
        let itemCount = try r.read(UInt64.self)
        let fieldCount = try r.read(UInt32.self), attributeCount = try r.read(UInt32.self)
        let identity = try r.section(UInt8.self, "identity")
        if let expected, expected != identity { throw .otherCorpus }
        if let given { guard itemCount == UInt64(given.items.count) else { throw .otherCorpus } }
        guard itemCount <= UInt64(raw.count) else { throw .malformed("\(itemCount) items") }
        let n = Int(itemCount)
        guard fieldCount == UInt32(SearchField.allCases.count), attributeCount == UInt32(ItemAttribute.allCases.count) else {
            throw .malformed("\(fieldCount) fields and \(attributeCount) attributes")
        }
        let termBytes = try r.section(UInt8.self, "terms")
        let termOffsets = try r.section(Int32.self, "term offsets")
        guard !termOffsets.isEmpty else { throw .malformed("term offsets: empty") }
        let termCount = termOffsets.count - 1
        try checkStarts(termOffsets, count: termCount + 1, end: termBytes.count, "term offsets")
        try checkSorted(termBytes, termOffsets)
        let order = try r.section(Int32.self, "order")
        try checkPermutation(order, n)
        let weekdays = try r.section(Int8.self, "weekdays")
        let minutes = try r.section(Int16.self, "minutes")
        guard weekdays.count == n, minutes.count == n else { throw .malformed("slot clock: not one per item") }
        var fields: [FieldPostings] = []
        for f in SearchField.allCases {
            let name = f.description
            let postingStart = try r.section(Int32.self, "\(name) posting starts")
            let docs = try r.section(Int32.self, "\(name) postings")
            let impacts = try r.section(Float.self, "\(name) impacts")
            let idf = try r.section(Float.self, "\(name) idf")
            try checkStarts(postingStart, count: termCount + 1, end: docs.count, "\(name) posting starts")
            try checkBelow(docs, n, "\(name) postings")
            guard impacts.count == docs.count, idf.count == termCount else { throw .malformed("\(name): impacts or idf of the wrong length") }
            let tokens: TokenColumn
            switch try r.peekWidth() {
            case 2:
                let t = try r.section(UInt16.self, "\(name) tokens")
                guard t.allSatisfy({ $0 == UInt16.separator || Int($0) < termCount }) else { throw .malformed("\(name) tokens: unknown term") }
                tokens = .narrow(t)
            default:
                let t = try r.section(Int32.self, "\(name) tokens")
                guard t.allSatisfy({ $0 >= -1 && Int($0) < termCount }) else { throw .malformed("\(name) tokens: unknown term") }
                tokens = .wide(t)
            }
            let docStart = try r.section(Int32.self, "\(name) token starts")
            try checkStarts(docStart, count: n + 1, end: tokens.count, "\(name) token starts")
            let prefixStart = try r.section(Int32.self, "\(name) prefix starts")
            let prefixDocs = try r.section(Int32.self, "\(name) prefix documents")
            let prefixBest = try r.section(Float.self, "\(name) prefix weights")
            try checkStarts(prefixStart, count: 257, end: prefixDocs.count, "\(name) prefix starts")
            try checkBelow(prefixDocs, n, "\(name) prefix documents")
            guard prefixBest.count == prefixDocs.count else { throw .malformed("\(name) prefix weights: wrong length") }
            fields.append(FieldPostings(postingStart: postingStart, docs: docs, impacts: impacts, idf: idf, tokens: tokens,
                                        docStart: docStart, prefixStart: prefixStart, prefixDocs: prefixDocs, prefixBest: prefixBest))
        }
        var attributes: [AttributeColumn] = []
        for a in ItemAttribute.allCases {
            let name = a.description
            let valueStart = try r.section(Int32.self, "\(name) values")
            let wordOffsets = try r.section(Int32.self, "\(name) word offsets")
            let wordBytes = try r.section(UInt8.self, "\(name) words")
            let documentStart = try r.section(Int32.self, "\(name) document starts")
            let documents = try r.section(Int32.self, "\(name) documents")
            guard !valueStart.isEmpty, !wordOffsets.isEmpty else { throw .malformed("\(name): empty starts") }
            let valueCount = valueStart.count - 1
            try checkStarts(valueStart, count: valueCount + 1, end: wordOffsets.count - 1, "\(name) values")
            try checkStarts(wordOffsets, count: wordOffsets.count, end: wordBytes.count, "\(name) word offsets")
            try checkStarts(documentStart, count: valueCount + 1, end: documents.count, "\(name) document starts")
            try checkBelow(documents, n, "\(name) documents")
            var values: [[String]] = [], byValue: [[Int32]] = []
            values.reserveCapacity(valueCount)
            byValue.reserveCapacity(valueCount)
            for v in 0..<valueCount {
                values.append((Int(valueStart[v])..<Int(valueStart[v + 1])).map { k in
                    String(decoding: wordBytes[Int(wordOffsets[k])..<Int(wordOffsets[k + 1])], as: UTF8.self)
                })
                byValue.append(Array(documents[Int(documentStart[v])..<Int(documentStart[v + 1])]))
            }
            attributes.append(AttributeColumn(values: values, documents: byValue))
        }
        let flag = try r.section(UInt8.self, "digest flag")
        guard flag.count == 1, let digested = flag.first, digested <= 1 else { throw .malformed("digest flag") }
        let corpus: Corpus, sameWork: SameWork?
        if let given {
            corpus = given
            sameWork = nil
            if digested == 1 { try r.skipSections(CorpusDigest.sectionCount) }
        } else {
            guard digested == 1 else { throw .malformed("no digest of the corpus") }
            let digest = try CorpusDigest.read(&r, items: n)
            corpus = digest.0
            sameWork = digest.1
        }
        guard r.remaining == 0 else { throw .malformed("\(r.remaining) bytes after the last section") }
        let index = SearchIndex(corpus: corpus, dictionary: TermDictionary(bytes: termBytes, offsets: termOffsets), fields: fields,
                           order: order, ownClock: SlotClock(weekdays: weekdays, minutes: minutes), attributes: attributes)
        return (index, sameWork)
    }

    /// `starts` has `count` entries, from 0 up to `end`, never going down.
    static func checkStarts<T: FixedWidthInteger>(_ starts: [T], count: Int, end: Int, _ name: String) throws(SearchIndexDecodingError) {
        guard starts.count == count, count > 0, starts[0] == 0, Int(starts[count - 1]) == end else {
            throw .malformed("\(name): \(starts.count) entries, not \(count) from 0 to \(end)")
        }
        let ok = starts.withUnsafeBufferPointer { s in
            var ok = true
            for i in 1..<s.count where s[i] < s[i - 1] { ok = false; break }
            return ok
        }
        guard ok else { throw .malformed("\(name): not in order") }
    }

    /// Every value is a document id (0 up to `n`).
    static func checkBelow(_ values: [Int32], _ n: Int, _ name: String) throws(SearchIndexDecodingError) {
        let bound = UInt32(truncatingIfNeeded: n)
        let ok = values.withUnsafeBufferPointer { v in
            var ok = true
            for x in v where UInt32(bitPattern: x) >= bound { ok = false; break }
            return ok
        }
        guard ok else { throw .malformed("\(name): a document beyond the \(n) items") }
    }

    /// `order` holds each of 0..<n once.
    private static func checkPermutation(_ order: [Int32], _ n: Int) throws(SearchIndexDecodingError) {
        guard order.count == n else { throw .malformed("order: \(order.count) documents for \(n) items") }
        try checkBelow(order, n, "order")
        var seen = [Bool](repeating: false, count: n)
        for i in order {
            if seen[Int(i)] { throw .malformed("order: item \(i) twice") }
            seen[Int(i)] = true
        }
    }

    /// The terms are in strictly increasing byte order (the dictionary's binary search needs it).
    private static func checkSorted(_ bytes: [UInt8], _ offsets: [Int32]) throws(SearchIndexDecodingError) {
        let ok = bytes.withUnsafeBufferPointer { b in
            for t in stride(from: 1, to: offsets.count - 1, by: 1) {
                let a0 = Int(offsets[t - 1]), a1 = Int(offsets[t]), b1 = Int(offsets[t + 1])
                var i = a0, j = a1
                var less = false
                while i < a1 && j < b1 {
                    if b[i] != b[j] { less = b[i] < b[j]; break }
                    i += 1; j += 1
                }
                if i == a1 || j == b1 { less = (a1 - a0) < (b1 - a1) && i == a1 }
                if !less { return false }
            }
            return true
        }
        guard ok else { throw .malformed("terms: not in order") }
    }
}

extension SlotClock {
    /// The columns as an encoded index holds them.
    init(weekdays: [Int8], minutes: [Int16]) {
        self.weekdays = weekdays
        self.minutes = minutes
    }
}

extension AttributeColumn {
    /// The column as an encoded index holds it.
    init(values: [[String]], documents: [[Int32]]) {
        self.values = values
        self.documents = documents
    }
}

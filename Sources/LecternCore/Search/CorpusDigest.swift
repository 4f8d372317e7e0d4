/// The corpus as a list of results shows it, stored in the search index so that a search answers
/// without reading the corpus files: each item's id, kind, title, authors, slot, session,
/// conference, venue, date, room, track, type, subtitle and provenance (no abstract, links,
/// categories or other details), the sessions, conferences and sources whole, and the records of
/// one work (`SameWork`), which the full corpus would give the same.
///
/// An item read back from a digest is not the item: whatever needs more than the list fields
/// (details, exports, related work) reads the corpus.
enum CorpusDigest {
    /// How many sections `write` writes.
    static let sectionCount = 12

    /// The string fields of an item, in their order in the item table.
    private static let slots = 11

    static func write(_ corpus: Corpus, sameWork: SameWork, into w: inout IndexBlobWriter) {
        var heap = StringHeap()
        var table: [Int32] = []
        table.reserveCapacity(corpus.items.count * slots)
        var authorStart: [Int32] = [0], authors: [Int32] = []
        var kinds: [UInt8] = [], lines: [Int32] = []
        var times: [Int64] = [], offsets: [Int32] = []
        let noTime = Int64.min
        for item in corpus.items {
            for text in [item.id, item.title, item.sessionId, item.conference, item.venue, item.date, item.source.file,
                         item.subtitle, item.room, item.track, item.type] {
                table.append(text.map { heap.add($0) } ?? -1)
            }
            for a in item.authors { authors.append(heap.add(a)) }
            authorStart.append(Int32(authors.count))
            kinds.append(UInt8(ItemKind.allCases.firstIndex(of: item.kind) ?? 0))
            lines.append(Int32(clamping: item.source.line))
            for t in [item.start, item.end] {
                times.append(t?.epochSeconds ?? noTime)
                offsets.append(Int32(clamping: t?.utcOffsetSeconds ?? 0))
            }
        }
        w.section(heap.bytes)
        w.section(heap.offsets)
        w.section(table)
        w.section(authorStart)
        w.section(authors)
        w.section(kinds)
        w.section(lines)
        w.section(times)
        w.section(offsets)
        w.section(CorpusJSONWriter.data(Corpus(version: corpus.version, sources: corpus.sources, sessions: corpus.sessions,
                                               items: [], conferences: corpus.conferences)))
        var memberStart: [Int32] = [0], members: [Int32] = []
        for group in sameWork.groups {
            members.append(contentsOf: group.map { Int32($0) })
            memberStart.append(Int32(members.count))
        }
        w.section(memberStart)
        w.section(members)
    }

    /// The digest `write` stored for `n` items; every reference is checked against the data.
    static func read(_ r: inout IndexBlobReader, items n: Int) throws(SearchIndexDecodingError) -> (Corpus, SameWork) {
        let bytes = try r.section(UInt8.self, "digest strings")
        let stringOffsets = try r.section(Int64.self, "digest string offsets")
        let table = try r.section(Int32.self, "digest items")
        let authorStart = try r.section(Int32.self, "digest author starts")
        let authorRefs = try r.section(Int32.self, "digest authors")
        let kinds = try r.section(UInt8.self, "digest kinds")
        let lines = try r.section(Int32.self, "digest lines")
        let times = try r.section(Int64.self, "digest times")
        let zoneOffsets = try r.section(Int32.self, "digest time offsets")
        let rest = try r.section(UInt8.self, "digest sessions")
        let memberStart = try r.section(Int32.self, "digest work starts")
        let memberRefs = try r.section(Int32.self, "digest works")

        try SearchIndex.checkStarts(stringOffsets, count: max(stringOffsets.count, 1), end: bytes.count, "digest string offsets")
        let stringCount = stringOffsets.count - 1
        guard table.count == n * slots, kinds.count == n, lines.count == n, times.count == 2 * n, zoneOffsets.count == 2 * n,
              table.allSatisfy({ $0 >= -1 && Int($0) < stringCount }),
              kinds.allSatisfy({ Int($0) < ItemKind.allCases.count }) else {
            throw .malformed("digest items")
        }
        try SearchIndex.checkBelow(authorRefs, stringCount, "digest authors")
        try SearchIndex.checkStarts(authorStart, count: n + 1, end: authorRefs.count, "digest author starts")
        let memberEnd = memberRefs.count
        try SearchIndex.checkStarts(memberStart, count: max(memberStart.count, 1), end: memberEnd, "digest work starts")
        try SearchIndex.checkBelow(memberRefs, n, "digest works")
        guard var corpus = rest.withUnsafeBufferPointer({ CorpusFastDecoder.decode($0, itemParts: 1) }), corpus.items.isEmpty else {
            throw .malformed("digest sessions")
        }

        // Each distinct string is made once and shared (a name, a venue, a file are stored once).
        var strings = [String?](repeating: nil, count: stringCount)
        func string(_ k: Int32) -> String {
            if let s = strings[Int(k)] { return s }
            let s = String(decoding: bytes[Int(stringOffsets[Int(k)])..<Int(stringOffsets[Int(k) + 1])], as: UTF8.self)
            strings[Int(k)] = s
            return s
        }
        func optional(_ k: Int32) -> String? { k < 0 ? nil : string(k) }
        func time(_ k: Int) -> Timestamp? {
            times[k] == Int64.min ? nil : Timestamp(epochSeconds: times[k], utcOffsetSeconds: Int(zoneOffsets[k]))
        }
        var items: [Item] = []
        items.reserveCapacity(n)
        for i in 0..<n {
            let t = i * slots
            let authors = (Int(authorStart[i])..<Int(authorStart[i + 1])).map { string(authorRefs[$0]) }
            items.append(Item(id: optional(table[t]) ?? "", kind: ItemKind.allCases[Int(kinds[i])], title: optional(table[t + 1]) ?? "",
                              authors: authors, abstract: "", sessionId: optional(table[t + 2]), start: time(2 * i), end: time(2 * i + 1),
                              source: Provenance(file: optional(table[t + 6]) ?? "", line: Int(lines[i])),
                              conference: optional(table[t + 3]), subtitle: optional(table[t + 7]), room: optional(table[t + 8]),
                              track: optional(table[t + 9]), type: optional(table[t + 10]),
                              date: optional(table[t + 5]), venue: optional(table[t + 4])))
        }
        corpus.items = items
        var groups: [[Int]] = []
        for g in 0..<(memberStart.count - 1) {
            groups.append((Int(memberStart[g])..<Int(memberStart[g + 1])).map { Int(memberRefs[$0]) })
        }
        guard groups.allSatisfy({ $0.count > 1 }), Set(groups.joined()).count == memberEnd else { throw .malformed("digest works") }
        return (corpus, SameWork(groups: groups))
    }

    /// Strings stored once each, by number.
    private struct StringHeap {
        var bytes: [UInt8] = []
        var offsets: [Int64] = [0]
        var numbers: [String: Int32] = [:]

        mutating func add(_ s: String) -> Int32 {
            if let k = numbers[s] { return k }
            let k = Int32(offsets.count - 1)
            bytes.append(contentsOf: s.utf8)
            offsets.append(Int64(bytes.count))
            numbers[s] = k
            return k
        }
    }
}

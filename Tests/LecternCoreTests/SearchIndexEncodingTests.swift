import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// An encoded search index read back answers exactly as a fresh build, on several corpora; every
/// kind of damage to the bytes is an error, never a crash or another answer.
@Suite struct SearchIndexEncodingTests {
    /// The bench's recorded typing sequence (Sources/lectern-bench/main.swift, `typing`).
    static let typing = ["t", "tr", "tra", "tran", "trans", "transf", "transfo", "transfor", "transform", "transforme",
                         "transformer", "transformer a", "transformer at", "transformer att", "transformer atte",
                         "transformer atten", "transformer attention", "transformer attention w", "transformer attention wa",
                         "transformer attention wan", "transformer attention wang", "g", "gr", "gra", "grap", "graph",
                         "graph \"neural", "graph \"neural net", "graph \"neural network\"", "graph \"neural network\" k",
                         "graph \"neural network\" kind:paper", "l", "le", "lea", "lear", "learn", "learning",
                         "learning author:zh", "learning author:zhang", "learning author:zhang day:tue"]

    static func bundled() throws -> Corpus {
        try CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")
    }

    /// Words of many scripts, diacritics and letters that fold (ß, æ, ø), for a generated corpus.
    static let words = ["über", "Straße", "naïve", "Ærø", "façade", "東京", "学習", "Ωmega", "crème", "brûlée", "Łódź",
                        "transformer", "attention", "graph", "neural", "network", "learning", "déjà", "vu", "🙂", "Ĳssel",
                        "ǅemal", "İstanbul", "résumé", "coöperate", "smörgåsbord", "Ελληνικά", "русский", "mañana", "x"]

    /// A seeded corpus of talks and papers with non-ASCII text, rooms, tracks and conferences.
    static func generated(seed: UInt64, count: Int) -> Corpus {
        var rng = SeededGenerator(seed: seed)
        func text(_ n: Int) -> String { (0..<n).map { _ in words.randomElement(using: &rng) ?? "x" }.joined(separator: " ") }
        let src = Provenance(file: "generated.txt", line: 1)
        let conferences = [Conference(id: "konf", title: "Konferenz für Sprache", acronym: "KfS", start: "2024-03-04", end: "2024-03-06", timeZone: "Europe/Berlin"),
                           Conference(id: "tokyo", title: "東京 Workshop", start: "2024-05-01", end: "2024-05-02", timeZone: "Asia/Tokyo")]
        var sessions: [Session] = []
        for s in 0..<12 {
            let start = Timestamp(year: 2024, month: 3, day: 4 + s % 3, hour: 9 + s % 8, minute: 0, utcOffsetSeconds: 3600)
            let end = Timestamp(year: 2024, month: 3, day: 4 + s % 3, hour: 10 + s % 8, minute: 0, utcOffsetSeconds: 3600)
            sessions.append(Session(id: "s\(s)", title: "Sitzung " + text(2), moderator: s % 3 == 0 ? nil : "Zoë " + text(1),
                                    start: start, end: end, timeZone: "Europe/Berlin", zoneAbbreviation: "CET", source: src,
                                    conference: s % 4 == 0 ? "tokyo" : "konf"))
        }
        var items: [Item] = []
        for i in 0..<count {
            let talk = i % 3 != 0
            let s = Int.random(in: 0..<sessions.count, using: &rng)
            let minute = Int.random(in: 0..<50, using: &rng)
            let w = sessions[s].start.wallClock
            let start = Timestamp(year: w.year, month: w.month, day: w.day, hour: w.hour, minute: minute, utcOffsetSeconds: 3600)
            let end = Timestamp(year: w.year, month: w.month, day: w.day, hour: w.hour, minute: minute + 9, utcOffsetSeconds: 3600)
            let authors = (0..<Int.random(in: 0...4, using: &rng)).map { _ in "José " + text(1) }
            // Some titles alike in their first sixteen bytes, to exercise the tie-break.
            let title = i % 7 == 0 ? "Über die Straße " + text(2) : text(Int.random(in: 1...8, using: &rng))
            items.append(Item(id: "g\(i)", kind: talk ? (i % 2 == 0 ? .oral : .spotlight) : .paper, title: title, authors: authors,
                              abstract: text(Int.random(in: 0...40, using: &rng)), sessionId: talk ? sessions[s].id : nil,
                              start: talk ? start : nil, end: talk ? end : nil, source: src,
                              conference: talk ? sessions[s].conference : nil,
                              room: talk ? "Saal " + ["Ä", "B", "東"][s % 3] : nil, track: talk ? text(1) : nil,
                              type: talk ? "Vortrag" : nil, language: i % 5 == 0 ? "de" : "en",
                              date: talk ? nil : "20\(10 + i % 14)-01-01", venue: talk ? nil : "Journal " + text(1),
                              categories: talk ? nil : ["cs.LG", "cs.CL"].shuffled(using: &rng), keywords: talk ? nil : [text(1)]))
        }
        return Corpus(sources: ["generated.txt"], sessions: sessions, items: items, conferences: conferences)
    }

    /// The sample schedules, imported.
    static func samples() throws -> [(String, Corpus)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: ScheduleImportTests.samples.appendingPathComponent("schedules").path).sorted()
        return try names.map { ($0, try ScheduleImportTests.load($0).corpus) }
    }

    /// Random queries from the corpus's own words: prefixes, phrases, exclusions, alternatives and filters.
    static func randomQueries(_ corpus: Corpus, _ rng: inout SeededGenerator, count: Int) -> [String] {
        let titles = corpus.items.map(\.title) + corpus.items.flatMap(\.authors) + corpus.items.prefix(50).map(\.abstract)
        let tokens = titles.flatMap { Tokenizer.tokens($0) }.filter { !$0.isEmpty }
        guard !tokens.isEmpty else { return [] }
        func word() -> String { tokens.randomElement(using: &rng) ?? "x" }
        func prefix() -> String { let w = word(); return String(w.prefix(Int.random(in: 1...max(1, w.count), using: &rng))) }
        let filters = ["kind:paper", "kind:oral", "day:tue", "day:wed", "after:10:00", "before:12:30", "is:bookmarked", "is:noted",
                       "is:seen", "is:unseen", "is:changed", "is:shared", "is:now", "is:upcoming", "room:saal", "track:" + prefix(),
                       "type:vortrag", "lang:de", "conf:konf", "cat:cs", "venue:journal", "year:2015", "title:" + prefix(),
                       "author:" + prefix(), "abstract:" + word(), "session:" + prefix(), "moderator:" + prefix()]
        var out: [String] = []
        for _ in 0..<count {
            var parts: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                switch Int.random(in: 0..<9, using: &rng) {
                case 0, 1: parts.append(word())
                case 2, 3: parts.append(prefix())
                case 4: parts.append("\"\(word()) \(prefix())\"")
                case 5: parts.append("-" + word())
                case 6: parts.append("\(word()) | \(prefix())")
                case 7: parts.append(filters.randomElement(using: &rng) ?? "kind:paper")
                default: parts.append(String(word().dropLast()) + "q")  // a typo, for the fuzzy path
                }
            }
            out.append(parts.joined(separator: " "))
        }
        return out
    }

    /// Every query gives the same outcome (results, scores, notes, errors) and matched fields.
    static func expectSameAnswers(_ fresh: SearchIndex, _ decoded: SearchIndex, _ queries: [String], _ label: String) {
        let corpus = fresh.corpus
        var bookmarks = Bookmarks()
        for item in corpus.items.prefix(9) { bookmarks.entries[item.id] = Bookmark(itemId: item.id, title: item.title, note: item.id.hasSuffix("1") ? "go" : nil) }
        let ids = Set(corpus.items.suffix(7).map(\.id))
        let now = corpus.items.compactMap(\.start).dropFirst(corpus.items.count / 3).first
        #expect(fresh.termCount == decoded.termCount, "\(label)")
        for q in queries {
            for zone in [nil, "Asia/Tokyo"] as [String?] {
                let a = fresh.search(q, bookmarks: bookmarks, timeZone: zone, now: now, changed: ids, shared: ids, seen: ids)
                let b = decoded.search(q, bookmarks: bookmarks, timeZone: zone, now: now, changed: ids, shared: ids, seen: ids)
                #expect(a == b, "\(label): \(q)")
                for item in a.results.prefix(3) {
                    #expect(fresh.matchedFields(q, item: item) == decoded.matchedFields(q, item: item), "\(label): \(q)")
                }
            }
        }
        for item in corpus.items.prefix(20) { #expect(fresh.itemIndex(id: item.id) == decoded.itemIndex(id: item.id)) }
    }

    /// The index read back from its bytes; also, from bytes carrying the corpus's digest, read both
    /// with the corpus (the digest stepped over) and alone (the digest giving the list fields and
    /// the records of one work), each answering as the fresh build does.
    static func roundTrip(_ index: SearchIndex, identity: [UInt8] = Array("test".utf8)) throws -> SearchIndex {
        let bytes = index.encoded(identity: identity)
        #expect(bytes.count % 8 == 0)
        #expect(try SearchIndex.encodedIdentity(bytes) == identity)
        #expect(throws: SearchIndexDecodingError.self) { try SearchIndex.decodedWithDigest(from: bytes) }
        let digested = index.encoded(identity: identity, withDigest: true)
        #expect(digested.count % 8 == 0)
        #expect(try SearchIndex.encodedIdentity(digested) == identity)
        let withCorpus = try SearchIndex.decoded(from: digested, corpus: index.corpus, identity: identity)
        #expect(withCorpus.corpus == index.corpus)
        let (alone, sameWork) = try SearchIndex.decodedWithDigest(from: digested, identity: identity)
        #expect(alone.corpus.items == index.corpus.items.map(listFields))
        #expect(alone.corpus.sessions == index.corpus.sessions)
        #expect(alone.corpus.conferences == index.corpus.conferences)
        #expect(alone.corpus.sources == index.corpus.sources)
        #expect(sameWork == SameWork(index.corpus))
        for q in typing.prefix(30) { #expect(alone.search(q) == index.search(q), "digest: \(q)") }
        return try SearchIndex.decoded(from: bytes, corpus: index.corpus, identity: identity)
    }

    /// What a `CorpusDigest` keeps of an item: its list fields.
    static func listFields(_ item: Item) -> Item {
        Item(id: item.id, kind: item.kind, title: item.title, authors: item.authors, abstract: "", sessionId: item.sessionId,
             start: item.start, end: item.end, source: item.source, conference: item.conference, subtitle: item.subtitle,
             room: item.room, track: item.track, type: item.type, date: item.date, venue: item.venue)
    }

    @Test func theBundledCorpusAnswersAsAFreshBuild() throws {
        let corpus = try Self.bundled()
        let fresh = SearchIndex(corpus: corpus)
        var rng = SeededGenerator(seed: 0x1DE5)
        Self.expectSameAnswers(fresh, try Self.roundTrip(fresh), Self.typing + Self.randomQueries(corpus, &rng, count: 150), "bundled seed \(rng.seed)")
        // Read back from Data, as the library's file is.
        let data = Data(fresh.encoded(identity: []))
        Self.expectSameAnswers(fresh, try SearchIndex.decoded(from: data, corpus: corpus), Self.typing, "bundled from Data")
    }

    @Test func everySampleScheduleAnswersAsAFreshBuild() throws {
        let samples = try Self.samples()
        #expect(samples.count >= 6)
        for (name, corpus) in samples {
            var rng = SeededGenerator(seed: 0x5A3)
            let fresh = SearchIndex(corpus: corpus)
            Self.expectSameAnswers(fresh, try Self.roundTrip(fresh), Self.typing + Self.randomQueries(corpus, &rng, count: 60), "\(name) seed \(rng.seed)")
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aGeneratedNonASCIICorpusAnswersAsAFreshBuild(seed: UInt64) throws {
        let corpus = Self.generated(seed: seed, count: 600)
        var rng = SeededGenerator(seed: seed)
        let queries = Self.typing + Self.randomQueries(corpus, &rng, count: 150) + ["über", "strasse", "東京", "\"über die", "room:saal ä", "conf:kfs", "ærø", "zoe"]
        // One part and several, two-byte and four-byte tokens: each encodes and reads back.
        for index in [SearchIndex(corpus: corpus, parts: 1), SearchIndex(corpus: corpus, parts: 3, narrowTokens: false)] {
            Self.expectSameAnswers(index, try Self.roundTrip(index), queries, "generated seed \(seed)")
        }
        let wide = try Self.roundTrip(SearchIndex(corpus: corpus, parts: 2, narrowTokens: false))
        if case .wide = wide.fields[0].tokens {} else { Issue.record("four-byte tokens should stay four-byte") }
    }

    @Test func anEmptyCorpusRoundTrips() throws {
        let fresh = SearchIndex(corpus: Corpus())
        Self.expectSameAnswers(fresh, try Self.roundTrip(fresh), ["a", "kind:paper", "-x"], "empty")
    }

    // MARK: - damage

    /// Where each section of an encoded index starts and ends (its 16-byte header, then its data).
    static func sections(_ bytes: [UInt8]) -> [(header: Int, data: Range<Int>)] {
        func u64(_ at: Int) -> Int { bytes[at..<(at + 8)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        func u32(_ at: Int) -> Int { bytes[at..<(at + 4)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        var out: [(Int, Range<Int>)] = []
        var at = SearchIndex.headerSize + 16
        while at < bytes.count {
            let count = u64(at), width = u32(at + 8)
            let data = (at + 16)..<(at + 16 + count * width)
            out.append((at, data))
            at = (data.upperBound + 7) / 8 * 8
        }
        return out
    }

    /// The same bytes with the header's checksum made to match the payload again.
    static func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        guard b.count >= SearchIndex.headerSize else { return b }
        let sum = Checksum64.of(Array(b[SearchIndex.headerSize...]))
        for k in 0..<8 { b[16 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
        return b
    }

    static func expectError(_ bytes: [UInt8], _ corpus: Corpus, _ label: String, identity: [UInt8]? = nil) -> SearchIndexDecodingError? {
        do {
            _ = try SearchIndex.decoded(from: bytes, corpus: corpus, identity: identity)
            Issue.record("\(label): decoded")
            return nil
        } catch {
            return error
        }
    }

    @Test func truncatedBlobsAreRefused() throws {
        let corpus = Self.generated(seed: 4, count: 300)
        let bytes = SearchIndex(corpus: corpus).encoded(identity: Array("id".utf8), withDigest: true)
        var cuts = Array(0..<(SearchIndex.headerSize + 64))
        var rng = SeededGenerator(seed: 0x7C)
        for _ in 0..<300 { cuts.append(Int.random(in: 0..<bytes.count, using: &rng)) }
        cuts += Self.sections(bytes).flatMap { [$0.header, $0.header + 8, $0.data.lowerBound, $0.data.upperBound] }.filter { $0 < bytes.count }
        for cut in cuts {
            let error = Self.expectError(Array(bytes.prefix(cut)), corpus, "cut at \(cut) seed \(rng.seed)")
            #expect(error == (cut < 8 ? .notAnIndex : .truncated), "cut at \(cut)")
            // Cut and resealed: the sections themselves no longer fit.
            _ = Self.expectError(Self.resealed(Array(bytes.prefix(cut))), corpus, "cut at \(cut), resealed")
        }
        #expect(Self.expectError([], corpus, "empty") == .notAnIndex)
        #expect(throws: SearchIndexDecodingError.self) { try SearchIndex.encodedIdentity(Array(bytes.prefix(40))) }
    }

    @Test func aFlippedByteInAnySectionIsDetected() throws {
        let corpus = Self.generated(seed: 5, count: 300)
        let fresh = SearchIndex(corpus: corpus)
        let bytes = fresh.encoded(identity: [1, 2, 3], withDigest: true)
        let sections = Self.sections(bytes)
        // identity, 2 term sections, order, 2 clock columns, 9 per field, 5 per attribute, the digest
        // flag and the digest's 12.
        #expect(sections.count == 6 + 9 * SearchField.allCases.count + 5 * ItemAttribute.allCases.count + 1 + 12)
        var places = Array(0..<SearchIndex.headerSize)
        for s in sections {
            places += [s.header, s.header + 8, s.header + 12]
            if !s.data.isEmpty { places += [s.data.lowerBound, s.data.upperBound - 1, (s.data.lowerBound + s.data.upperBound) / 2] }
        }
        for at in places {
            for mask: UInt8 in [0x01, 0x80] {
                var damaged = bytes
                damaged[at] ^= mask
                let error = Self.expectError(damaged, corpus, "byte \(at) ^ \(mask)")
                #expect(error != nil, "byte \(at)")
                // The checksum made to match again: the structure checks refuse it, or it answers
                // without crashing (a changed weight is still a well-formed index).
                if let decoded = try? SearchIndex.decoded(from: Self.resealed(damaged), corpus: corpus) {
                    for q in Self.typing.prefix(12) + ["\"über die", "room:saal", "kind:paper -graph"] { _ = decoded.search(q) }
                }
                if let (decoded, sameWork) = try? SearchIndex.decodedWithDigest(from: Self.resealed(damaged)) {
                    for q in Self.typing.prefix(4) + ["kind:paper -graph"] {
                        let results = decoded.search(q).results
                        _ = sameWork.firstOfEachWork(results).map { (decoded.corpus.items[$0].title, sameWork.others(of: $0)) }
                    }
                }
            }
        }
    }

    @Test func foreignBlobsAreRefused() throws {
        let corpus = Self.generated(seed: 6, count: 200)
        let bytes = SearchIndex(corpus: corpus).encoded(identity: [7])
        var other = bytes
        other[8] = 1
        #expect(Self.expectError(other, corpus, "version 1") == .otherVersion(1))
        other = bytes
        other[0] = UInt8(ascii: "L")
        #expect(Self.expectError(other, corpus, "magic") == .notAnIndex)
        #expect(Self.expectError(bytes + [0, 0, 0, 0, 0, 0, 0, 0], corpus, "longer") == .malformed("8 bytes after the end"))
        #expect(Self.expectError(bytes, corpus, "identity", identity: [8]) == .otherCorpus)
        #expect(Self.expectError(bytes, Self.generated(seed: 6, count: 199), "fewer items") == .otherCorpus)
        var rng = SeededGenerator(seed: 0xF0)
        for length in [1, 7, 8, 31, 32, 33, 64, 4096] {
            let noise = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            _ = Self.expectError(noise, corpus, "noise of \(length) seed \(rng.seed)")
            // Noise after a valid header: a payload that checks yet means nothing.
            var header = Array(bytes.prefix(SearchIndex.headerSize))
            for k in 0..<8 { header[24 + k] = UInt8(truncatingIfNeeded: UInt64(length) >> (8 * UInt64(k))) }
            _ = Self.expectError(Self.resealed(header + noise), corpus, "headed noise of \(length)")
        }
    }

    @Test func theChecksumSeesEveryByte() {
        var rng = SeededGenerator(seed: 0xC5)
        for length in [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 1000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let sum = Checksum64.of(bytes)
            #expect(sum != Checksum64.of(bytes + [0]), "length \(length)")
            for at in 0..<length {
                var b = bytes
                b[at] ^= 1 << UInt8(at % 8)
                #expect(Checksum64.of(b) != sum, "length \(length) byte \(at) seed \(rng.seed)")
            }
        }
    }
}

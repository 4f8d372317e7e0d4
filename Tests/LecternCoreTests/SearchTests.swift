import Foundation
@testable import LecternCore
import Testing

/// Query parser, folding, operators, filters, errors with positions, typo tolerance and highlighting,
/// on a small hand-written corpus.
@Suite struct SearchTests {
    static func fixture() -> Corpus {
        let src = Provenance(file: "fixture.txt", line: 1)
        func t(_ h: Int, _ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: h, minute: m, utcOffsetSeconds: -7 * 3600) }
        let s1 = Session(id: "s1", title: "Deep Learning Architectures", moderator: "Graham Taylor", start: t(17, 0), end: t(18, 0),
                         timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: src)
        let items = [
            Item(id: "rpe", kind: .oral, title: "Relative Positional Encoding for Transformers with Linear Complexity",
                 authors: ["Antoine Liutkus", "Ondřej Cífka"], abstract: "Recent advances in Transformer models allow long sequences.",
                 sessionId: "s1", start: t(17, 0), end: t(17, 20), source: src),
            Item(id: "pool", kind: .spotlight, title: "Poolingformer: Long Document Modeling with Pooling Attention",
                 authors: ["Hang Zhang", "Søren Æbeltoft"], abstract: "A two-level attention schema for long documents, using pooling.",
                 sessionId: "s1", start: t(17, 45), end: t(17, 50), source: src),
            Item(id: "graph", kind: .paper, title: "Graph Neural Networks for Prices",
                 authors: [], abstract: "Message passing over a graph of Straße nodes; a transformer baseline is compared.", source: src),
            Item(id: "sorting", kind: .spotlight, title: "Differentiable Sorting Networks",
                 authors: ["Felix Petersen"], abstract: "Relaxed sorting for ranking supervision.",
                 sessionId: "s1", start: t(17, 35), end: t(17, 40), source: src),
        ]
        return Corpus(sessions: [s1], items: items)
    }

    let index = SearchIndex(corpus: SearchTests.fixture())

    func ids(_ q: String, bookmarks: Bookmarks = Bookmarks()) -> [String] {
        index.search(q, bookmarks: bookmarks).results.map { index.corpus.items[$0].id }
    }

    @Test func foldingDropsCaseAndDiacriticsAndMapsSpecialLetters() {
        #expect(TextFolding.fold("Ondřej Cífka") == "ondrej cifka")
        #expect(TextFolding.fold("Søren Æbeltoft, Straße, Łódź, Đorđe") == "soren aebeltoft strasse lodz dorde")
        #expect(Tokenizer.tokens("Self-Attention (2021)") == ["self", "attention", "2021"])
        #expect(Tokenizer.tokens("Ci\u{301}fka") == ["cifka"])
    }

    @Test func diacriticInsensitiveBothWays() {
        #expect(ids("cifka") == ["rpe"])
        #expect(ids("ondřej") == ["rpe"])
        #expect(ids("CÍFKA") == ["rpe"])
        #expect(ids("soren") == ["pool"])
        #expect(ids("strasse") == ["graph"])
        #expect(ids("straße") == ["graph"])
    }

    @Test func wordsAreAndedPrefixesAndTitleRanksFirst() {
        #expect(ids("transf").first == "rpe")
        #expect(Set(ids("transf")) == ["rpe", "graph"])
        #expect(ids("long pool") == ["pool"])
        #expect(ids("pooling zzz").isEmpty)
    }

    @Test func exactWordRanksAbovePrefix() {
        let corpus = Corpus(items: [
            Item(id: "a", kind: .paper, title: "Sorter design", authors: [], abstract: "", source: Provenance(file: "f", line: 1)),
            Item(id: "b", kind: .paper, title: "Sort design", authors: [], abstract: "", source: Provenance(file: "f", line: 2)),
        ])
        let idx = SearchIndex(corpus: corpus)
        #expect(idx.search("sort").results.map { corpus.items[$0].id } == ["b", "a"])
    }

    @Test func phraseExclusionAndAlternatives() {
        #expect(ids("\"pooling attention\"") == ["pool"])
        #expect(ids("\"attention pooling\"").isEmpty)
        #expect(Set(ids("long -pooling")) == ["rpe"])
        #expect(Set(ids("poolingformer | sorting")) == ["pool", "sorting"])
        #expect(ids("\"positional encoding").first == "rpe") // an unclosed quote runs to the end while typing
    }

    @Test func phraseBeingTypedMatchesItsLastWordAsAPrefix() {
        // Key by key: the last word of an unclosed phrase is still being typed.
        #expect(ids("\"positional enc") == ["rpe"])
        #expect(ids("\"pos") == ["rpe"])
        #expect(ids("\"pooling att") == ["pool"])
        #expect(ids("title:\"linear comp") == ["rpe"])
        // Closed, or ended by a space, the last word is whole.
        #expect(ids("\"positional enc\"").isEmpty)
        #expect(ids("\"positional enc ").isEmpty)
        // Prefixes never widen an exclusion.
        #expect(Set(ids("long -\"pooling att")) == ["rpe", "pool"])
        #expect(Query(parsing: "\"neural net").clauses.first?.alternatives == [.phrase(["neural", "net"], prefix: true, fields: nil)])
        #expect(Query(parsing: "\"neural net\"").clauses.first?.alternatives == [.phrase(["neural", "net"], prefix: false, fields: nil)])
        let h = MatchHighlighter(query: "\"linear comp")
        let text = "Transformers with Linear Complexity"
        #expect(h.ranges(in: text).map { String(text[$0]) } == ["Linear Comp"])
    }

    @Test func titleTieBreakComparesLikeLowercasedStrings() {
        let titles = ["Graph Neural Networks", "graph neural networks", "Graph Neural", "Graph neural Networks!", "GRAPH",
                      "Émile", "emile", "Zebra", "zebra crossing", "Straße", "STRASSE", "", "a", "A", "Ünïcode", "unicode"]
        for a in titles {
            for b in titles {
                let u = a.lowercased(), v = b.lowercased()
                let expected = u == v ? 0 : (u < v ? -1 : 1)
                #expect(SearchIndex.compareLowercased(a, b) == expected, "\(a) vs \(b)")
            }
        }
        #expect(SearchIndex.headKey("abc".utf8) == 0x6162_6300_0000_0000)
    }

    @Test func indexIsTheSameHoweverItsBuildIsSplit() {
        // Enough documents for a parallel build; the same answers with one part or several.
        let base = SearchTests.fixture()
        var items: [Item] = []
        for copy in 0..<700 {
            for var item in base.items {
                item.id += "-\(copy)"
                item.abstract += " copy\(copy % 37) " + (copy % 2 == 0 ? "even" : "odd")
                items.append(item)
            }
        }
        let corpus = Corpus(sessions: base.sessions, items: items)
        let one = SearchIndex(corpus: corpus, parts: 1)
        let three = SearchIndex(corpus: corpus, parts: 3)
        // Four-byte token ids (what a corpus of more than 65,534 distinct words gets) answer the same.
        let wide = SearchIndex(corpus: corpus, parts: 2, narrowTokens: false)
        #expect(one.termCount == three.termCount)
        for q in ["t", "transf", "copy1", "\"pooling attention\"", "\"graph neural net", "even -odd", "long | sorting", "cifka",
                  "author:\"antoine liutkus\"", "author:\"liutkus ondrej\""] {
            let a = one.search(q), b = three.search(q), c = wide.search(q)
            #expect(a.results == b.results, "\(q)")
            #expect(a.scores == b.scores, "\(q)")
            #expect(a.results == c.results, "\(q)")
            #expect(a.scores == c.scores, "\(q)")
            // Authors are kept apart: a phrase never runs from one author's name into the next.
            #expect(q.contains("liutkus ondrej") ? a.results.isEmpty : !a.results.isEmpty, "\(q)")
        }
        if case .narrow = one.fields[0].tokens {} else { Issue.record("expected two-byte tokens") }
        if case .wide = wide.fields[0].tokens {} else { Issue.record("expected four-byte tokens") }
    }

    @Test func fieldFilters() {
        #expect(ids("title:transformers") == ["rpe"])
        #expect(Set(ids("abstract:transformer")) == ["rpe", "graph"])
        #expect(ids("author:petersen") == ["sorting"])
        #expect(Set(ids("session:architectures")) == ["rpe", "pool", "sorting"])
        #expect(ids("moderator:taylor kind:oral") == ["rpe"])
        #expect(ids("kind:paper") == ["graph"])
        #expect(ids("kind:spotlight after:17:40") == ["pool"])
        #expect(ids("before:17:30") == ["rpe"])
        #expect(Set(ids("day:tue")) == ["rpe", "pool", "sorting"])
        #expect(ids("day:wed").isEmpty)
        #expect(ids("kind:spotlight").first == "sorting") // no score: ties broken by time
    }

    /// The time filters read slot starts in the zone asked for (the screen's): 17:45 PDT is 00:45
    /// on Wednesday in UTC.
    @Test func timeFiltersUseTheZoneTheScreenShows() {
        func ids(_ q: String, _ zone: String) -> Set<String> {
            Set(index.search(q, timeZone: zone).results.map { index.corpus.items[$0].id })
        }
        #expect(ids("day:wed", "UTC") == ["rpe", "pool", "sorting"])
        #expect(ids("day:tue", "UTC").isEmpty)
        #expect(ids("before:00:30", "UTC") == ["rpe"])
        #expect(ids("after:17:00", "UTC").isEmpty, "no talk starts after 17:00 UTC")
        #expect(ids("after:02:40", "Europe/Berlin") == ["pool"])
        #expect(ids("day:tue after:17:40", "America/Los_Angeles") == ["pool"])
        #expect(ids("-day:wed kind:spotlight", "UTC").isEmpty)
    }

    /// The explorer searches in its display zone, the one its panes show times in.
    @Test func theExplorerFiltersInItsDisplayZone() {
        var state = State(corpus: SearchTests.fixture(), environment: Environment(displayTimeZone: "UTC"))
        for c in "/day:wed" { _ = reduce(&state, .keyPressed(.char(c))) }
        #expect(Set(state.search.results?.map { state.corpus.items[$0].id } ?? []) == ["rpe", "pool", "sorting"])
    }

    @Test func bookmarkAndNoteFilters() {
        var b = Bookmarks()
        b.entries["pool"] = Bookmark(itemId: "pool", title: "Poolingformer")
        b.entries["graph"] = Bookmark(itemId: "graph", title: "Graph", note: "read later")
        b.entries["sorting"] = Bookmark(itemId: "sorting", title: "Sorting", note: "  ")
        #expect(Set(ids("is:bookmarked", bookmarks: b)) == ["pool", "graph", "sorting"])
        #expect(ids("is:noted", bookmarks: b) == ["graph"])
    }

    @Test func malformedQueriesReportThePosition() {
        let e1 = index.search("graph foo:bar").error
        #expect(e1?.position == 6)
        #expect(e1?.message.contains("unknown field \"foo\"") == true)
        #expect(index.search("kind:talk").error?.position == 5)
        #expect(index.search("after:25:00").error?.position == 6)
        #expect(index.search("day:xyz").error?.position == 4)
        #expect(index.search("is:starred").error?.position == 3)
        #expect(index.search("title:").error?.position == 6)
        #expect(index.search("pool |").error?.position == 5)
        #expect(index.search("| pool").error?.position == 0)
        #expect(index.search("pool -").error?.position == 5)
    }

    @Test func typoToleranceSaysWhatItDid() {
        let o = index.search("transformr")
        #expect(Set(o.results.map { index.corpus.items[$0].id }) == ["rpe", "graph"])
        #expect(o.note == "no match for “transformr”; showing results for “transformer”")
        #expect(index.search("sortng").note != nil)
        #expect(index.search("grph").results.isEmpty) // under 5 letters: no typo tolerance
        #expect(index.search("pooling").note == nil)
    }

    @Test func matchedFieldsNameTheFields() {
        let rpe = index.corpus.items.firstIndex { $0.id == "rpe" } ?? -1
        #expect(index.matchedFields("cifka transformer", item: rpe) == [.title, .authors, .abstract])
    }

    @Test func highlighterIsFoldingAwareAndSkipsFiltersAndExclusions() {
        let text = "Ondřej Cífka and pooling"
        let h = MatchHighlighter(query: "cifka pool -and kind:oral")
        let parts = h.ranges(in: text).map { String(text[$0]) }
        #expect(parts == ["Cífka", "pool"])
        let p = MatchHighlighter(query: "\"linear complexity\"")
        let t2 = "Transformers with Linear Complexity"
        #expect(p.ranges(in: t2).map { String(t2[$0]) } == ["Linear Complexity"])
        #expect(MatchHighlighter(query: "kind:oral").isEmpty)
    }

    @Test func aFieldQueryHighlightsOnlyItsField() {
        let text = "Self-normalizing networks are self normalizing"
        let query = "title:\"self normalizing"
        #expect(MatchHighlighter(query: query, fields: [.title]).ranges(in: text).map { String(text[$0]) } == ["Self-normalizing", "self normalizing"])
        #expect(MatchHighlighter(query: query, fields: [.abstract]).isEmpty)
        // A word with no field highlights everywhere; `author:` words only in the authors.
        let mixed = "author:cifka transformer"
        let abstract = MatchHighlighter(query: mixed, fields: [.abstract])
        #expect(abstract.words == ["transformer"])
        #expect(MatchHighlighter(query: mixed, fields: [.authors]).words == ["cifka", "transformer"])
        #expect(MatchHighlighter(query: mixed).words == ["cifka", "transformer"])
    }
}

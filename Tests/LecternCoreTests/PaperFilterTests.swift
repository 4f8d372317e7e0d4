import LecternCore
import Testing

/// `cat:`, `venue:` and `year:`: the paper sources' fields as filters.
@Suite struct PaperFilterTests {
    static let corpus: Corpus = {
        func paper(_ id: String, date: String?, venue: String? = nil, categories: [String]? = nil, keywords: [String]? = nil,
                   journal: String? = nil) -> Item {
            Item(id: id, kind: .paper, title: "Paper \(id)", authors: ["Ann Lee"], abstract: "", source: Provenance(file: "t", line: 1),
                 date: date, venue: venue, categories: categories, keywords: keywords, journalRef: journal)
        }
        return Corpus(items: [
            paper("lg", date: "2024-01-31", categories: ["cs.LG", "stat.ML"]),
            paper("cl", date: "2023-05-02", categories: ["cs.CL"]),
            paper("icml", date: "2024-05-02", venue: "ICML 2024 Oral", keywords: ["graph neural networks"]),
            paper("chil", date: "2024", venue: "Proceedings of the fifth Conference on Health, Inference, and Learning"),
            paper("jmlr", date: nil, journal: "JMLR 21 (2020)"),
        ])
    }()

    func ids(_ query: String) -> Set<String> {
        let index = SearchIndex(corpus: Self.corpus)
        let outcome = index.search(query)
        #expect(outcome.error == nil, "\(query): \(outcome.error?.message ?? "")")
        return Set(outcome.results.map { Self.corpus.items[$0].id })
    }

    @Test func categoriesAndKeywords() {
        #expect(ids("cat:cs.LG") == ["lg"])
        #expect(ids("cat:cs") == ["lg", "cl"], "a category's prefix, as cs.* in arXiv")
        #expect(ids("category:stat.ml") == ["lg"])
        #expect(ids("cat:\"graph neural\"") == ["icml"], "keywords are categories too")
        #expect(ids("-cat:cs") == ["icml", "chil", "jmlr"])
    }

    @Test func venuesAndJournals() {
        #expect(ids("venue:icml") == ["icml"])
        #expect(ids("venue:\"health inference\"") == ["chil"])
        #expect(ids("venue:jmlr") == ["jmlr"])
    }

    @Test func yearsFromTheDate() {
        #expect(ids("year:2024") == ["lg", "icml", "chil"])
        #expect(ids("year:2023 | year:2024 cat:cs") == ["lg", "cl"])
        #expect(ids("year:1999").isEmpty)
        #expect(Query(parsing: "nope:x").error?.message.contains("cat, venue, year") == true)
    }
}

/// Same work: folded title and a shared author (surname and first initial), never the title alone.
@Suite struct SameWorkTests {
    static func item(_ id: String, _ title: String, _ authors: [String], kind: ItemKind = .paper) -> Item {
        Item(id: id, kind: kind, title: title, authors: authors, abstract: "", source: Provenance(file: "t", line: 1))
    }

    @Test func titleAndOneAuthorMakeOneWork() {
        let corpus = Corpus(items: [
            Self.item("talk", "Relative Positional Encoding for Transformers", ["Antoine Liutkus", "Ondřej Cífka"], kind: .oral),
            Self.item("paper", "relative positional encoding for {T}ransformers.", ["O. Cifka"]),
            Self.item("preprint", "Relative Positional Encoding for Transformers", ["Someone Else", "Antoine Liutkus"]),
            Self.item("stranger", "Relative Positional Encoding for Transformers", ["Nobody Known"]),
            Self.item("qa", "Relative Positional Encoding for Transformers", ["Antoine Liutkus"], kind: .qa),
            Self.item("short", "Intro", ["Antoine Liutkus"]),
            Self.item("short2", "Intro", ["Antoine Liutkus"]),
        ])
        let same = SameWork(corpus)
        #expect(same.others(of: 0) == [1, 2])
        #expect(same.others(of: 1) == [0, 2], "through the talk, the preprint shares a work with the paper")
        #expect(same.others(of: 3).isEmpty, "the same title with no shared author")
        #expect(same.others(of: 4).isEmpty, "a Q&A slot is no work")
        #expect(same.others(of: 5).isEmpty, "a title too short to tell works apart")
        // Two slots of the schedule with one title and speaker (a welcome each day) are two talks.
        var first = Self.item("welcome-1", "Welcome to the Devroom", ["Ann Lee"], kind: .oral)
        first.start = Timestamp(epochSeconds: 1_612_000_000, utcOffsetSeconds: 0)
        var second = first
        second.id = "welcome-2"
        second.start = Timestamp(epochSeconds: 1_612_086_400, utcOffsetSeconds: 0)
        #expect(SameWork(Corpus(items: [first, second])).others(of: 0).isEmpty)
    }
}

/// The explorer lists a work once in search results, once it knows which records are one work.
@Suite struct SameWorkExplorerTests {
    static var corpus: Corpus {
        var talk = SameWorkTests.item("talk", "Relative Positional Encoding for Transformers", ["Antoine Liutkus", "Ondřej Cífka"], kind: .oral)
        talk.start = Timestamp(epochSeconds: 1_626_786_000, utcOffsetSeconds: 0)
        return Corpus(items: [
            talk,
            SameWorkTests.item("paper", "relative positional encoding for {T}ransformers.", ["O. Cifka"]),
            SameWorkTests.item("stranger", "Relative Positional Encoding for Transformers", ["Nobody Known"]),
            SameWorkTests.item("other", "Positional encodings revisited", ["Ann Lee"]),
        ])
    }

    @Test func firstOfEachWorkKeepsTheBestRankedRecord() {
        let same = SameWork(Self.corpus)
        #expect(same.firstOfEachWork([1, 3, 0, 2]) == [1, 3, 2])
        #expect(same.firstOfEachWork([2, 0, 1]) == [2, 0])
        #expect(SameWork(Corpus(items: [])).firstOfEachWork([]) == [])
    }

    @Test func searchResultsListAWorkOnceAfterTheFirstFrame() {
        var state = State(corpus: Self.corpus, size: Size(width: 120, height: 40))
        let effects = reduce(&state, .firstFrameDrawn)
        #expect(effects.contains(.findSameWork(state.corpus)))
        state.applySearch("positional encoding")
        #expect(state.search.results?.count == 4, "before the records are known, every record is listed")
        // The selection is on the paper; when the works arrive it stays on that work.
        let paper = state.visibleItems.firstIndex(of: 1)!
        state.browse.itemsCursor.select(paper, count: state.visibleItems.count, visible: 10)
        _ = reduce(&state, .sameWorkFound(SameWork(state.corpus), itemCount: state.corpus.items.count))
        let ids = state.visibleItems.map { state.corpus.items[$0].id }
        #expect(ids.count == 3 && ids.contains("stranger") && ids.contains("other"), "\(ids)")
        #expect(ids.filter { $0 == "talk" || $0 == "paper" }.count == 1, "\(ids)")
        #expect(["talk", "paper"].contains(state.selectedItem?.id ?? ""), "the selection stays on the work")
        #expect(state.search.results?.count == 3)
        // A stale answer (for another corpus) is ignored.
        var other = State(corpus: Self.corpus, size: Size(width: 120, height: 40))
        _ = reduce(&other, .sameWorkFound(SameWork(Corpus(items: [])), itemCount: 0))
        #expect(other.derived.sameWork == nil)
    }
}

/// A collection of papers is named by what it is, from the papers themselves.
@Suite struct CollectionNameTests {
    static func paper(venue: String? = nil, date: String? = nil, categories: [String]? = nil) -> Item {
        var item = SameWorkTests.item("p", "A paper", [])
        item.venue = venue
        item.date = date
        item.categories = categories
        return item
    }

    @Test func eachSourceIsNamedAsItsReadersCallIt() {
        let arxiv = [Self.paper(categories: ["cs.LG", "stat.ML"]), Self.paper(categories: ["cs.LG"]), Self.paper(categories: ["cs.CL"])]
        #expect(CollectionName.title(of: arxiv, format: "arXiv API Atom feed") == "arXiv cs.LG")
        let openReview = [Self.paper(venue: "ICML 2024 Oral"), Self.paper(venue: "ICML 2024 Oral"), Self.paper(venue: "ICML 2024 Poster")]
        #expect(CollectionName.title(of: openReview, format: "OpenReview notes JSON") == "ICML 2024 orals (OpenReview)")
        #expect(CollectionName.title(of: [Self.paper(venue: "ICLR 2024 Conference")], format: "OpenReview notes JSON")
                == "ICLR 2024 Conference (OpenReview)")
        let chil = [Self.paper(venue: "Proceedings of the fifth Conference on Health, Inference, and Learning", date: "2024-06-27")]
        #expect(CollectionName.title(of: chil, format: "BibTeX") == "CHIL 2024 proceedings")
        let icml = [Self.paper(venue: "Proceedings of the 38th International Conference on Machine Learning", date: "2021")]
        #expect(CollectionName.title(of: icml, format: "BibTeX") == "ICML 2021 proceedings")
        let acl = [Self.paper(venue: "Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics (ACL 2023)", date: "2023-07")]
        #expect(CollectionName.title(of: acl, format: "BibTeX") == "ACL 2023 proceedings")
        // A journal is named as it is; nothing to go by is no name.
        #expect(CollectionName.title(of: [Self.paper(venue: "Journal of Machine Learning Research")], format: "BibTeX")
                == "Journal of Machine Learning Research")
        #expect(CollectionName.title(of: [Self.paper()], format: "BibTeX") == nil)
        #expect(CollectionName.title(of: [Self.paper()], format: "Mini-Conf papers CSV") == nil)
    }
}

/// The sessions pane lists each named collection of papers; the rest stay "Trending papers".
@Suite struct PaperCollectionCatalogTests {
    @Test func eachNamedCollectionIsAnEntryOfItsOwn() {
        func paper(_ id: String, _ file: String) -> Item {
            Item(id: id, kind: .paper, title: id, authors: [], abstract: "", source: Provenance(file: file, line: 1))
        }
        let corpus = Corpus(items: [paper("a", "chil24.bib"), paper("b", "trending.txt"), paper("c", "icml.json"), paper("d", "chil24.bib")])
        let catalog = Catalog(corpus: corpus, collections: ["chil24.bib": "CHIL 2024 proceedings", "icml.json": "ICML 2024 orals (OpenReview)"])
        #expect(catalog.entries == [.collection("CHIL 2024 proceedings"), .collection("ICML 2024 orals (OpenReview)"), .trending, .bookmarks])
        #expect(catalog.items(of: .collection("CHIL 2024 proceedings")) == [0, 3])
        #expect(catalog.paperIndices == [1])
        #expect(catalog.entries(containing: 2, sessionId: nil, grouping: .room) == [.collection("ICML 2024 orals (OpenReview)")])
        #expect(catalog.entries(containing: 1, sessionId: nil, grouping: .room) == [.trending])
        // Without names, every paper is listed together, as before.
        #expect(Catalog(corpus: corpus).entries == [.trending, .bookmarks])
    }
}

/// The details of a talk name its paper ("Paper of this talk"), a paper's its talk, and `o`
/// offers the links of both.
@Suite struct SameWorkDetailsTests {
    @Test func detailsAndLinksSpanTheRecordsOfAWork() {
        var corpus = SameWorkExplorerTests.corpus
        corpus.items[0].links = [ItemLink(title: "Event page", url: "https://example.org/talk")]
        corpus.items[1].links = [ItemLink(title: "PDF", url: "https://example.org/paper.pdf")]
        corpus.items[1].venue = "Proceedings of the 38th International Conference on Machine Learning"
        var state = State(corpus: corpus, size: Size(width: 120, height: 40))
        let talk = corpus.items[0], paper = corpus.items[1]
        // Before the records of each work are known, nothing is said.
        #expect(DetailsText(item: talk, state: state, width: 60).notices.isEmpty)
        _ = reduce(&state, .sameWorkFound(SameWork(corpus), itemCount: corpus.items.count))
        let ofTalk = DetailsText(item: talk, state: state, width: 200).notices
        #expect(ofTalk.map(\.label) == ["Same work"])
        #expect(ofTalk.first?.lines.joined(separator: " ")
                == "Paper of this talk: Proceedings of the 38th International Conference on Machine Learning [paper]")
        let ofPaper = DetailsText(item: paper, state: state, width: 200).notices
        #expect(ofPaper.first?.lines.joined(separator: " ") == "Talk of this paper: t [talk]")
        #expect(DetailsText(item: corpus.items[2], state: state, width: 60).notices.isEmpty, "the same title by others is another work")
        // `o` on the talk offers its own link, then its paper's.
        state.applySearch("positional encoding")
        state.selectItem(id: "talk")
        state.focus = .items
        _ = reduce(&state, .keyPressed(.char("o")))
        #expect(state.status?.contains("1 Event page") == true && state.status?.contains("2 PDF (paper)") == true, "\(state.status ?? "")")
    }
}

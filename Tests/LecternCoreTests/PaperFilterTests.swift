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

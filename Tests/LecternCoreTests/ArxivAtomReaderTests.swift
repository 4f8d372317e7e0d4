import Foundation
import Testing
@testable import LecternCore

/// The arXiv API Atom reader on the sample query and on hand-written feeds of the older forms.
@Suite struct ArxivAtomReaderTests {
    static func read(_ text: String, name: String = "query.xml") throws -> (corpus: Corpus, messages: [ImportMessage]) {
        try SourceImport.importSources([(name, Array(text.utf8))])
    }

    static func item(_ corpus: Corpus, _ id: String) throws -> Item {
        try #require(corpus.items.first { $0.id == id }, "no item \(id)")
    }

    @Test func testingQueryOf100() throws {
        let bytes = try [UInt8](Data(contentsOf: ScheduleImportTests.samples.appendingPathComponent("papers/arxiv_query_testing_100.atom.xml")))
        #expect(SourceImport.reader(for: bytes) == ArxivAtomReader.self)
        let (corpus, messages) = try SourceImport.importSources([("q.atom.xml", bytes)])
        #expect(messages.isEmpty)
        #expect(corpus.items.count == 100)
        #expect(corpus.items.map(\.authors.count).reduce(0, +) == 366)
        #expect(corpus.items.filter { $0.comment != nil }.count == 97)
        #expect(corpus.items.allSatisfy { $0.links?.contains { $0.title == "PDF" } == true && $0.categories?.isEmpty == false })
        let first = try Self.item(corpus, "arxiv-2202-12139")
        #expect(first.title == "Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques")
        #expect(first.authors == ["Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"])
        #expect(first.categories == ["cs.SE", "cs.LG"])
        #expect(first.date == "2022-02-24" && first.updated == "2022-02-24")
        #expect(first.comment == "Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022")
        #expect(first.doi == "10.1109/ICSTW55395.2022.00035")
        #expect(first.journalRef?.hasPrefix("Artificial Intelligence in Software Testing @ 2022 IEEE") == true)
        #expect(first.links == [ItemLink(title: "Abstract page", url: "https://arxiv.org/abs/2202.12139v1"),
                                ItemLink(title: "PDF", url: "https://arxiv.org/pdf/2202.12139v1"),
                                ItemLink(title: "DOI", url: "https://doi.org/10.1109/ICSTW55395.2022.00035")])
        #expect(first.abstract.hasPrefix("Deep Learning (DL) has revolutionized"))
        // An old-style id, and authors with accents.
        let old = try Self.item(corpus, "arxiv-gr-qc-0103067")
        #expect(old.authors == ["Mark P. Haugan", "C. Lämmerzahl"])
        #expect(old.journalRef == "Lect.Notes Phys.562:195-212,2001")
        #expect(old.abstract.hasPrefix("Modern formulations"))
        #expect(old.source.line == 2460)
        #expect(try CorpusDecoder.decode(try corpus.jsonData()) == corpus)
    }

    @Test func olderFeedWithHttpLinksAndNamespacesWhereUsed() throws {
        let (corpus, messages) = try Self.read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearchrss/1.0/">
          <link xmlns="http://www.w3.org/2005/Atom" href="http://arxiv.org/api/query?id_list=hep-th/9901001" rel="self"/>
          <entry>
            <id>http://arxiv.org/abs/hep-th/9901001v3</id>
            <updated>1999-03-02T10:00:00-05:00</updated>
            <published>1999-01-01T00:00:00-05:00</published>
            <title>An Old
              Paper  Title</title>
            <summary>  First line
          second line.
        </summary>
            <author><name>A. Einstein</name><arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">IAS</arxiv:affiliation></author>
            <author><name>B. Podolsky</name></author>
            <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">4 pages</arxiv:comment>
            <link href="http://arxiv.org/abs/hep-th/9901001v3" rel="alternate" type="text/html"/>
            <link title="pdf" href="http://arxiv.org/pdf/hep-th/9901001v3" rel="related" type="application/pdf"/>
            <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="hep-th" scheme="http://arxiv.org/schemas/atom"/>
            <category term="gr-qc" scheme="http://arxiv.org/schemas/atom"/>
            <category term="hep-th" scheme="http://arxiv.org/schemas/atom"/>
          </entry>
          <a:entry xmlns:a="http://www.w3.org/2005/Atom"><a:id>http://arxiv.org/abs/1234.5678v1</a:id><a:title>Prefixed</a:title></a:entry>
          <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title>
            <summary>incorrect id format for 1234</summary></entry>
          <entry><id>http://arxiv.org/abs/0000.0000v1</id></entry>
        </feed>
        """)
        #expect(corpus.items.map(\.id) == ["arxiv-hep-th-9901001", "arxiv-1234-5678"])
        let old = try Self.item(corpus, "arxiv-hep-th-9901001")
        #expect(old.title == "An Old Paper Title")
        #expect(old.abstract == "First line second line.")
        #expect(old.authors == ["A. Einstein", "B. Podolsky"])
        #expect(old.categories == ["hep-th", "gr-qc"])
        #expect(old.date == "1999-01-01" && old.updated == "1999-03-02")
        #expect(old.comment == "4 pages")
        #expect(old.links?.map(\.url) == ["http://arxiv.org/abs/hep-th/9901001v3", "http://arxiv.org/pdf/hep-th/9901001v3"])
        let skipped = messages.map(\.description)
        #expect(skipped.count == 2)
        #expect(skipped.first?.contains("an arXiv API error: incorrect id format for 1234") == true)
        #expect(skipped.last?.contains("a <title> in the entry http://arxiv.org/abs/0000.0000v1") == true)
    }

    @Test func hostileXMLIsRefused() throws {
        let bomb = """
        <?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaa">]>
        <feed xmlns="http://www.w3.org/2005/Atom"><id>http://arxiv.org/api/x</id><entry><title>&a;</title></entry></feed>
        """
        #expect(throws: ImportError.self) { try Self.read(bomb) }
        #expect(throws: ImportError.self) { try Self.read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><id>http://arxiv.org/api/x</id><entry>") }
        #expect(!ArxivAtomReader.recognises(ArraySlice(Array("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A blog</title>".utf8))))
    }
}

import Foundation
import Testing
@testable import LecternCore

/// The OpenReview reader on the ICML 2024 orals (API v2) and on hand-written v1 notes.
@Suite struct OpenReviewReaderTests {
    static func read(_ text: String, name: String = "notes.json") throws -> (corpus: Corpus, messages: [ImportMessage]) {
        try SourceImport.importSources([(name, Array(text.utf8))])
    }

    @Test func icml2024OralsFromAPIv2() throws {
        let bytes = try [UInt8](Data(contentsOf: ScheduleImportTests.samples.appendingPathComponent("papers/icml_2024_oral.openreview-v2.json")))
        #expect(SourceImport.reader(for: bytes) == OpenReviewReader.self)
        let (corpus, messages) = try SourceImport.importSources([("orals.json", bytes)])
        #expect(messages.isEmpty)
        #expect(corpus.items.count == 144)
        #expect(corpus.items.allSatisfy { $0.venue == "ICML 2024 Oral" && !$0.abstract.isEmpty && !$0.authors.isEmpty })
        let first = try #require(corpus.items.first { $0.id == "openreview-fra0nnbs1n" })
        #expect(first.title == "Probabilistic Inference in Language Models via Twisted Sequential Monte Carlo")
        #expect(first.authors == ["Stephen Zhao", "Rob Brekelmans", "Alireza Makhzani", "Roger Baker Grosse"])
        #expect(first.links == [ItemLink(title: "Forum", url: "https://openreview.net/forum?id=frA0NNBS1n"),
                                ItemLink(title: "PDF", url: "https://openreview.net/pdf/eada04b50249701256b116303609e5684dc2beff.pdf")])
        // pdate 1714610509454 ms is 2024-05-02 UTC.
        #expect(first.date == "2024-05-02")
        #expect(first.abstract.hasPrefix("Numerous capability and safety techniques of Large Language Models (LLMs)"))
        #expect(try CorpusDecoder.decode(try corpus.jsonData()) == corpus)
    }

    @Test func v1NotesWithPlainStrings() throws {
        let (corpus, messages) = try Self.read("""
        [
          {"id": "rJxyz", "forum": "rJxyz", "invitation": "ICLR.cc/2020/Conference/-/Blind_Submission", "tcdate": 1569439000000,
           "signatures": ["ICLR.cc/2020/Conference"],
           "content": {"title": "A v1 Note", "authors": ["Ann Lee", "Bo Li"], "abstract": "Plain  strings\\nhere.",
                       "keywords": ["graphs", "attention"], "pdf": "/pdf/abc.pdf", "code": "https://github.com/x/y",
                       "venue": "ICLR 2020 Conference"}},
          {"id": "noTitle", "forum": "noTitle", "invitation": "x", "content": {"authors": []}},
          {"forum": "x", "content": {"title": "no id"}}
        ]
        """)
        #expect(corpus.items.map(\.id) == ["openreview-rjxyz"])
        let note = try #require(corpus.items.first)
        #expect(note.title == "A v1 Note" && note.authors == ["Ann Lee", "Bo Li"] && note.abstract == "Plain strings here.")
        #expect(note.keywords == ["graphs", "attention"] && note.venue == "ICLR 2020 Conference" && note.date == "2019-09-25")
        #expect(note.links?.map(\.title) == ["Forum", "PDF", "Code"])
        #expect(note.links?[1].url == "https://openreview.net/pdf/abc.pdf")
        #expect(messages.count == 2)
        #expect(messages.first?.description.contains("expected a title in the note noTitle") == true)
    }

    @Test func truncatedJSONIsReportedWhereItBreaks() throws {
        #expect(throws: ImportError.self) {
            try Self.read("{\"notes\": [{\"id\": \"a\", \"forum\": \"a\", \"invitations\": [], \"content\": {\"title\": {\"value\": \"T")
        }
    }
}

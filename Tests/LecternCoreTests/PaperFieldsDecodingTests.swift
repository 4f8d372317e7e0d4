import Foundation
import Testing
@testable import LecternCore

/// The optional paper fields (date, updated, venue, categories, keywords, doi, comment, journalRef):
/// both decoders read them alike, leave them out when absent, and the schema places a bad one.
@Suite struct PaperFieldsDecodingTests {
    static func corpus(_ item: String) -> Data {
        Data("""
        {"version": 1, "sources": ["x"], "sessions": [], "items": [
          {"id": "p", "kind": "paper", "title": "T", "authors": ["A B"], "abstract": "", "source": {"file": "x", "line": 1}\(item)}
        ]}
        """.utf8)
    }

    @Test func everyFieldIsReadByBothDecoders() throws {
        let data = Self.corpus("""
        , "date": "2024-01-31", "updated": "2024-02", "venue": "ICML 2024", "categories": ["cs.LG", "stat.ML"],
        "keywords": ["k"], "doi": "10.1/x", "comment": "9 pages", "journalRef": "J. 1 (2024)"
        """)
        let quick = try #require(data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self)) })
        let full = try CorpusDecoder.decodeFully(data, fileName: "c")
        #expect(quick == full)
        let item = try #require(full.items.first)
        #expect(item.date == "2024-01-31" && item.updated == "2024-02" && item.venue == "ICML 2024")
        #expect(item.categories == ["cs.LG", "stat.ML"] && item.keywords == ["k"] && item.doi == "10.1/x")
        #expect(item.comment == "9 pages" && item.journalRef == "J. 1 (2024)")
        let back = String(decoding: try full.jsonData(), as: UTF8.self)
        #expect(back.contains("\"journalRef\" : \"J. 1 (2024)\""))
    }

    @Test func absentFieldsStayOutOfTheFile() throws {
        let corpus = try CorpusDecoder.decode(Self.corpus(""))
        let text = String(decoding: try corpus.jsonData(), as: UTF8.self)
        for key in ["date", "updated", "venue", "categories", "keywords", "doi", "comment", "journalRef"] {
            #expect(!text.contains("\"\(key)\""))
        }
    }

    @Test func aBadDateIsPlaced() throws {
        #expect(throws: CorpusDecodingError.self) { try CorpusDecoder.decode(Self.corpus(", \"date\": \"2024-13-01\"")) }
        do {
            _ = try CorpusDecoder.decode(Self.corpus(", \"date\": \"yesterday\", \"categories\": [1]"), fileName: "c.json")
        } catch let error as CorpusDecodingError {
            let text = "\(error)"
            #expect(text.contains("items[0].date: expected a date such as \"2024-01-31\", \"2024-01\" or \"2024\", found \"yesterday\""))
            #expect(text.contains("items[0].categories[0]: expected a string, found a number"))
        }
    }
}

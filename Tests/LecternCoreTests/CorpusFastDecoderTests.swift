import Foundation
import Testing
@testable import LecternCore

/// The one-pass decoder must build exactly what the full parser and schema build, and leave every
/// input it does not expect (valid or not) to them.
@Suite struct CorpusFastDecoderTests {
    func fast(_ text: String) -> Corpus? {
        let data = Data(text.utf8)
        return data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self)) }
    }

    @Test func bundledCorpusDecodesTheSameBothWays() throws {
        let data = Corpus.bundledData()
        let quick = try #require(data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self)) })
        let full = try CorpusDecoder.decodeFully(data, fileName: "bundled")
        #expect(quick == full)
        #expect(!quick.items.isEmpty)
    }

    @Test func reEncodedCorpusWithEscapesAndNullsDecodesTheSameBothWays() throws {
        var corpus = try CorpusDecoder.decode(Corpus.bundledData())
        corpus.items[0].title = "Quote \" backslash \\ tab \t newline \n snowman ☃ e\u{301} 😀"
        corpus.items[0].kindInferred = true
        let data = try corpus.jsonData()
        let quick = try #require(data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self)) })
        #expect(quick == (try CorpusDecoder.decodeFully(data, fileName: "c")))
        #expect(quick.items[0].title == corpus.items[0].title)
    }

    @Test func unicodeEscapesAndNullOptionalsMatchTheFullDecoder() throws {
        let text = """
        {"version": 1, "sources": ["a.txt"], "sessions": [{"id": "s", "title": "T\\u00e9 \\ud83d\\ude00", "moderator": null,
         "start": "2021-07-20T17:00:00-07:00", "end": "2021-07-20T18:00:00-07:00", "timeZone": "America/Los_Angeles",
         "zoneAbbreviation": null, "source": {"file": "a.txt", "line": 3}}],
         "items": [{"id": "p", "kind": "paper", "title": "x", "authors": [], "abstract": "", "sessionId": null,
         "start": null, "end": null, "kindInferred": null, "source": {"line": 1, "file": "a.txt"}}]}
        """
        let quick = try #require(fast(text))
        #expect(quick == (try CorpusDecoder.decodeFully(Data(text.utf8), fileName: "c")))
        #expect(quick.sessions[0].title == "Té 😀")
    }

    @Test func itemsReadInPartsAreTheSameAsInOnePass() throws {
        // Every abstract holds what looks like a boundary between items (`}, {"`), so many guessed
        // part starts fall inside strings and must be caught and read again.
        var corpus = try CorpusDecoder.decode(Corpus.bundledData())
        for k in corpus.items.indices where k % 3 == 0 {
            corpus.items[k].abstract += " \\frac{a}, {\"b\": 1}, {\"id\": \"x\"}"
        }
        let data = try corpus.jsonData()
        let one = try #require(data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self), itemParts: 1) })
        #expect(one == corpus)
        for parts in 2...9 {
            let split = data.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self), itemParts: parts) }
            #expect(split == one, "\(parts) parts")
        }
        // Compact JSON without spaces, and an empty items array.
        let compact = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: data), options: [.sortedKeys])
        let compactSplit = compact.withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self), itemParts: 4) }
        #expect(compactSplit == one)
        let empty = #"{"version": 1, "sources": [], "sessions": [], "items": []}"#
        #expect(Data(empty.utf8).withUnsafeBytes { CorpusFastDecoder.decode($0.bindMemory(to: UInt8.self), itemParts: 3) }?.items == [])
    }

    @Test func anythingUnexpectedIsLeftToTheFullDecoder() {
        let base = """
        {"version": 1, "sources": [], "sessions": [], "items": [{"id": "p", "kind": "paper", "title": "x", "authors": [],
         "abstract": "", "source": {"file": "a.txt", "line": 1}}]}
        """
        #expect(fast(base) != nil)
        let broken = [
            base.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2"),
            base.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 1.0"),
            base.replacingOccurrences(of: "\"kind\": \"paper\"", with: "\"kind\": \"poster\""),
            base.replacingOccurrences(of: "\"kind\": \"paper\"", with: "\"kind\": \"oral\""),
            base.replacingOccurrences(of: "\"line\": 1", with: "\"line\": 0"),
            base.replacingOccurrences(of: "\"title\": \"x\",", with: ""),
            base.replacingOccurrences(of: "\"title\": \"x\",", with: "\"title\": \"x\", \"title\": \"y\","),
            base.replacingOccurrences(of: "\"title\": \"x\",", with: "\"title\": \"x\", \"extra\": 1,"),
            base.replacingOccurrences(of: "\"id\": \"p\"", with: "\"id\": \"\""),
            base.replacingOccurrences(of: "\"abstract\": \"\",", with: "\"abstract\": \"\", \"sessionId\": \"nope\","),
            base.replacingOccurrences(of: "\"abstract\": \"\",", with: "\"abstract\": \"\", \"start\": \"2021-07-20T17:00:00Z\","),
            base.replacingOccurrences(of: "\"title\": \"x\"", with: "\"title\": \"a\nb\""),
            base + " x",
            String(base.dropLast()),
        ]
        for text in broken { #expect(fast(text) == nil, "\(text)") }
    }
}

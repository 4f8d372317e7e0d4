import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// The corpus writer gives the bytes `StableJSON` (Foundation's encoder) gives, on the bundled
/// corpus and on seeded corpora that use every optional field and awkward text.
@Suite struct CorpusJSONWriterTests {
    @Test func theBundledCorpusIsWrittenAsTheEncoderWritesIt() throws {
        let corpus = try CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")
        #expect(try corpus.jsonData() == StableJSON.data(corpus))
    }

    @Test func everyFieldIsWrittenAsTheEncoderWritesIt() throws {
        var rng = SeededGenerator(seed: 0xC0DE)
        let texts = ["", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r\u{8}\u{C}", "\u{0}\u{1F}\u{7F}", "a/b https://x.org/",
                     "é 日本 😀 \u{2028}\u{FEFF}", "  spaced  "]
        func text() -> String { texts.randomElement(using: &rng)! }
        func maybe() -> String? { Bool.random(using: &rng) ? text() : nil }
        func list() -> [String] { (0..<Int.random(in: 0...3, using: &rng)).map { _ in text() } }
        func time() -> Timestamp {
            Timestamp(epochSeconds: Int64.random(in: 0...4_000_000_000, using: &rng), utcOffsetSeconds: Int.random(in: -12...12, using: &rng) * 1800)
        }
        for _ in 0..<50 {
            let sessions = (0..<Int.random(in: 0...3, using: &rng)).map { k in
                Session(id: "s\(k)", title: text(), moderator: maybe(), start: time(), end: time(), timeZone: text(),
                        zoneAbbreviation: maybe(), source: Provenance(file: text(), line: Int.random(in: 0...99_999, using: &rng)),
                        conference: maybe(), room: maybe())
            }
            let items = (0..<Int.random(in: 0...4, using: &rng)).map { k in
                Item(id: "i\(k)", kind: ItemKind.allCases.randomElement(using: &rng)!, kindInferred: [nil, true, false].randomElement(using: &rng)!,
                     title: text(), authors: list(), abstract: text(), sessionId: maybe(), start: Bool.random(using: &rng) ? time() : nil,
                     end: Bool.random(using: &rng) ? time() : nil, source: Provenance(file: text(), line: 1), conference: maybe(),
                     subtitle: maybe(), room: maybe(), track: maybe(), type: maybe(), language: maybe(),
                     links: Bool.random(using: &rng) ? (0..<Int.random(in: 0...2, using: &rng)).map { _ in ItemLink(title: text(), url: text()) } : nil,
                     date: maybe(), updated: maybe(), venue: maybe(), categories: Bool.random(using: &rng) ? list() : nil,
                     keywords: Bool.random(using: &rng) ? list() : nil, doi: maybe(), comment: maybe(), journalRef: maybe())
            }
            let conferences = Bool.random(using: &rng) ? (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                Conference(id: text(), title: text(), acronym: maybe(), start: text(), end: text(), timeZone: text(), format: maybe())
            } : nil
            let corpus = Corpus(sources: list(), sessions: sessions, items: items, conferences: conferences)
            let written = try corpus.jsonData()
            #expect(written == (try StableJSON.data(corpus)), "seed \(rng.seed): \(String(decoding: written, as: UTF8.self))")
        }
    }
}

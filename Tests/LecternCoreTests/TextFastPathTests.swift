import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

/// The importers' own text routines give what Foundation's did, on seeded random text made of
/// the pieces that matter: tags in both cases, white space of every kind, combining marks,
/// characters that lowercase to ASCII, CR LF and byte-order marks.
@Suite struct TextFastPathTests {
    static let pieces = ["<p>", "<P ", "<br", "</A>", "<a ", "<LI", "<blockquote", "<Img", "<i>", "<", ">", "p", "a", "x",
                         " ", "\t", "\n", "\r", "\r\n", "\u{85}", "\u{A0}", "\u{200B}", "\u{3000}", "\u{2028}",
                         "\u{301}", "\u{200D}", "\u{0600}", "İ", "\u{212A}", "é", "ü", "日", "😀", "&amp;", "\u{FEFF}",
                         "\n\n", "  ", "\u{0600} "]

    func randomText(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...12, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func trimmingMatchesFoundation() {
        var rng = SeededGenerator(seed: 0x7121)
        for _ in 0..<20_000 {
            let text = randomText(&rng)
            #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "seed \(rng.seed): \(text.debugDescription)")
            let inner = Substring(text).dropFirst()
            #expect(inner.trimmedWhitespace == inner.trimmingCharacters(in: .whitespacesAndNewlines), "seed \(rng.seed): \(inner.debugDescription)")
        }
    }

    @Test func spacesAreTrimmedAsFoundationTrimmedThem() {
        var rng = SeededGenerator(seed: 0x5BAC)
        for _ in 0..<20_000 {
            let text = Substring(randomText(&rng))
            #expect(text.trimmedSpaces == text.trimmingCharacters(in: .whitespaces), "seed \(rng.seed): \(text.debugDescription)")
        }
    }

    @Test func tidyingByBytesAgreesWithTidyingByCharacters() {
        var rng = SeededGenerator(seed: 0x71D7)
        for _ in 0..<20_000 {
            let text = randomText(&rng)
            #expect(HTMLText.tidy(text) == HTMLText.tidyByCharacters(text), "seed \(rng.seed): \(text.debugDescription)")
        }
        #expect(HTMLText.tidy("a \u{0600} \n\n\n b\t\r\n c  ") == "a \u{0600} \n\n b\t\r\n c")
    }

    @Test func theByteScanForTagsAgreesWithTheCharacterSearch() {
        var rng = SeededGenerator(seed: 0x4753)
        for _ in 0..<20_000 {
            let text = randomText(&rng)
            #expect(HTMLText.looksLikeHTML(text) == HTMLText.looksLikeHTMLByCharacters(text), "seed \(rng.seed): \(text.debugDescription)")
        }
        #expect(HTMLText.looksLikeHTML("see <P>here"))
        #expect(!HTMLText.looksLikeHTML("a < b and c > d"))
        #expect(HTMLText.looksLikeHTMLByBytes("x<p>\u{301}") == nil)
    }

    @Test func lineEndingsAreUnifiedAsFoundationReplacedThem() {
        var rng = SeededGenerator(seed: 0x0D0A)
        for _ in 0..<20_000 {
            let text = randomText(&rng)
            #expect(HTMLText.unifiedLineEndings(text) == text.replacingOccurrences(of: "\r\n", with: "\n"), "seed \(rng.seed): \(text.debugDescription)")
        }
    }

    @Test func jsonStringsDecodeAsFoundationDecodedThem() throws {
        var rng = SeededGenerator(seed: 0x150)
        for _ in 0..<5_000 {
            let text = randomText(&rng)
            let bytes = Array(text.utf8)
            let json = Array("\"".utf8) + bytes.flatMap { b -> [UInt8] in
                switch b {
                case 0x22, 0x5C: return [0x5C, b]
                case 0x00...0x1F: return Array(String(format: "\\u%04x", b).utf8)
                default: return [b]
                }
            } + Array("\"".utf8)
            guard case .success(let value) = JSONParser.parse(json), case .string(let parsed) = value.kind else {
                Issue.record("seed \(rng.seed): \(text.debugDescription) did not parse")
                continue
            }
            #expect(parsed == String(bytes: bytes, encoding: .utf8), "seed \(rng.seed): \(text.debugDescription)")
        }
    }

    @Test func timesAreWrittenAsTheFormatWroteThem() {
        var rng = SeededGenerator(seed: 0x1508)
        for _ in 0..<5_000 {
            let t = Timestamp(epochSeconds: Int64.random(in: -70_000_000_000...260_000_000_000, using: &rng),
                              utcOffsetSeconds: Int.random(in: -14...14, using: &rng) * 3600 + [0, 1800, 2700, -1800].randomElement(using: &rng)!)
            let w = t.wallClock
            let off = abs(t.utcOffsetSeconds)
            let formatted = String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", w.year, w.month, w.day, w.hour, w.minute, w.second,
                                   t.utcOffsetSeconds < 0 ? "-" : "+", off / 3600, (off % 3600) / 60)
            #expect(t.iso8601 == formatted, "seed \(rng.seed)")
        }
    }
}

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

/// The paper readers' byte scans agree with the scalar loops they replace.
@Suite struct PaperTextFastPathTests {
    @Test func squashingByBytesAgreesWithSquashingByScalars() {
        var rng = SeededGenerator(seed: 0x5A5)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in TextFastPathTests.pieces.randomElement(using: &rng)! }.joined()
                + ["", "\u{0}", "\u{1680}", "\u{205F}", "\u{202F}", "\u{2009}", "\u{200B}", "\u{E000}", "\u{10FFFF}"].randomElement(using: &rng)!
            #expect(PaperCommon.squash(text) == PaperCommon.squashByScalars(text), "seed \(rng.seed): \(text.debugDescription)")
        }
    }
}

/// Schedule times read from the bytes agree with the reading by characters.
@Suite struct ZoneClockFastPathTests {
    @Test func isoTimesReadByBytesAgreeWithReadingByCharacters() {
        var rng = SeededGenerator(seed: 0x1509)
        let pieces = ["2019-12-27", "2024-02-29", "2023-02-29", "1999-13-01", "T", " ", "11:00", "11:00:00", "23:59:60", "24:00", "9:30",
                      ":", "+01:00", "-0530", "+02", "Z", "z", ".123", ".", "x", "-", "+", "\t", "\u{A0}", "é", "\r", "\n", "0", "12"]
        for _ in 0..<30_000 {
            let random = (0..<Int.random(in: 1...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let shaped = [["2019-12-27", "2024-02-29", "2023-02-29"].randomElement(using: &rng)!, ["T", " ", "t"].randomElement(using: &rng)!,
                          ["11:00", "11:00:00", "23:59:59", "7:05", "11:60"].randomElement(using: &rng)!, ["", ".5", ".123", ".x"].randomElement(using: &rng)!,
                          ["", "Z", "+01:00", "-0530", "+02", "+1:00", "+25:00", "-"].randomElement(using: &rng)!].joined()
            let text = Substring(Bool.random(using: &rng) ? random : (Bool.random(using: &rng) ? " " : "") + shaped)
            let fast = ZoneClock.wallClockAndOffset(text)
            let slow = ZoneClock.wallClockAndOffsetByCharacters(text.trimmingCharacters(in: .whitespaces))
            #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1, "seed \(rng.seed): \(text.debugDescription)")
        }
        #expect(ZoneClock.instant("2019-12-27T11:00:00+01:00") == Timestamp(year: 2019, month: 12, day: 27, hour: 11, minute: 0, utcOffsetSeconds: 3600))
    }
}

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

import LecternTestSupport
import Testing
@testable import LecternCore

/// The byte-level shortcuts of the LaTeX cleaner's check and of a work's title key give what the
/// code they stand in front of gives, on seeded random texts full of the characters that matter.
@Suite struct TitleKeyFastPathTests {
    static let pieces = ["a", "Z", "7", " ", "-", "--", "$", "x^2", "\\", "\\emph", "{", "}", "~", "http", "htt", "www.", "ww",
                         "é", "ø", "ß", "\u{301}", "Ǆ", "ﬁ", "Ⅸ", "٣", "—", ".", "'", "\"", ":", "\t", "\n", "Ω", "中"]

    static func texts(seed: UInt64, count: Int) -> [String] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...24, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        }
    }

    /// The check it replaced, by substring search.
    static func oldSpecial(_ text: String) -> Bool {
        text.contains("\\") || text.contains("$") || text.contains("~") || text.contains("{")
            || text.contains("}") || text.contains("http") || text.contains("www.") || text.contains("--")
    }

    /// The key as it was computed before the ASCII shortcut.
    static func oldTitleKey(_ title: String) -> String {
        let folded = TextFolding.fold(LaTeXCleaner.clean(title))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    @Test func theByteCheckFindsWhatTheSubstringSearchFound() {
        for text in Self.texts(seed: 0x7E57, count: 4000) where Self.oldSpecial(text) {
            #expect(LaTeXCleaner.mayNeedParsing(text), "\(text.debugDescription)")
        }
    }

    @Test func aTextTheCheckPassesIsItsOwnCleanForm() {
        // Also where only the byte check finds something (a `~` before a combining mark): parsing
        // it changes nothing the substring search would have left alone.
        for text in Self.texts(seed: 0xC1EA, count: 4000) where !LaTeXCleaner.mayNeedParsing(text) || !Self.oldSpecial(text) {
            #expect(LaTeXCleaner.parsed(text).map(\.text).joined() == text, "\(text.debugDescription)")
        }
    }

    @Test func theASCIIKeyEqualsTheFoldedKey() {
        let titles = Self.texts(seed: 0x717E, count: 6000) + ["Attention Is All You Need", "GPT-4 Technical Report",
                                                              "A {B}ayesian view", "Über alles", "x--y", ""]
        var fast = 0
        for title in titles {
            if SameWork.asciiTitleKey(title) != nil { fast += 1 }
            #expect(SameWork.titleKey(title) == Self.oldTitleKey(title), "\(title.debugDescription)")
        }
        #expect(fast > 300)
    }
}

import Foundation
import Testing
@testable import LecternCore

/// A page with a 5 MB line imports in one pass over it: the slug, the line splitting and the
/// session parser are linear. Quadratic work on 5 MB would take hours, far past the time limit;
/// the test asserts only what was imported.
@Suite struct LongLineImportTests {
    static let size = 5_000_000
    static let title = "CATE: Computation-aware Neural Architecture Encoding with Transformers"

    @Test(.timeLimit(.minutes(3)))
    func aFiveMegabyteTitleAbstractAndAuthorLineImport() throws {
        let page = try ImportSupport.seed("000")
        let text = try #require(String(data: page.data, encoding: .utf8))
        let words = String(repeating: "ab ", count: Self.size / 3)
        let unbroken = String(repeating: "x", count: Self.size)
        for (what, edited) in [
            ("title", text.replacingOccurrences(of: Self.title, with: "CATE " + words)),
            ("word", text.replacingOccurrences(of: Self.title, with: "CATE " + unbroken)),
            ("authors", text.replacingOccurrences(of: "Shen Yan · Kaiqiang Song", with: "Shen Yan · " + String(repeating: "Kai Song · ", count: Self.size / 11) + "Kaiqiang Song")),
        ] {
            #expect(edited.utf8.count > Self.size, "\(what): the page was not edited")
            let imported = try PageImporter.parse(data: Data(edited.utf8), fileName: page.fileName, year: 2021)
            let longest = imported.items.map { $0.title.utf8.count + $0.authors.joined().utf8.count }.max() ?? 0
            #expect(longest > Self.size / 2, "\(what): the long line is missing")
            #expect(imported.items.count == (try ImportSupport.parseSeed("000")).items.count, "\(what)")
        }
    }
}

/// The slug of a long title reads only its start, and is the slug of that start.
@Suite struct LongTitleSlugTests {
    @Test(arguments: [
        "Attention Is All You Need",
        "What’s in the Box? An Analysis of Undesirable Content in the Common Crawl Corpus, and Much More After That",
        "Ondřej Cífka & Gaël: Straße, Œuvre, Łódź and þorn — 深層学習 with \u{301}marks " + String(repeating: "word ", count: 40),
        "----" + String(repeating: "!", count: 300) + "Late start",
    ])
    func aLongTitlesSlugIsItsStartsSlug(title: String) {
        let long = title + " " + String(repeating: "x", count: 2_000_000)
        #expect(Slug.make(long).count <= Slug.maxLength)
        #expect(Slug.make(long) == Slug.make(title + " " + String(repeating: "x", count: 100)))
        #expect(Slug.make(title).count <= Slug.maxLength)
    }

    @Test func theCurlyApostropheStillSeparatesWords() {
        #expect(Slug.make("What’s in the Box?") == "what-s-in-the-box")
        #expect(Slug.make("What's in the Box?") == "whats-in-the-box")
    }
}

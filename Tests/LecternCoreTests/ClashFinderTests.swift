import Testing
@testable import LecternCore

@Suite struct ClashFinderTests {
    @Test func overlappingBookmarkedTalksClashBothWays() {
        let corpus = ExportFixture.corpus()
        let clashes = ClashFinder.clashes(in: corpus, bookmarks: ExportFixture.bookmarks())
        #expect(clashes["poolingformer-long-document-modeling-with-pooling-attention"] == ["tricky-title"])
        #expect(clashes["tricky-title"] == ["poolingformer-long-document-modeling-with-pooling-attention"])
        #expect(clashes["a-paper-with-latex"] == nil)
    }

    @Test func backToBackTalksDoNotClash() {
        var corpus = ExportFixture.corpus()
        corpus.items[1].start = corpus.items[0].end
        let clashes = ClashFinder.clashes(in: corpus, bookmarks: ExportFixture.bookmarks())
        #expect(clashes.isEmpty)
    }

    @Test func unbookmarkedTalksDoNotClash() {
        var b = ExportFixture.bookmarks()
        BookmarkChange.remove("tricky-title").apply(to: &b)
        #expect(ClashFinder.clashes(in: ExportFixture.corpus(), bookmarks: b).isEmpty)
    }
}

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

    @Test func findingBookmarksThroughTheIndexGivesTheSameClashes() throws {
        // The bundled corpus with every talk bookmarked, every third moved onto the one before it.
        var corpus = try CorpusDecoder.decode(Corpus.bundledData())
        let timed = corpus.items.indices.filter { corpus.items[$0].start != nil }
        for (k, i) in timed.enumerated() where k % 3 == 2 {
            corpus.items[i].start = corpus.items[timed[k - 1]].start
            corpus.items[i].end = corpus.items[timed[k - 1]].end
        }
        let index = SearchIndex(corpus: corpus)
        var bookmarks = Bookmarks()
        for item in corpus.items where item.sessionId != nil {
            BookmarkChange.add(Bookmark(itemId: item.id, title: item.title)).apply(to: &bookmarks)
        }
        BookmarkChange.add(Bookmark(itemId: "no-such-item", title: "gone")).apply(to: &bookmarks)
        let scanned = ClashFinder.clashes(in: corpus, bookmarks: bookmarks)
        #expect(!scanned.isEmpty)
        #expect(ClashFinder.clashes(in: corpus, bookmarks: bookmarks, index: index) == scanned)
    }
}

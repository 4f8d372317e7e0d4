import Foundation
import Testing
@testable import LecternCore

/// Browsing the bundled corpus key by key. Each key goes through a `TestStore`, which fails on any
/// change of state or any effect the test does not state.
@Suite struct ReducerTests {
    static let corpus: Corpus = (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")) ?? Corpus()

    static func store(width: Int = 100, height: Int = 30) -> TestStore {
        TestStore(State(corpus: corpus, size: Size(width: width, height: height)))
    }

    /// The items of session `id` in slot order, read from the corpus itself (not from the reducer).
    static func talks(of id: String) -> [Int] {
        corpus.items.indices.filter { corpus.items[$0].sessionId == id }
            .sorted { (corpus.items[$0].start?.epochSeconds ?? .max, $0) < (corpus.items[$1].start?.epochSeconds ?? .max, $1) }
    }

    static func index(of id: String) -> Int { corpus.items.firstIndex { $0.id == id } ?? -1 }

    static let sessionIds = ["deep-learning-architectures", "deep-learning-algorithms-1", "deep-learning-1", "deep-learning-algorithms-6"]
    static let papers = corpus.items.indices.filter { corpus.items[$0].sessionId == nil }

    @Test func startsOnTheFirstSessionWithItsTalks() {
        let s = Self.store().state
        #expect(s.focus == .sessions)
        #expect(s.sessionEntries == Self.sessionIds.map { .session($0) } + [.trending, .bookmarks])
        #expect(s.selectedEntry == .session("deep-learning-architectures"))
        #expect(s.visibleItems == Self.talks(of: "deep-learning-architectures") && s.visibleItems.count == 8)
        #expect(s.selectedItem?.id == "relative-positional-encoding-for-transformers-with-linear")
    }

    @Test func messagesClearAfterAnIdleTickButAQuestionWaits() {
        var store = Self.store()
        let talk = Self.index(of: "relative-positional-encoding-for-transformers-with-linear")
        let title = Self.corpus.items[talk].title
        let bookmark = Bookmark(itemId: Self.corpus.items[talk].id, title: title)
        store.press(.char("l")) { $0.browse.focus = .items }
        store.press(.char("b"), effects: [.persistBookmarkChange(.add(bookmark))]) {
            $0.bookmarks.entries[bookmark.itemId] = bookmark
            $0.unsavedChanges = [.add(bookmark)]
            $0.marks.undo = [.init(itemId: bookmark.itemId, title: title, before: nil)]
            $0.status = "Bookmarked: " + title
        }
        let now = Timestamp(year: 2021, month: 7, day: 20, hour: 17, minute: 0, utcOffsetSeconds: -7 * 3600)
        store.send(.tick(now)) {
            $0.environment.now = now
            $0.status = nil
        }
        let question = ConfirmFeature.Question.copy(title + " [" + bookmark.itemId + "]")
        store.press(.char("y"), asks: question)
        #expect(question.prompt.contains("? y/n"))
        // The copy question waits for its answer: the tick leaves it.
        store.send(.tick(now))
    }

    @Test func selectionMovesAndStopsAtBothEnds() {
        var store = Self.store()
        store.press(.char("j")) {
            $0.browse.sessionsCursor.selected = 1
            $0.browse.visibleItems = Self.talks(of: "deep-learning-algorithms-1")
        }
        #expect(store.state.selectedItem?.id == "leveraging-sparse-linear-layers-for-debuggable-deep-networks")
        store.press(.up) {
            $0.browse.sessionsCursor.selected = 0
            $0.browse.visibleItems = Self.talks(of: "deep-learning-architectures")
        }
        // At the top, up and k change nothing.
        store.press(.char("k"))
        store.press(.up)
        store.press(.char("G")) {
            $0.browse.sessionsCursor.selected = 5
            $0.browse.visibleItems = []
        }
        #expect(store.state.selectedEntry == .bookmarks && store.state.selectedItem == nil)
        // At the bottom, down, j and page down change nothing.
        store.press(.down)
        store.press(.char("j"))
        store.press(.pageDown)
        store.press(.char("g")) {
            $0.browse.sessionsCursor.selected = 0
            $0.browse.visibleItems = Self.talks(of: "deep-learning-architectures")
        }
    }

    @Test func movingToAnotherSessionResetsTheItemCursor() {
        var store = Self.store()
        store.press(.tab) { $0.browse.focus = .items }
        store.press(.char("j")) { $0.browse.itemsCursor.selected = 1 }
        store.press(.char("j")) { $0.browse.itemsCursor.selected = 2 }
        store.press(.backTab) { $0.browse.focus = .sessions }
        store.press(.char("j")) {
            $0.browse.sessionsCursor.selected = 1
            $0.browse.itemsCursor = ListCursor()
            $0.browse.visibleItems = Self.talks(of: "deep-learning-algorithms-1")
        }
        #expect(store.state.detailsScroll == 0)
    }

    @Test func tabCyclesPanesAndHLStopAtTheEdges() {
        var store = Self.store()
        store.press(.tab) { $0.browse.focus = .items }
        store.press(.tab) { $0.browse.focus = .details }
        store.press(.tab) { $0.browse.focus = .sessions }
        store.press(.backTab) { $0.browse.focus = .details }
        store.press(.char("l"))
        store.press(.char("h")) { $0.browse.focus = .items }
        store.press(.char("h")) { $0.browse.focus = .sessions }
        store.press(.char("h"))
        store.press(.left)
        store.press(.right) { $0.browse.focus = .items }
    }

    @Test func enterOpensTheSelectedSessionThenTheTalk() {
        var store = Self.store()
        store.press(.char("j")) {
            $0.browse.sessionsCursor.selected = 1
            $0.browse.visibleItems = Self.talks(of: "deep-learning-algorithms-1")
        }
        store.press(.char("j")) {
            $0.browse.sessionsCursor.selected = 2
            $0.browse.visibleItems = Self.talks(of: "deep-learning-1")
        }
        store.press(.enter) { $0.browse.focus = .items }
        #expect(store.state.selectedItem?.id == "not-all-memories-are-created-equal-learning-to-forget-by")
        store.press(.char("j")) { $0.browse.itemsCursor.selected = 1 }
        store.press(.enter) { $0.browse.focus = .details }
        #expect(store.state.selectedItem?.id == "learning-bounds-for-open-set-learning")
        store.press(.escape) { $0.browse.focus = .items }
    }

    @Test func openingTheTrendingPapersSelectsAndFocuses() {
        var s = Self.store().state
        s.openEntry(.trending)
        #expect(s.focus == .items && s.selectedEntry == .trending && s.visibleItems == Self.papers && s.visibleItems.count == 320)
    }

    @Test func pagingMovesByAPageAndHalfAPageAndClamps() {
        var store = Self.store()
        let page = store.state.layout.visibleEntries(of: .items)
        #expect(page == 13)
        store.press(.char("G")) {
            $0.browse.sessionsCursor.selected = 5
            $0.browse.visibleItems = []
        }
        store.press(.char("k")) {
            $0.browse.sessionsCursor.selected = 4
            $0.browse.visibleItems = Self.papers
        }
        store.press(.enter) { $0.browse.focus = .items }
        store.press(.pageDown) { $0.browse.itemsCursor = ListCursor(selected: page, offset: 1) } // the last visible row
        store.press(.ctrl("d")) { $0.browse.itemsCursor = ListCursor(selected: page + page / 2, offset: 1 + page / 2) }
        store.press(.ctrl("u")) { $0.browse.itemsCursor.selected = page }
        store.press(.pageUp) { $0.browse.itemsCursor = ListCursor() }
        store.press(.pageUp)
        store.press(.ctrl("u"))
        store.press(.end) { $0.browse.itemsCursor = ListCursor(selected: 319, offset: 320 - page) }
        store.press(.pageDown)
        store.press(.ctrl("d"))
        store.press(.down)
        #expect(store.state.selectedItem?.title == "Learning Graph Structure from Convolutional Mixtures")
        store.press(.home) { $0.browse.itemsCursor = ListCursor() }
    }

    @Test func emptyListsNeverCrashOrMoveTheCursor() {
        var empty = TestStore(State(corpus: Corpus(), size: Size(width: 100, height: 30)))
        #expect(empty.state.sessionEntries == [.bookmarks])
        let keys: [Key] = [.down, .up, .pageDown, .pageUp, .ctrl("d"), .ctrl("u"), .char("G"), .char("g"), .char("j")]
        for key in keys { empty.press(key) }
        empty.press(.enter) { $0.browse.focus = .items }
        for key in keys { empty.press(key) }
        empty.press(.tab) { $0.browse.focus = .details }
        for key in keys { empty.press(key) }
        empty.press(.char("b"))
        empty.press(.escape) { $0.browse.focus = .items }

        var store = Self.store()
        store.press(.char("G")) {
            $0.browse.sessionsCursor.selected = 5
            $0.browse.visibleItems = []
        }
        store.press(.enter) { $0.browse.focus = .items } // bookmarks: empty
        for key in [Key.pageDown, .char("G"), .char("j")] { store.press(key) }
        store.press(.enter) { $0.browse.focus = .details } // the details pane, empty
        #expect(store.state.itemsCursor == ListCursor())
    }

    @Test func theDetailsPaneScrollsNoFurtherThanItsLastPage() throws {
        var store = Self.store()
        store.press(.tab) { $0.browse.focus = .items }
        store.press(.tab) { $0.browse.focus = .details }
        let item = try #require(store.state.selectedItem)
        let layout = store.state.layout
        let lines = DetailsText(item: item, state: store.state, width: DetailsText.textWidth(ofPane: layout.details)).lineCount
        let bottom = lines - (layout.details.height - 2)
        #expect(bottom > 2, "the first talk's details are longer than the pane")
        for line in 1...bottom { store.press(.char("j")) { $0.browse.detailsScroll = line } }
        // Past the last page, j and page down change nothing, and k moves up at once.
        store.press(.char("j"))
        store.press(.pageDown)
        store.press(.char("k")) { $0.browse.detailsScroll = bottom - 1 }
        store.press(.char("G")) { $0.browse.detailsScroll = bottom }
        store.press(.char("g")) { $0.browse.detailsScroll = 0 }
    }

    @Test func reopeningATalkStartsAtItsTitle() {
        var store = Self.store()
        store.press(.enter) { $0.browse.focus = .items }
        store.press(.enter) { $0.browse.focus = .details }
        for line in 1...3 { store.press(.char("j")) { $0.browse.detailsScroll = line } }
        store.press(.escape) { $0.browse.focus = .items }
        store.press(.enter) {
            $0.browse.focus = .details
            $0.browse.detailsScroll = 0
        }
        // Another talk starts at its title too, and so does the first again.
        for line in 1...2 { store.press(.char("j")) { $0.browse.detailsScroll = line } }
        store.press(.escape) { $0.browse.focus = .items }
        store.press(.char("j")) {
            $0.browse.itemsCursor.selected = 1
            $0.browse.detailsScroll = 0
        }
    }

    @Test func narrowLayoutZoomsTheDetailsOnEnter() {
        var store = Self.store(width: 60, height: 20)
        #expect(store.state.layout.mode == .narrow)
        store.press(.enter) { $0.browse.focus = .items }
        store.press(.enter) {
            $0.browse.focus = .details
            $0.browse.detailsZoomed = true
        }
        store.press(.escape) {
            $0.browse.focus = .items
            $0.browse.detailsZoomed = false
        }
    }

    @Test func quitIsAnEffect() {
        var store = Self.store()
        store.press(.char("q"), effects: [.quit])
        var small = Self.store(width: 20, height: 5)
        small.press(.char("j"))
        small.press(.char("q"), effects: [.quit])
    }
}

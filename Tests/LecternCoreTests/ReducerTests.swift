import Foundation
import Testing
@testable import LecternCore

@Suite struct ReducerTests {
    static let corpus: Corpus = (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")) ?? Corpus()

    func state(width: Int = 100, height: Int = 30) -> State {
        State(corpus: ReducerTests.corpus, size: Size(width: width, height: height))
    }

    @discardableResult
    func press(_ state: inout State, _ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += reduce(&state, .keyPressed(key)) }
        return effects
    }

    func visibleIds(_ state: State) -> [String] { state.visibleItems.map { state.corpus.items[$0].id } }

    @Test func startsOnTheFirstSessionWithItsTalks() {
        let s = state()
        #expect(s.focus == .sessions)
        #expect(s.sessionEntries.count == 6) // 4 sessions, trending papers, bookmarks
        #expect(s.selectedEntry == .session("deep-learning-architectures"))
        #expect(s.visibleItems.count == 8)
        #expect(s.selectedItem?.id == "relative-positional-encoding-for-transformers-with-linear")
    }

    @Test func messagesClearAfterAnIdleTickButAQuestionWaits() {
        var s = state()
        press(&s, .char("l"), .char("b"))
        #expect(s.status?.hasPrefix("Bookmarked: ") == true)
        let now = Timestamp(year: 2021, month: 7, day: 20, hour: 17, minute: 0, utcOffsetSeconds: -7 * 3600)
        _ = reduce(&s, .tick(now))
        #expect(s.status == nil)
        press(&s, .char("y"))
        #expect(s.status?.contains("? y/n") == true)
        _ = reduce(&s, .tick(now))
        #expect(s.status?.contains("? y/n") == true, "the copy question waits for its answer")
        #expect(s.question != nil)
    }

    @Test func selectionMovesAndStopsAtBothEnds() {
        var s = state()
        press(&s, .char("j"))
        #expect(s.sessionsCursor.selected == 1)
        #expect(s.selectedEntry == .session("deep-learning-algorithms-1"))
        #expect(visibleIds(s).first == "leveraging-sparse-linear-layers-for-debuggable-deep-networks")
        press(&s, .up, .char("k"), .up)
        #expect(s.sessionsCursor.selected == 0)
        press(&s, .char("G"))
        #expect(s.sessionsCursor.selected == 5 && s.selectedEntry == .bookmarks)
        #expect(s.visibleItems.isEmpty && s.selectedItem == nil)
        press(&s, .down, .char("j"), .pageDown)
        #expect(s.sessionsCursor.selected == 5)
        press(&s, .char("g"))
        #expect(s.sessionsCursor.selected == 0)
    }

    @Test func movingToAnotherSessionResetsTheItemCursor() {
        var s = state()
        press(&s, .tab, .char("j"), .char("j"))
        #expect(s.itemsCursor.selected == 2)
        press(&s, .backTab, .char("j"))
        #expect(s.itemsCursor.selected == 0)
        #expect(s.detailsScroll == 0)
    }

    @Test func tabCyclesPanesAndHLStopAtTheEdges() {
        var s = state()
        press(&s, .tab)
        #expect(s.focus == .items)
        press(&s, .tab)
        #expect(s.focus == .details)
        press(&s, .tab)
        #expect(s.focus == .sessions)
        press(&s, .backTab)
        #expect(s.focus == .details)
        press(&s, .char("l"))
        #expect(s.focus == .details)
        press(&s, .char("h"))
        #expect(s.focus == .items)
        press(&s, .char("h"), .char("h"), .left)
        #expect(s.focus == .sessions)
        press(&s, .right)
        #expect(s.focus == .items)
    }

    @Test func enterOpensTheSelectedSessionThenTheTalk() {
        var s = state()
        press(&s, .char("j"), .char("j"), .enter)
        #expect(s.focus == .items)
        #expect(s.selectedEntry == .session("deep-learning-1"))
        #expect(s.selectedItem?.id == "not-all-memories-are-created-equal-learning-to-forget-by")
        press(&s, .char("j"), .enter)
        #expect(s.focus == .details)
        #expect(s.selectedItem?.id == "learning-bounds-for-open-set-learning")
        press(&s, .escape)
        #expect(s.focus == .items)
    }

    @Test func sessionOpenedActionSelectsAndFocuses() {
        var s = state()
        s.openEntry(.trending)
        #expect(s.focus == .items && s.selectedEntry == .trending && s.visibleItems.count == 320)
    }

    @Test func pagingMovesByAPageAndHalfAPageAndClamps() {
        var s = state()
        let page = s.layout.visibleEntries(of: .items)
        #expect(page == 13)
        press(&s, .char("G"), .char("k"), .enter) // the trending papers
        #expect(s.selectedEntry == .trending)
        press(&s, .pageDown)
        #expect(s.itemsCursor.selected == page)
        #expect(s.itemsCursor.offset == 1) // the selection is the last visible row
        press(&s, .ctrl("d"))
        #expect(s.itemsCursor.selected == page + page / 2)
        press(&s, .ctrl("u"), .pageUp)
        #expect(s.itemsCursor.selected == 0 && s.itemsCursor.offset == 0)
        press(&s, .pageUp, .ctrl("u"))
        #expect(s.itemsCursor.selected == 0)
        press(&s, .end)
        #expect(s.itemsCursor.selected == 319 && s.itemsCursor.offset == 320 - page)
        press(&s, .pageDown, .ctrl("d"), .down)
        #expect(s.itemsCursor.selected == 319)
        #expect(s.selectedItem?.title == "Learning Graph Structure from Convolutional Mixtures")
        press(&s, .home)
        #expect(s.itemsCursor.selected == 0 && s.itemsCursor.offset == 0)
    }

    @Test func emptyListsNeverCrashOrMoveTheCursor() {
        var s = State(corpus: Corpus(), size: Size(width: 100, height: 30))
        #expect(s.sessionEntries == [.bookmarks])
        let keys: [Key] = [.down, .up, .pageDown, .pageUp, .ctrl("d"), .ctrl("u"), .char("G"), .char("g"), .enter,
                           .tab, .char("j"), .pageDown, .char("G"), .enter, .tab, .char("j"), .char("b"), .escape]
        for key in keys {
            _ = reduce(&s, .keyPressed(key))
            #expect(s.sessionsCursor.selected == 0 && s.itemsCursor.selected == 0)
            #expect(s.visibleItems.isEmpty && s.selectedItem == nil)
        }
        var t = state()
        press(&t, .char("G"), .enter) // bookmarks: empty
        #expect(t.focus == .items && t.visibleItems.isEmpty)
        press(&t, .pageDown, .char("G"), .char("j"), .enter)
        #expect(t.itemsCursor == ListCursor())
    }

    @Test func narrowLayoutZoomsTheDetailsOnEnter() {
        var s = state(width: 60, height: 20)
        #expect(s.layout.mode == .narrow)
        press(&s, .enter, .enter)
        #expect(s.detailsZoomed && s.focus == .details)
        press(&s, .escape)
        #expect(!s.detailsZoomed && s.focus == .items)
    }

    @Test func quitIsAnEffect() {
        var s = state()
        #expect(press(&s, .char("q")) == [.quit])
        var small = state(width: 20, height: 5)
        #expect(press(&small, .char("j")).isEmpty)
        #expect(press(&small, .char("q")) == [.quit])
    }
}

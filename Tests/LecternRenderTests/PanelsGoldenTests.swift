import LecternCore
import LecternRender
import Testing

/// The schedule view, the related-work panel and the people panel, compared against golden files.
@Suite struct PanelsGoldenTests {
    static let small = Size(width: 80, height: 24)
    static let wide = Size(width: 100, height: 30)

    @Test func scheduleWithBookmarksClashAndNowAt80x24() {
        var state = Fixture.browsing(size: Self.small)
        _ = state.toggleBookmark("t-rpe")
        _ = state.toggleBookmark("t-rl-bounds")
        _ = state.toggleBookmark("t-zoo")
        state.status = nil
        state.now = Timestamp(year: 2021, month: 7, day: 20, hour: 5, minute: 22, utcOffsetSeconds: -7 * 3600)
        _ = reduce(&state, .keyPressed(.char("s")))
        #expect(state.schedule != nil)
        #expect(state.schedule?.selectedItem.map { state.corpus.items[$0].id } == "t-free-lunch")
        Golden.check("panel-schedule-80x24", render(state, size: Self.small))
    }

    @Test func scheduleMovesAcrossSessionsAndOpensTheTalk() {
        var state = Fixture.browsing(size: Self.wide)
        _ = reduce(&state, .keyPressed(.char("s")))
        _ = reduce(&state, .keyPressed(.char("j")))
        _ = reduce(&state, .keyPressed(.right))
        #expect(state.schedule?.selectedItem.map { state.corpus.items[$0].id } == "t-rl-bounds")
        Golden.check("panel-schedule-100x30", render(state, size: Self.wide))
        _ = reduce(&state, .keyPressed(.enter))
        #expect(state.schedule == nil)
        #expect(state.selectedItem?.id == "t-rl-bounds")
        #expect(state.focus == .details)
    }

    @Test func relatedPanelListsScoresAndSharedTerms() {
        var state = Fixture.browsing(size: Self.wide)
        _ = reduce(&state, .similarityIndexBuilt(SimilarityIndex(corpus: state.corpus)))
        state.selectItem(id: "t-rpe")
        _ = reduce(&state, .keyPressed(.char("r")))
        #expect(state.related != nil)
        #expect(state.related?.results.first.map { state.corpus.items[$0.index].id } != nil)
        Golden.check("panel-related-100x30", render(state, size: Self.wide))
        _ = reduce(&state, .keyPressed(.enter))
        #expect(state.related == nil)
        #expect(state.focus == .details)
    }

    @Test func relatedPanelOpenedBeforeTheIndexWaitsThenShowsTheSameList() {
        var state = Fixture.browsing(size: Self.wide)
        state.selectItem(id: "t-rpe")
        #expect(reduce(&state, .keyPressed(.char("r"))) == [.buildSimilarityIndex(state.corpus)])
        #expect(state.related?.waiting == true)
        Golden.check("panel-related-waiting-100x30", render(state, size: Self.wide))
        _ = reduce(&state, .similarityIndexBuilt(SimilarityIndex(corpus: state.corpus)))
        Golden.check("panel-related-100x30", render(state, size: Self.wide))
    }

    @Test func peoplePanelListsAuthorsThenTheirWork() {
        var state = Fixture.browsing(size: Self.small)
        state.selectItem(id: "t-rpe")
        _ = reduce(&state, .keyPressed(.char("a")))
        #expect(state.people?.people.map(\.name).first == "Antoine Liutkus")
        #expect(state.people?.people.last?.name == "Ruslan Salakhutdinov")
        Golden.check("panel-people-80x24", render(state, size: Self.small))
        _ = reduce(&state, .keyPressed(.char("G")))
        _ = reduce(&state, .keyPressed(.enter))
        Golden.check("panel-people-moderator-80x24", render(state, size: Self.small))
        _ = reduce(&state, .keyPressed(.escape))
        #expect(state.people?.chosen == nil)
        _ = reduce(&state, .keyPressed(.escape))
        #expect(state.people == nil)
    }
}

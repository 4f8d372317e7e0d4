import Testing
@testable import LecternCore

@Suite struct ReducerSmokeTests {
    @Test func emptyCorpusHasOnlyTheBookmarksEntry() {
        let state = State(corpus: Corpus())
        #expect(state.sessionEntries == [.bookmarks])
        #expect(state.visibleItems.isEmpty)
    }
}

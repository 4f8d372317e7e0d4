import Testing
@testable import LecternCore

/// The related-work index is built off the UI thread: the reducer asks for it once, a panel opened
/// before it arrives waits for it, and the action that brings it fills the panel in.
@Suite struct RelatedWorkReducerTests {
    static let corpus: Corpus = (try? CorpusDecoder.decode(Corpus.bundledData(), fileName: "bundled")) ?? Corpus()
    static let index = SimilarityIndex(corpus: corpus)
    static let rpe = "relative-positional-encoding-for-transformers-with-linear"

    /// The explorer on the first session, the RPE talk selected in the items pane.
    func browsing() -> State {
        var s = State(corpus: Self.corpus, size: Size(width: 100, height: 30))
        _ = reduce(&s, .keyPressed(.tab))
        s.selectItem(id: Self.rpe)
        #expect(s.selectedItem?.id == Self.rpe)
        return s
    }

    static var source: Int { corpus.items.firstIndex { $0.id == rpe } ?? -1 }

    @Test func theFirstFrameAsksForTheIndexOnce() {
        var store = TestStore(browsing())
        store.send(.firstFrameDrawn, effects: [.buildSimilarityIndex(Self.corpus), .findSameWork(Self.corpus)]) {
            $0.derived.similarityRequested = true
            $0.derived.sameWorkRequested = true
        }
        store.send(.firstFrameDrawn)
        // The index is on its way: `r` opens the panel waiting and does not ask again.
        store.press(.char("r")) { $0.overlay = .related(.init(source: Self.source, results: [], waiting: true)) }
    }

    @Test func relatedBeforeTheIndexWaitsThenFillsInWhenItArrives() {
        var store = TestStore(browsing())
        // Nothing asked for the index yet: `r` does, and opens the panel at once, waiting.
        store.press(.char("r"), effects: [.buildSimilarityIndex(Self.corpus)]) {
            $0.derived.similarityRequested = true
            $0.overlay = .related(.init(source: Self.source, results: [], waiting: true))
        }
        // Keys work on the empty panel and change nothing.
        store.press(.char("j"))
        store.press(.enter)
        let results = Self.index.similar(to: Self.source, limit: 50)
        store.send(.similarityIndexBuilt(Self.index)) {
            $0.derived.similarityRequested = false
            $0.derived.similarity = Self.index
            $0.overlay = .related(.init(source: Self.source, results: results))
        }
        let first = Self.corpus.items[results[0].index]
        #expect(first.id == "benchmarking-positional-encodings-for-gnns-and-graph")
        // Enter opens the first related item, a trending paper: that list, the paper selected
        // (scrolled into view), its details in focus.
        let papers = Self.corpus.items.indices.filter { Self.corpus.items[$0].sessionId == nil }
        let row = papers.firstIndex(of: results[0].index) ?? -1
        let page = store.state.layout.visibleEntries(of: .items)
        store.press(.enter) {
            $0.overlay = nil
            $0.browse.sessionsCursor.selected = 4
            $0.browse.visibleItems = papers
            $0.browse.itemsCursor = ListCursor(selected: row, offset: max(0, row - page + 1))
            $0.browse.focus = .details
        }
        #expect(store.state.selectedItem?.id == first.id)
    }

    @Test func relatedAfterTheIndexArrivedAnswersAtOnce() {
        var store = TestStore(browsing())
        store.send(.firstFrameDrawn, effects: [.buildSimilarityIndex(Self.corpus), .findSameWork(Self.corpus)]) {
            $0.derived.similarityRequested = true
            $0.derived.sameWorkRequested = true
        }
        store.send(.similarityIndexBuilt(Self.index)) {
            $0.derived.similarityRequested = false
            $0.derived.similarity = Self.index
        }
        store.press(.char("r")) {
            $0.overlay = .related(.init(source: Self.source, results: Self.index.similar(to: Self.source, limit: 50)))
        }
        #expect(store.state.related?.results.isEmpty == false)
    }

    @Test func aPanelClosedBeforeTheIndexArrivesStaysClosed() {
        var store = TestStore(browsing())
        store.press(.char("r"), effects: [.buildSimilarityIndex(Self.corpus)]) {
            $0.derived.similarityRequested = true
            $0.overlay = .related(.init(source: Self.source, results: [], waiting: true))
        }
        store.press(.escape) { $0.overlay = nil }
        store.send(.similarityIndexBuilt(Self.index)) {
            $0.derived.similarityRequested = false
            $0.derived.similarity = Self.index
        }
    }

    @Test func anIndexOfAnotherCorpusIsNotKept() {
        var store = TestStore(browsing())
        store.press(.char("r"), effects: [.buildSimilarityIndex(Self.corpus)]) {
            $0.derived.similarityRequested = true
            $0.overlay = .related(.init(source: Self.source, results: [], waiting: true))
        }
        store.send(.similarityIndexBuilt(SimilarityIndex(corpus: Corpus()))) { $0.derived.similarityRequested = false }
        // `r` closes the panel, and asks again when it reopens.
        store.press(.char("r")) { $0.overlay = nil }
        store.press(.char("r"), effects: [.buildSimilarityIndex(Self.corpus)]) {
            $0.derived.similarityRequested = true
            $0.overlay = .related(.init(source: Self.source, results: [], waiting: true))
        }
    }

    @Test func peopleAndTheScheduleAreBuiltOnceAndKept() {
        var s = browsing()
        #expect(s.derived.people == nil && s.derived.schedule == nil)
        _ = reduce(&s, .keyPressed(.char("a")))
        #expect(s.people != nil)
        let people = s.derived.people
        #expect(people != nil)
        _ = reduce(&s, .keyPressed(.escape))
        _ = reduce(&s, .keyPressed(.char("a")))
        #expect(s.derived.people?.people == people?.people)
        _ = reduce(&s, .keyPressed(.escape))
        _ = reduce(&s, .keyPressed(.char("s")))
        #expect(s.schedule != nil)
        #expect(s.derived.schedule == s.schedule?.days)
    }
}

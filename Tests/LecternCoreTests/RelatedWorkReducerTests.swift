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

    @Test func theFirstFrameAsksForTheIndexOnce() {
        var s = browsing()
        #expect(reduce(&s, .firstFrameDrawn) == [.buildSimilarityIndex(s.corpus)])
        #expect(s.derived.similarityRequested)
        #expect(reduce(&s, .firstFrameDrawn) == [])
        #expect(reduce(&s, .keyPressed(.char("r"))) == [], "the index is on its way: not asked for again")
        #expect(s.related?.waiting == true)
    }

    @Test func relatedBeforeTheIndexWaitsThenFillsInWhenItArrives() throws {
        var s = browsing()
        let source = try #require(Self.corpus.items.firstIndex { $0.id == Self.rpe })
        // Nothing asked for the index yet: `r` does, and opens the panel at once, waiting.
        #expect(reduce(&s, .keyPressed(.char("r"))) == [.buildSimilarityIndex(s.corpus)])
        let waiting = try #require(s.related)
        #expect(waiting.waiting && waiting.results.isEmpty && waiting.source == source)
        #expect(s.status == nil)
        // Keys work on the empty panel.
        #expect(reduce(&s, .keyPressed(.char("j"))) == [])
        #expect(reduce(&s, .keyPressed(.enter))  == [])
        #expect(s.related?.waiting == true)

        #expect(reduce(&s, .similarityIndexBuilt(Self.index)) == [])
        let filled = try #require(s.related)
        #expect(!filled.waiting && !s.derived.similarityRequested)
        #expect(filled.results == Self.index.similar(to: source, limit: 50))
        #expect(filled.results.first.map { Self.corpus.items[$0.index].id } == "benchmarking-positional-encodings-for-gnns-and-graph")
        #expect(s.derived.similarity === Self.index)
        // Enter opens the first related item.
        _ = reduce(&s, .keyPressed(.enter))
        #expect(s.related == nil)
        #expect(s.selectedItem?.id == "benchmarking-positional-encodings-for-gnns-and-graph")
    }

    @Test func relatedAfterTheIndexArrivedAnswersAtOnce() {
        var s = browsing()
        _ = reduce(&s, .firstFrameDrawn)
        _ = reduce(&s, .similarityIndexBuilt(Self.index))
        #expect(reduce(&s, .keyPressed(.char("r"))) == [])
        #expect(s.related?.waiting == false)
        #expect(s.related?.results.isEmpty == false)
    }

    @Test func aPanelClosedBeforeTheIndexArrivesStaysClosed() {
        var s = browsing()
        _ = reduce(&s, .keyPressed(.char("r")))
        _ = reduce(&s, .keyPressed(.escape))
        #expect(s.related == nil)
        _ = reduce(&s, .similarityIndexBuilt(Self.index))
        #expect(s.related == nil)
        #expect(s.derived.similarity != nil)
    }

    @Test func anIndexOfAnotherCorpusIsNotKept() {
        var s = browsing()
        _ = reduce(&s, .keyPressed(.char("r")))
        _ = reduce(&s, .similarityIndexBuilt(SimilarityIndex(corpus: Corpus())))
        #expect(s.derived.similarity == nil)
        #expect(s.related?.waiting == true)
        #expect(reduce(&s, .keyPressed(.char("r"))) == [], "r closes the panel")
        #expect(reduce(&s, .keyPressed(.char("r"))) == [.buildSimilarityIndex(s.corpus)], "and asks again when it reopens")
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
        #expect(s.derived.schedule == s.schedule?.model)
    }
}

import LecternCore
import LecternRender
import Testing

/// Golden screens of the real bundled corpus at every layout width, in a fixed display zone.
@Suite struct BundledCorpusGoldenTests {
    static func corpus() throws -> Corpus {
        try CorpusDecoder.decode(Corpus.bundledData(), fileName: "corpus.json")
    }

    @Test(arguments: RenderGoldenTests.sizes)
    func browsing(size: Size) throws {
        let corpus = try Self.corpus()
        #expect(!corpus.sessions.isEmpty)
        var state = Fixture.state(corpus, size: size)
        if let first = state.sessionEntries.first { state.openEntry(first) }
        if state.visibleItems.count > 2 { state.selectItem(id: corpus.items[state.visibleItems[2]].id) }
        let grid = render(state, size: size)
        RenderPropertyTests.checkInvariants(grid, size: size)
        Golden.check("bundled-browse-\(size.width)x\(size.height)", grid)
    }

    @Test func trendingPapers() throws {
        let size = Size(width: 160, height: 48)
        let corpus = try Self.corpus()
        var state = Fixture.state(corpus, size: size)
        state.openEntry(.trending)
        let grid = render(state, size: size)
        #expect(grid.text.contains("Trending papers (\(state.catalog.paperIndices.count))"))
        Golden.check("bundled-trending-160x48", grid)
    }

    @Test func everySessionShowsItsModeratorAndZone() throws {
        let size = Size(width: 200, height: 60)
        let corpus = try Self.corpus()
        let text = render(Fixture.state(corpus, size: size), size: size).text
        for session in corpus.sessions {
            #expect(text.contains(session.title))
            if let m = session.moderator { #expect(text.contains(m)) }
        }
        #expect(text.contains("CEST"))
    }
}

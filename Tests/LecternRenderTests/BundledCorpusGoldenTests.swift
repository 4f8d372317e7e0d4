import LecternCore
import LecternRender
import Testing

/// Golden screens of the real bundled corpus at every layout width, in a fixed display zone.
@Suite struct BundledCorpusGoldenTests {
    static func corpus() throws -> Corpus {
        try CorpusDecoder.decode(Corpus.bundledData(), fileName: "corpus.json")
    }

    @Test(arguments: RenderGoldenTests.sizes + [Size(width: 200, height: 60)])
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
            // The sessions pane is kept narrow for the items; a long moderator's name is cut there.
            if let m = session.moderator { #expect(text.contains(m.prefix(6))) }
        }
        #expect(text.contains("CEST"))
    }

    /// At 200 columns the sessions pane stops growing and the items pane takes the width.
    @Test func wideScreensGiveTheWidthToTheItems() throws {
        let layout = PaneLayout(size: Size(width: 200, height: 60))
        #expect(layout.sessions.width == PaneLayout.sessionsMaxWidth)
        #expect(layout.items.width > 2 * layout.sessions.width)
    }

    /// At 60 columns two sessions whose titles start alike are cut so they still differ.
    @Test func cutSessionTitlesStayApart() throws {
        let size = Size(width: 60, height: 20)
        let state = Fixture.state(try Self.corpus(), size: size)
        let rect = PaneLayout(size: size).sessions
        let grid = render(state, size: size)
        let titles = stride(from: rect.y + 1, to: rect.y + rect.height - 1, by: PaneLayout.rowsPerSession).map { y in
            String((rect.x + 2..<(rect.x + rect.width - 2)).map { grid[$0, y].grapheme }).trimmingCharacters(in: .whitespaces)
        }.filter { $0.hasPrefix("Deep") }
        #expect(titles.count >= 3, "\(titles)")
        #expect(Set(titles).count == titles.count, "two sessions read the same: \(titles)")
    }

    /// `kind:qa` lists four Q&A slots, each named after its session.
    @Test func qaRowsNameTheirSession() throws {
        let size = Size(width: 160, height: 48)
        var state = Fixture.state(try Self.corpus(), size: size)
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in "kind:qa" { _ = reduce(&state, .keyPressed(.char(c))) }
        let rows = render(state, size: size).text.split(separator: "\n").filter { $0.contains("[Q&A]") }
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.contains("[Q&A] Q&A: ") }, "\(rows)")
        #expect(Set(rows.map { $0.split(separator: "│").dropFirst(2).first ?? "" }).count == 4, "\(rows)")
    }
}

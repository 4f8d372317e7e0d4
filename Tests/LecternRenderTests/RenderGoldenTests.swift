import LecternCore
import LecternRender
import Testing

/// Whole screens compared against golden files: every pane, every layout width, the help overlay,
/// long and wide-character titles, and the ASCII glyphs.
@Suite struct RenderGoldenTests {
    static let sizes = [Size(width: 160, height: 48), Size(width: 100, height: 30), Size(width: 80, height: 24),
                        Size(width: 60, height: 20), Size(width: 30, height: 8)]

    @Test(arguments: sizes)
    func browsing(size: Size) {
        var state = Fixture.browsing(size: size)
        _ = state.toggleBookmark("t-rpe")
        state.status = nil
        Golden.check("browse-\(size.width)x\(size.height)", render(state, size: size))
    }

    @Test(arguments: sizes)
    func startScreen(size: Size) {
        let state = Fixture.state(size: size)
        Golden.check("start-\(size.width)x\(size.height)", render(state, size: size))
    }

    @Test func detailsZoomedInNarrowLayout() {
        let size = Size(width: 80, height: 24)
        var state = Fixture.browsing(size: size)
        _ = reduce(&state, .keyPressed(.enter))
        #expect(state.detailsZoomed)
        let grid = render(state, size: size)
        #expect(grid.text.contains("Details"))
        Golden.check("details-zoomed-80x24", grid)
    }

    @Test func detailsScrolled() {
        let size = Size(width: 100, height: 20)
        var state = Fixture.browsing(size: size)
        state.selectItem(id: "t-rpe")
        state.focus = .details
        state.detailsScroll = 6
        Golden.check("details-scrolled-100x20", render(state, size: size))
    }

    @Test func searchResultsWithHighlightsAndTiming() {
        let size = Size(width: 120, height: 30)
        var state = Fixture.state(size: size)
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in "transformer" { _ = reduce(&state, .keyPressed(.char(c))) }
        state.search.elapsedMicroseconds = 420
        let grid = render(state, size: size)
        #expect(grid.cursor != nil)
        #expect((0..<size.height).contains { y in (0..<size.width).contains { grid[$0, y].role == .match } })
        // The results span Tuesday and Wednesday: each time has its day.
        #expect(grid.text.contains("Wed 02:00 [Oral] CATE") && grid.text.contains("Tue 14:30 [Spotlight]"))
        Golden.check("search-120x30", grid)
    }

    @Test func searchErrorInline() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.state(size: size)
        state.applySearch("colour:red")
        state.search.error = QueryError(message: "unknown field \"colour\"", position: 0)
        let grid = render(state, size: size)
        #expect(grid.line(0).contains("unknown field"))
        Golden.check("search-error-100x30", grid)
    }

    @Test func helpOverlay() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.browsing(size: size)
        _ = reduce(&state, .keyPressed(.char("?")))
        #expect(state.help != nil)
        let tall = render(state, size: Size(width: 100, height: 120)).text
        for binding in state.keyMap.bindings { #expect(tall.contains(binding.help), "\(binding.help)") }
        #expect(tall.contains("is:bookmarked"))
        #expect(tall.contains("room:janson"))
        Golden.check("help-100x30", render(state, size: size))
    }

    @Test func helpOnTheStartScreenShowsATalksKeysFirst() {
        let size = Size(width: 80, height: 24)
        var state = Fixture.state(size: size)
        _ = reduce(&state, .keyPressed(.char("?")))
        let grid = render(state, size: size)
        for text in ["Bookmark or unbookmark", "Edit a note", "Show related", "Browse the authors", "next match", "Open the item's link", "Copy the title"] {
            #expect(grid.text.contains(text), "\(text)")
        }
        #expect(!grid.text.contains("Move the selection down"))
        Golden.check("help-start-80x24", grid)
    }

    @Test func helpOverlayFiltered() {
        let size = Size(width: 80, height: 24)
        var state = Fixture.browsing(size: size)
        _ = reduce(&state, .keyPressed(.char("?")))
        for c in "/PAGE" { _ = reduce(&state, .keyPressed(.char(c))) }
        let grid = render(state, size: size)
        #expect(grid.text.contains("Page down"))
        #expect(!grid.text.contains("Quit"))
        Golden.check("help-filtered-80x24", grid)
    }

    @Test func bookmarksWithClash() {
        let size = Size(width: 160, height: 48)
        var state = Fixture.state(size: size)
        for id in ["t-rpe", "t-rl-bounds", "t-cate", "p-isp"] { _ = state.toggleBookmark(id) }
        state.bookmarks.entries["gone-talk"] = Bookmark(itemId: "gone-talk", title: "A Talk From An Older Corpus", priority: .maybe)
        state.bookmarks.entries["p-isp"]?.priority = .maybe
        _ = reduce(&state, .noteEdited("t-cate", "Ask about the pairwise pre-training"))
        state.status = nil
        state.openEntry(.bookmarks)
        state.focus = .items
        let grid = render(state, size: size)
        #expect(grid.text.contains("CLASH"))
        #expect(grid.text.contains("Wed 02:00"), "the bookmarks span two days")
        // Must see and maybe differ in the glyph and the role.
        let rows = grid.text.split(separator: "\n").map(String.init)
        let paper = state.corpus.items.first { $0.id == "p-isp" }?.title.prefix(20) ?? "?"
        let paperRow = rows.firstIndex { $0.contains(paper) } ?? 0
        #expect(rows[paperRow].contains("☆"), "\(rows[paperRow])")
        let talk = state.corpus.items.first { $0.id == "t-rpe" }?.title.prefix(20) ?? "?"
        let talkRow = rows.firstIndex { $0.contains(talk) } ?? 0
        #expect(rows[talkRow].contains("★") && !rows[talkRow].contains("☆"), "\(rows[talkRow])")
        let cells = (0..<size.height).flatMap { y in (0..<size.width).map { grid[$0, y] } }
        #expect(cells.contains { $0.grapheme == "☆" && $0.role == .bookmarkMaybe })
        #expect(cells.contains { $0.grapheme == "★" && $0.role == .bookmark })
        #expect(!cells.contains { $0.grapheme == "☆" && $0.role == .bookmark })
        #expect(grid.text.contains("Bookmarks (4)"))
        #expect(grid.text.contains("missing from corpus"))
        Golden.check("bookmarks-160x48", grid)
    }

    @Test func bookmarkClashInDetails() {
        let size = Size(width: 160, height: 30)
        var state = Fixture.state(size: size)
        for id in ["t-rpe", "t-rl-bounds"] { _ = state.toggleBookmark(id) }
        state.status = nil
        state.openEntry(.bookmarks)
        state.selectItem(id: "t-rpe")
        let grid = render(state, size: size)
        #expect(grid.text.contains("CLASH with Near-Optimal Regret Bounds"))
        Golden.check("bookmark-clash-details-160x30", grid)
    }

    @Test func trendingPapers() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.state(size: size)
        state.openEntry(.trending)
        Golden.check("trending-100x30", render(state, size: size))
    }

    @Test func statusMessage() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.browsing(size: size)
        _ = state.toggleBookmark("t-free-lunch")
        let grid = render(state, size: size)
        #expect(grid.line(size.height - 1).contains("Bookmarked"))
        Golden.check("status-message-100x30", grid)
    }

    @Test func longTitle() {
        let size = Size(width: 100, height: 30)
        var corpus = Fixture.corpus
        corpus.items[0].title = String(repeating: "Attention is all you need again ", count: 320).prefix(10_000).description
        corpus.items[0].authors = (1...60).map { "Author Number\($0)" }
        var state = Fixture.state(corpus, size: size)
        state.openEntry(state.sessionEntries[0])
        state.focus = .items
        let grid = render(state, size: size)
        #expect(grid.text.contains("…"))
        Golden.check("long-title-100x30", grid)
    }

    @Test func wideCharacters() {
        let size = Size(width: 100, height: 30)
        var corpus = Fixture.corpus
        corpus.items[0].title = "深層学習による変換器の相対位置符号化 🚀🤖 and Ωmega"
        corpus.items[0].authors = ["Ondřej Cífka", "Gae\u{0308}l Richard", "김민준", "王小明"]
        corpus.items[1].title = "Emoji families 👩‍👩‍👧‍👦 and flags 🇨🇿🇯🇵 with combining a\u{0301}e\u{0300}o\u{0302}"
        corpus.items[2].title = "ｆｕｌｌｗｉｄｔｈ ＴＩＴＬＥ that is long enough to be cut right in a wide character 漢字漢字漢字漢字漢字漢字"
        corpus.sessions[1].title = "セッション：深層学習アーキテクチャ"
        var state = Fixture.state(corpus, size: size)
        state.openEntry(state.sessionEntries[0])
        state.focus = .items
        let grid = render(state, size: size)
        Golden.check("wide-100x30", grid)
        for w in [61, 62, 63, 99, 100] {
            let g = render(state, size: Size(width: w, height: 20))
            RenderPropertyTests.checkInvariants(g, size: Size(width: w, height: 20))
        }
    }

    @Test func asciiGlyphs() throws {
        let size = Size(width: 100, height: 30)
        var state = Fixture.browsing(size: size)
        _ = state.toggleBookmark("t-free-lunch")
        state.status = nil
        let theme = try ThemeLoader.builtIn(named: "monochrome")
        let grid = render(state, size: size, theme: theme)
        #expect(!grid.text.contains("─"))
        #expect(!grid.text.contains("★"))
        Golden.check("ascii-100x30", grid)
    }

    @Test func controlCharactersInCorpusNeverReachCells() {
        let size = Size(width: 120, height: 30)
        var corpus = Fixture.corpus
        corpus.items[0].title = "Evil \u{1B}[2J\u{1B}]0;pwned\u{07} title\r\nwith \u{9B}31m C1 and \u{202E}bidi"
        corpus.items[0].abstract = "Line one\u{1B}[31m red\nline two\tTabbed\u{7F}"
        var state = Fixture.state(corpus, size: size)
        state.openEntry(state.sessionEntries[0])
        state.selectItem(id: "t-rpe")
        let grid = render(state, size: size)
        RenderPropertyTests.checkInvariants(grid, size: size)
        #expect(grid.text.contains("Evil"))
        Golden.check("control-chars-120x30", grid)
    }
}

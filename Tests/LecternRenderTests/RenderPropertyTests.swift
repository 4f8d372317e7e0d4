import LecternCore
import LecternRender
import Testing

/// Properties that hold at every size: the grid is exactly the size asked for, no cell holds a
/// control character, and wide characters are always whole.
@Suite struct RenderPropertyTests {
    static func checkInvariants(_ grid: CellGrid, size: Size, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(grid.size == size, sourceLocation: sourceLocation)
        #expect(grid.cells.count == size.width * size.height, sourceLocation: sourceLocation)
        for y in 0..<size.height {
            for x in 0..<size.width {
                let c = grid[x, y]
                let bad = c.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
                if bad { Issue.record("control character at \(x),\(y) for size \(size)", sourceLocation: sourceLocation); return }
                if c.isContinuation {
                    if x == 0 || grid[x - 1, y].width != 2 {
                        Issue.record("orphan continuation cell at \(x),\(y) for size \(size)", sourceLocation: sourceLocation); return
                    }
                } else if c.width == 2 {
                    if x + 1 >= size.width || !grid[x + 1, y].isContinuation {
                        Issue.record("wide cell without continuation at \(x),\(y) for size \(size)", sourceLocation: sourceLocation); return
                    }
                } else if DisplayWidth.of(c.grapheme) != Int(c.width) {
                    Issue.record("cell \(x),\(y) width \(c.width) but \"\(c.grapheme)\" is \(DisplayWidth.of(c.grapheme)) wide", sourceLocation: sourceLocation); return
                }
            }
        }
        if let cursor = grid.cursor {
            #expect(cursor.x >= 0 && cursor.x < size.width && cursor.y >= 0 && cursor.y < size.height, sourceLocation: sourceLocation)
        }
    }

    static var sampleSizes: [Size] {
        var sizes: [Size] = [Size(width: 0, height: 0), Size(width: 1, height: 0), Size(width: 0, height: 1)]
        let widths = [1, 2, 3, 8, 20, 39, 40, 41, 64, 79, 99, 100, 101, 160, 300]
        let heights = [1, 2, 9, 10, 11, 24, 50, 100]
        for w in widths { for h in heights { sizes.append(Size(width: w, height: h)) } }
        return sizes
    }

    @Test func everySizeRendersCleanly() {
        var base = Fixture.browsing(size: Size(width: 100, height: 30))
        _ = base.toggleBookmark("t-rpe")
        _ = base.toggleBookmark("t-free-lunch")
        for (n, size) in RenderPropertyTests.sampleSizes.enumerated() {
            var state = base
            _ = reduce(&state, .terminalResized(size))
            RenderPropertyTests.checkInvariants(render(state, size: size), size: size)
            state.overlay = .help(HelpFeature.State())
            RenderPropertyTests.checkInvariants(render(state, size: size), size: size)
            state.overlay = nil
            guard n % 3 == 0 else { continue }
            state.focus = .details
            state.detailsScroll = 1_000
            RenderPropertyTests.checkInvariants(render(state, size: size, glyphs: .ascii), size: size)
        }
    }

    @Test func emptyCorpus() {
        for size in [Size(width: 160, height: 48), Size(width: 80, height: 24), Size(width: 40, height: 10)] {
            var state = State(corpus: Corpus(), size: size)
            state.displayTimeZone = Fixture.zone
            let grid = render(state, size: size)
            RenderPropertyTests.checkInvariants(grid, size: size)
            if size.width >= 80 { #expect(grid.text.contains("Bookmarks (0)")) }
        }
    }

    @Test func stateSizeAndRenderSizeMayDisagree() {
        let state = Fixture.browsing(size: Size(width: 300, height: 100))
        for size in [Size(width: 40, height: 10), Size(width: 1, height: 1), Size(width: 120, height: 5)] {
            RenderPropertyTests.checkInvariants(render(state, size: size), size: size)
        }
    }

    @Test func tooSmallSaysSo() {
        for size in [Size(width: 39, height: 10), Size(width: 40, height: 9), Size(width: 20, height: 5)] {
            let grid = render(Fixture.state(size: size), size: size)
            #expect(grid.text.contains("too small"))
        }
        let tiny = render(Fixture.state(size: Size(width: 1, height: 1)), size: Size(width: 1, height: 1))
        #expect(tiny.cells.count == 1)
        let none = render(Fixture.state(size: Size(width: 0, height: 0)), size: Size(width: 0, height: 0))
        #expect(none.cells.isEmpty)
    }

    @Test func renderIsPure() {
        let state = Fixture.browsing(size: Size(width: 120, height: 40))
        #expect(render(state, size: state.size) == render(state, size: state.size))
    }

    @Test func timesUseTheDisplayZoneWithTheConferenceZoneBeside() {
        let size = Size(width: 160, height: 48)
        var state = Fixture.browsing(size: size)
        state.selectItem(id: "t-rpe")
        #expect(render(state, size: size).text.contains("14:00–14:20 CEST (05:00–05:20 PDT)"))
        state.displayTimeZone = "America/Los_Angeles"
        let text = render(state, size: size).text
        #expect(text.contains("05:00–05:20 PDT"))
        #expect(!text.contains("(05:00"))
        state.displayTimeZone = "Asia/Tokyo"
        #expect(render(state, size: size).text.contains("21:00–21:20 JST (05:00–05:20 PDT)"))
    }
}

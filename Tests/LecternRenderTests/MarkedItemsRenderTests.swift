import Testing
import LecternCore
import LecternRender

/// Marked items show a mark in the column left of their rows; results by time say so in the title.
@Suite struct MarkedItemsRenderTests {
    @Test func markedRowsShowTheMarkOnBothRows() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.browsing(size: size)
        let marked = state.corpus.items[state.visibleItems[0]]
        state.browse.marked = [marked.id]
        let screen = render(state, size: size).text.split(separator: "\n").map(String.init)
        let rows = screen.filter { $0.contains("│▌") }
        #expect(rows.count == 2, "\(screen.joined(separator: "\n"))")
        #expect(rows.first?.contains(String(marked.title.prefix(10))) == true, "\(rows)")
        let ascii = render(state, size: size, glyphs: .ascii).text
        #expect(ascii.contains("|#"), "\(ascii)")
    }

    @Test func resultsByTimeSayItInTheTitle() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.browsing(size: size)
        state.applySearch("learning")
        #expect(!render(state, size: size).text.contains("Search results by time"))
        _ = reduce(&state, .keyPressed(.char("t")))
        let text = render(state, size: size).text
        #expect(text.contains("Search results by time"), "\(text)")
        #expect(text.contains("Results by time"), "\(text)")
    }

    @Test func unseenItemsHaveADotOnceTheSeenFileIsRead() {
        let size = Size(width: 100, height: 30)
        var state = Fixture.browsing(size: size)
        let listed = state.visibleItems.map { state.corpus.items[$0] }
        #expect(!render(state, size: size).text.contains("│•"), "no dots before seen.json is read")
        state.seen = SeenFeature.State(seen: SeenItems(items: [listed[0].id: "2026-12-03T10:00:00+00:00"]), tracking: true)
        let screen = render(state, size: size).text.split(separator: "\n").map(String.init)
        let dotted = screen.filter { $0.contains("│•") }
        #expect(dotted.count == min(listed.count - 1, 13), "one dot per unseen item, on its first row: \(screen.joined(separator: "\n"))")
        #expect(!dotted.contains { $0.contains(String(listed[0].title.prefix(10))) }, "the seen item has no dot: \(dotted)")
        #expect(dotted.first?.contains(String(listed[1].title.prefix(10))) == true, "\(dotted)")
        #expect(render(state, size: size, glyphs: .ascii).text.contains("|."))
    }
}

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
}

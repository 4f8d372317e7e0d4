import Foundation
import LecternCore
@testable import LecternRender
import LecternTestSupport
import Testing

/// A long title or abstract is wrapped only as far as the details pane shows it: the rest of a
/// megabyte text is not even read until the user scrolls (or jumps) there.
@Suite struct LazyWrapTests {
    static let size = Size(width: 100, height: 30)

    /// `count` words of three to nine letters, seeded.
    static func words(_ count: Int, seed: UInt64) -> String {
        var rng = SeededGenerator(seed: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return (0..<count).map { _ in String((0..<Int.random(in: 3...9, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) }
            .joined(separator: " ")
    }

    /// A state whose first talk has `abstract` (and `title`), selected, details focused.
    static func state(title: String? = nil, abstract: String, cache: WrappedTextCache) -> State {
        var corpus = Fixture.corpus
        if let title { corpus.items[0].title = title }
        corpus.items[0].abstract = abstract
        var state = Fixture.state(corpus, size: size)
        state.environment.wrapCache = cache
        state.openEntry(state.sessionEntries[0])
        state.selectItem(id: corpus.items[0].id)
        state.focus = .details
        return state
    }

    /// The footer of the details pane ("7-22/46"), read off the screen.
    static func footer(_ grid: CellGrid) -> String {
        // The pane's bottom border is the last line with a corner, the footer its last "a-b/c" word.
        let border = grid.text.split(separator: "\n").last { $0.contains("┘") } ?? ""
        return border.split(separator: " ").last { $0.contains("/") && $0.contains("-") }.map(String.init) ?? ""
    }

    @Test func wrappingWithALimitGivesTheStartOfTheWholeWrap() {
        // Words, long words cut by width, several spaces and paragraphs, wide characters.
        var rng = SeededGenerator(seed: 7)
        let pieces = ["a", "bb", "ccc", String(repeating: "d", count: 45), "漢字", "  ", "\n", "\n\n", "é", "word"]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...80, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(separator: " ")
            let width = Int.random(in: 1...30, using: &rng)
            let all = DisplayWidth.wrap(text, width: width)
            let k = Int.random(in: 1...(all.count + 2), using: &rng)
            #expect(DisplayWidth.wrap(text, width: width, maxLines: k) == Array(all.prefix(k)), "\(text.debugDescription) at \(width)")
            let start = WrappedAbstract(abstract: text, width: width, maxLines: k)
            let whole = WrappedAbstract(abstract: text, width: width)
            #expect(start.lines == Array(whole.lines.prefix(start.lines.count)))
            #expect(start.complete == (whole.lines.count <= k))
            if start.complete { #expect(start.lines == whole.lines) }
        }
    }

    @Test func aLongAbstractIsWrappedOnlyAsFarAsThePaneShows() throws {
        let abstract = Self.words(30_000, seed: 21)
        #expect(abstract.utf8.count > 5 * WrappedAbstract.wrapWholeBelow)
        let cache = WrappedTextCache(capacity: 8)
        var state = Self.state(abstract: abstract, cache: cache)
        let width = DetailsText.textWidth(ofPane: state.layout.details)
        let rows = state.layout.details.height - 2

        let grid = render(state, size: Self.size, glyphs: .unicode, cache: cache)
        let kept = try #require(cache.cachedLines(abstract, width: width))
        #expect(!kept.complete)
        #expect(kept.count <= rows + 1, "wrapped \(kept.count) lines for a pane of \(rows) rows")
        // What shows is what wrapping it all gives.
        let whole = WrappedAbstract(abstract: abstract, width: width)
        let firstLine = whole.lines[0]
        #expect(grid.text.contains(firstLine))
        // The footer says the length is estimated, and the estimate is close.
        let footer = Self.footer(grid)
        #expect(footer.hasPrefix("1-\(rows)/~"), "\(footer)")
        let estimate = try #require(Int(footer.split(separator: "~").last ?? ""))
        let exact = DetailsText(item: state.selectedItem!, state: state, width: width).lineCount
        #expect(abs(estimate - exact) * 20 < exact, "estimated \(estimate), exact \(exact)")

        // Scrolling a page down wraps a little more, not everything.
        _ = reduce(&state, .keyPressed(.pageDown))
        let paged = render(state, size: Self.size, glyphs: .unicode, cache: cache)
        let more = try #require(cache.cachedLines(abstract, width: width))
        #expect(!more.complete && more.count <= 4 * rows + 2, "wrapped \(more.count) lines after a page")
        #expect(Self.footer(paged).hasPrefix("\(rows + 1)-\(2 * rows)/~"), "\(Self.footer(paged))")

        // The bottom needs all of it: then the count is exact and the last line shows.
        _ = reduce(&state, .keyPressed(.char("G")))
        let bottom = render(state, size: Self.size, glyphs: .unicode, cache: cache)
        #expect(cache.cachedLines(abstract, width: width)?.complete == true)
        #expect(Self.footer(bottom) == "\(exact - rows + 1)-\(exact)/\(exact)", "\(Self.footer(bottom))")
        #expect(bottom.text.contains(whole.lines.last!))
    }

    @Test func aMegabyteWordTitleIsCutOnlyAsFarAsThePaneShows() throws {
        let title = String(repeating: "q", count: 1_000_000)
        let cache = WrappedTextCache(capacity: 8)
        let state = Self.state(title: title, abstract: "Short.", cache: cache)
        let width = DetailsText.textWidth(ofPane: state.layout.details)
        let rows = state.layout.details.height - 2
        let grid = render(state, size: Self.size, glyphs: .unicode, cache: cache)
        let kept = try #require(cache.cachedLines(title, width: width, kind: .plain))
        #expect(!kept.complete && kept.count <= rows + 1, "cut \(kept.count) lines for a pane of \(rows) rows")
        #expect(grid.text.contains(String(repeating: "q", count: width)))
        #expect(Self.footer(grid).hasPrefix("1-\(rows)/~"), "\(Self.footer(grid))")
    }

    @Test func aShortAbstractIsWrappedWholeAndCountedExactly() throws {
        let abstract = Self.words(400, seed: 3)
        let cache = WrappedTextCache(capacity: 8)
        let state = Self.state(abstract: abstract, cache: cache)
        let width = DetailsText.textWidth(ofPane: state.layout.details)
        let grid = render(state, size: Self.size, glyphs: .unicode, cache: cache)
        #expect(cache.cachedLines(abstract, width: width)?.complete == true)
        let exact = DetailsText(item: state.selectedItem!, state: state, width: width).lineCount
        #expect(Self.footer(grid).hasSuffix("/\(exact)"), "\(Self.footer(grid))")
    }
}

import Foundation
import Testing
@testable import LecternCore

/// `n` / `N` in the details pane: the scroll lands on the abstract lines with matches, as laid
/// out by `DetailsText` (which the details view draws from).
@Suite struct MatchJumpTests {
    /// Paragraphs short enough to be one line each; "zebra" (or "Zébra") is in paragraphs 3, 10 and 25.
    static let paragraphs: [String] = (0..<30).map { k in
        switch k {
        case 3: return "line \(k) has a zebra"
        case 10: return "line \(k) has a Zébra too"
        case 25: return "line \(k) zebras again"
        default: return "line \(k) plain words"
        }
    }

    static let corpus = Corpus(items: [
        Item(id: "striped", kind: .paper, title: "On stripes", authors: ["Ann Author"],
             abstract: paragraphs.joined(separator: "\n"), source: Provenance(file: "test.html", line: 1)),
        Item(id: "plain", kind: .paper, title: "Plain zebra title", authors: ["Bo Writer"],
             abstract: "Nothing to see here.", source: Provenance(file: "test.html", line: 2)),
    ])

    func searched(_ query: String, width: Int = 120, height: Int = 30) -> State {
        var s = State(corpus: MatchJumpTests.corpus, size: Size(width: width, height: height))
        _ = reduce(&s, .keyPressed(.char("/")))
        for c in query { _ = reduce(&s, .keyPressed(.char(c))) }
        _ = reduce(&s, .keyPressed(.enter))
        return s
    }

    func select(_ id: String, in s: inout State) {
        s.selectItem(id: id)
        #expect(s.selectedItem?.id == id)
    }

    func press(_ s: inout State, _ key: Key) { _ = reduce(&s, .keyPressed(key)) }

    @Test func matchLinesAreTheAbstractLinesWithAMatch() throws {
        var s = searched("zebra")
        select("striped", in: &s)
        let item = try #require(s.selectedItem)
        let text = DetailsText(item: item, state: s, width: 60)
        // Title, authors, blank, kind, blank, "Abstract".
        #expect(text.abstractStart == 6)
        #expect(text.abstract.count == 30)
        #expect(text.lineCount == 6 + 30 + 2)
        #expect(text.matchLines(MatchHighlighter(query: "zebra")) == [9, 16, 31])
        #expect(text.matchLines(MatchHighlighter(query: "")) == [])
    }

    @Test func abstractStartFollowsWrappingBookmarksAndNotes() throws {
        var s = searched("zebra")
        select("striped", in: &s)
        let item = try #require(s.selectedItem)
        var bookmarks = s.bookmarks
        BookmarkChange.add(Bookmark(itemId: "striped", title: "On stripes")).apply(to: &bookmarks)
        BookmarkChange.setNote("striped", title: "On stripes", note: "a note long enough to wrap onto a second line").apply(to: &bookmarks)
        s.bookmarks = bookmarks
        let text = DetailsText(item: item, state: s, width: 30)
        #expect(text.note.count == 3) // 21 columns after the label
        #expect(text.abstractStart == 1 + 1 + 1 + 1 + 1 + 3 + 1 + 1)
        #expect(text.matchLines(MatchHighlighter(query: "zebra")).first == text.abstractStart + 3)
    }

    @Test func nAndNGoThroughTheMatchesAndWrapAround() {
        var s = searched("zebra")
        select("striped", in: &s)
        let start = DetailsText(item: s.selectedItem ?? MatchJumpTests.corpus.items[0], state: s,
                                width: DetailsText.textWidth(ofPane: s.layout.details)).abstractStart
        #expect(s.detailsScroll == 0)
        press(&s, .char("n"))
        #expect(s.detailsScroll == start + 3)
        #expect(s.status == "Match line 1 of 3")
        press(&s, .char("n"))
        #expect(s.detailsScroll == start + 10)
        press(&s, .char("n"))
        #expect(s.detailsScroll == start + 25)
        press(&s, .char("n"))
        #expect(s.detailsScroll == start + 3)
        #expect(s.status == "search hit BOTTOM, continuing at TOP")
        press(&s, .char("N"))
        #expect(s.detailsScroll == start + 25)
        #expect(s.status == "search hit TOP, continuing at BOTTOM")
        press(&s, .char("N"))
        #expect(s.detailsScroll == start + 10)
        #expect(s.status == "Match line 2 of 3")
    }

    @Test func jumpsFromWhereverThePaneIsScrolled() {
        var s = searched("zebra")
        select("striped", in: &s)
        let start = DetailsText(item: s.selectedItem ?? MatchJumpTests.corpus.items[0], state: s,
                                width: DetailsText.textWidth(ofPane: s.layout.details)).abstractStart
        s.detailsScroll = start + 11
        press(&s, .char("N"))
        #expect(s.detailsScroll == start + 10)
        s.detailsScroll = Int.max / 4 // after `G`
        press(&s, .char("N"))
        #expect(s.detailsScroll == start + 25)
    }

    @Test func worksFromTheDetailsPaneAndOnNarrowTerminals() {
        var s = searched("zebra", width: 80, height: 24)
        select("striped", in: &s)
        press(&s, .enter)
        #expect(s.focus == .details && s.detailsZoomed)
        let start = DetailsText(item: s.selectedItem ?? MatchJumpTests.corpus.items[0], state: s,
                                width: DetailsText.textWidth(ofPane: s.layout.details)).abstractStart
        press(&s, .char("n"))
        #expect(s.detailsScroll == start + 3)
    }

    @Test func saysSoWithoutAQueryOrAMatch() {
        var s = State(corpus: MatchJumpTests.corpus, size: Size(width: 120, height: 30))
        press(&s, .tab)
        #expect(s.selectedItem != nil)
        press(&s, .char("n"))
        #expect(s.detailsScroll == 0)
        #expect(s.status == "No search query: type / to search")

        s = searched("zebra")
        select("plain", in: &s) // matches in the title only
        press(&s, .char("N"))
        #expect(s.detailsScroll == 0)
        #expect(s.status == "No match for \"zebra\" in the abstract")
    }

    @Test func jumpIsPure() {
        #expect(DetailsText.jump(from: 0, matches: [], forward: true) == nil)
        #expect(DetailsText.jump(from: 5, matches: [5], forward: true).map { [$0.line] } == [5])
        #expect(DetailsText.jump(from: 5, matches: [5], forward: true)?.wrapped == true)
        #expect(DetailsText.jump(from: 4, matches: [5, 9], forward: true)?.line == 5)
        #expect(DetailsText.jump(from: 9, matches: [5, 9], forward: false)?.line == 5)
    }
}

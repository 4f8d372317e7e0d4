import LecternCore
import LecternRender
import Testing

/// `\textbf{…}` in an abstract is painted bold in the details pane, and only those words.
@Suite struct LaTeXBoldTests {
    static func state(abstract: String, title: String = "A Talk") -> State {
        let start = Timestamp(year: 2021, month: 7, day: 20, hour: 5, minute: 0, utcOffsetSeconds: -25_200)
        let end = Timestamp(year: 2021, month: 7, day: 20, hour: 6, minute: 0, utcOffsetSeconds: -25_200)
        let session = Session(id: "s", title: "S", moderator: nil, start: start, end: end,
                              timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT", source: Provenance(file: "f", line: 1))
        let talk = Item(id: "talk", kind: .oral, title: title, authors: ["A"], abstract: abstract, sessionId: "s",
                        start: start, end: end, source: Provenance(file: "f", line: 2))
        var state = State(corpus: Corpus(sessions: [session], items: [talk]), size: Size(width: 120, height: 40))
        state.displayTimeZone = "UTC"
        _ = reduce(&state, .keyPressed(.enter))
        return state
    }

    /// The bold flags of the cells spelling `word` on the first row that shows it.
    static func boldness(of word: String, in grid: CellGrid) -> [Bool]? {
        cells(of: word, in: grid)?.map(\.bold)
    }

    /// The cells spelling `word` on the first row that shows it.
    static func cells(of word: String, in grid: CellGrid) -> [Cell]? {
        for y in 0..<grid.size.height {
            let cells = (0..<grid.size.width).map { grid[$0, y] }.filter { !$0.isContinuation }
            let text = String(cells.map(\.grapheme))
            guard let r = text.range(of: word) else { continue }
            let start = text.distance(from: text.startIndex, to: r.lowerBound)
            return Array(cells[start..<(start + word.count)])
        }
        return nil
    }

    @Test func textbfIsBoldAndTheRestIsNot() {
        let state = Self.state(abstract: "We propose \\textbf{Sparse Mixers}, which are {\\bf fast} and plain.")
        let grid = render(state, size: state.size)
        #expect(Self.boldness(of: "Sparse Mixers", in: grid) == Array(repeating: true, count: 13))
        #expect(Self.boldness(of: "fast", in: grid) == Array(repeating: true, count: 4))
        #expect(Self.boldness(of: "propose", in: grid) == Array(repeating: false, count: 7))
        #expect(Self.boldness(of: "plain", in: grid) == Array(repeating: false, count: 5))
    }

    @Test func neighboursOfTwoBoldWordsStayPlain() {
        let state = Self.state(abstract: "one \\textbf{a}b\\textbf{c} two")
        let grid = render(state, size: state.size)
        #expect(Self.boldness(of: "abc", in: grid) == [true, false, true])
    }

    @Test func boldSurvivesWrapping() {
        let words = Array(repeating: "filler", count: 30).joined(separator: " ")
        let state = Self.state(abstract: words + " \\textbf{emphasised} " + words)
        let grid = render(state, size: state.size)
        #expect(Self.boldness(of: "emphasised", in: grid) == Array(repeating: true, count: 10))
        #expect(Self.boldness(of: "filler", in: grid)?.allSatisfy { !$0 } == true)
    }

    @Test func linksAreUnderlinedWithoutTheSentencesFullStop() {
        let state = Self.state(abstract: "Code is at https://github.com/a/b. See (https://x.org/p_(1)), too.")
        let grid = render(state, size: state.size)
        #expect(Self.cells(of: "https://github.com/a/b.", in: grid)?.map(\.role) == Array(repeating: .link, count: 22) + [.normal])
        #expect(Self.cells(of: "https://x.org/p_(1)),", in: grid)?.map(\.role) == Array(repeating: .link, count: 19) + [.normal, .normal])
        #expect(Self.cells(of: "Code", in: grid)?.map(\.role) == Array(repeating: .normal, count: 4))
    }

    /// The details pane's abstract lines: the text of each row inside the pane, with its cells.
    static func abstractRows(_ grid: CellGrid) -> [(text: String, cells: [Cell])] {
        let layout = PaneLayout(size: grid.size)
        let r = layout.details
        return (r.y + 1..<(r.y + r.height - 1)).map { y in
            let cells = (r.x + 2..<(r.x + r.width - 2)).map { grid[$0, y] }.filter { !$0.isContinuation }
            return (String(cells.map(\.grapheme)), cells)
        }
    }

    @Test func aURLIsNeverCutAtAHyphenAndMovesToTheNextLineWhole() {
        let url = "https://github.com/sz/wide-residual-networks"
        let state = Self.state(abstract: "Code and models are available at " + url + " for everyone.")
        let grid = render(state, size: state.size)
        let rows = Self.abstractRows(grid)
        let row = rows.first { $0.text.contains(url) }
        #expect(row != nil, "the URL is on one line:\n\(rows.map(\.text).joined(separator: "\n"))")
        #expect(!rows.contains { $0.text.trimmingCharacters(in: .whitespaces).hasSuffix("wide-residual-") })
    }

    @Test func aURLLongerThanTheLineIsLinkOnEveryLine() {
        let url = "https://example.org/" + Array(repeating: "segment-with-hyphens", count: 5).joined(separator: "/")
        let state = Self.state(abstract: "See " + url + " now.")
        let grid = render(state, size: state.size)
        let rows = Self.abstractRows(grid).filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        let pieces = rows.filter { row in row.cells.contains { $0.role == .link } }
        #expect(pieces.count >= 2, "the URL is longer than the line")
        let joined = pieces.map { String($0.cells.filter { $0.role == .link }.map(\.grapheme)) }.joined()
        #expect(joined == url, "every piece of the URL is link: \(joined)")
        #expect(Self.cells(of: "now", in: grid)?.map(\.role) == [.normal, .normal, .normal])
    }

    @Test func aHighlightedWordInsideAURLKeepsTheLinkAfterIt() {
        var state = Self.state(abstract: "Code is at https://github.com/a/wide-residual-networks here.")
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in "residual" { _ = reduce(&state, .keyPressed(.char(c))) }
        let grid = render(state, size: state.size)
        let roles = Self.cells(of: "https://github.com/a/wide-residual-networks", in: grid)?.map(\.role)
        let expected: [Role] = Array(repeating: .link, count: 26) + Array(repeating: .match, count: 8) + Array(repeating: .link, count: 9)
        #expect(roles == expected)
    }

    @Test func aTitlesLaTeXIsRenderedInTheListAndTheDetails() {
        let title = "Sparse Models via $\\frac{\\ell_1}{\\ell_2}$ Regularized Learning"
        let state = Self.state(abstract: "Plain.", title: title)
        let grid = render(state, size: state.size)
        let clean = LaTeXCleaner.clean(title)
        #expect(!clean.contains("\\frac") && clean.contains("ℓ"))
        #expect(!grid.text.contains("\\frac"), "raw LaTeX on screen:\n\(grid.text)")
        #expect(!grid.text.contains("$"))
        let layout = PaneLayout(size: state.size)
        let rows = grid.text.split(separator: "\n").map(String.init)
        let items = rows.map { String($0.dropFirst(layout.items.x).prefix(layout.items.width)) }
        let details = rows.map { String($0.dropFirst(layout.details.x)) }
        #expect(items.contains { $0.contains("Sparse Models via ℓ") }, "the items list")
        #expect(details.contains { $0.contains("Sparse Models via ℓ") }, "the details")
    }

    @Test func aTitleQueryHighlightsTheTitleNotTheAbstract() {
        var state = Self.state(abstract: "We study self normalizing networks at length.", title: "Self Normalizing Networks")
        _ = reduce(&state, .keyPressed(.char("/")))
        for c in "title:\"self normalizing" { _ = reduce(&state, .keyPressed(.char(c))) }
        let grid = render(state, size: state.size)
        let layout = PaneLayout(size: state.size)
        var titleRoles: [Role] = [], abstractRoles: [Role] = []
        for y in 0..<grid.size.height {
            let cells = (layout.details.x..<grid.size.width).map { grid[$0, y] }
            let text = String(cells.map(\.grapheme))
            if let r = text.range(of: "Self Normalizing") {
                let start = text.distance(from: text.startIndex, to: r.lowerBound)
                titleRoles = cells[start..<(start + 16)].map(\.role)
            }
            if let r = text.range(of: "self normalizing") {
                let start = text.distance(from: text.startIndex, to: r.lowerBound)
                abstractRoles = cells[start..<(start + 16)].map(\.role)
            }
        }
        #expect(titleRoles == Array(repeating: .match, count: 16))
        #expect(abstractRoles == Array(repeating: .normal, count: 16))
    }
}

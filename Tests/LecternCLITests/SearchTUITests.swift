import Foundation
import Testing

/// Searching in the explorer, through a real terminal (tmux): what a person types and sees.
@Suite struct SearchTUITests {
    func launch(_ t: Tmux) throws {
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run(script)
        #expect(t.waitFor("Deep Learning Architectures"), "the first session never appeared")
    }

    func quit(_ t: Tmux) {
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "lectern did not quit cleanly: \(t.capture())")
    }

    /// The screen with its attributes as SGR escape sequences.
    func captureWithAttributes(_ t: Tmux) -> String { t.tmux(["capture-pane", "-e", "-p"]).output }

    /// The `first-last/total` footers of scrolled panes on `screen`.
    static func footers(in screen: String) -> [(first: Int, total: Int)] {
        let regex = /(\d+)-(\d+)\/(\d+)/
        return screen.matches(of: regex).compactMap { m in
            guard let first = Int(m.output.1), let total = Int(m.output.3) else { return nil }
            return (first, total)
        }
    }

    @Test func typesAQuerySeesTheHighlightedTalkAndOpensIt() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        t.send("/")
        t.type("cifka")
        let screen = t.waitUntil { $0.contains("search: cifka") && $0.contains(" result in ") }
        #expect(screen != nil, "no results: \(t.capture())")
        // The talk is the first entry of the items pane (the first row below its border).
        let rows = (screen ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count > 2 && rows[2].contains("Relative Positional Encoding"), "\(screen ?? "")")
        #expect(screen?.contains("1 result") == true)
        #expect((screen ?? "").contains(/1 result in (<0\.1|[0-9.]+) ms/))
        // "Cífka" is highlighted: the attributes change right before and right after it.
        let styled = captureWithAttributes(t)
        let line = styled.split(separator: "\n").first { $0.contains("Cífka") && $0.contains("Ondřej") }
        #expect(line?.contains(/Ondřej (\x1b\[[0-9;:]*m)+Cífka\x1b\[/) == true, "not highlighted: \(line.map(String.init) ?? styled)")
        #expect(line?.contains(/Antoine Liutkus, Ondřej/) == true, "neighbours highlighted too: \(line.map(String.init) ?? "")")

        t.send("Enter")
        t.send("Enter")
        #expect(t.waitFor("Recent advances in"), "abstract not shown: \(t.capture())")
        #expect(t.capture().contains("Abstract"))
        quit(t)
    }

    /// The first screen row (the search bar) and the terminal cursor's column.
    static func bar(_ screen: String) -> String { String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "") }

    /// Polls until the terminal cursor is on the search bar at `column`.
    static func cursorColumn(_ t: Tmux, is column: Int) -> Bool {
        Tmux.settledScreen(timeout: 20, capture: { t.format("#{cursor_y} #{cursor_x}") }) { $0 == "0 \(column)" } != nil
    }

    @Test func theSearchBarEditsAtItsCursorWithReadlineKeysAndRemembersQueries() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        t.send("/")
        t.type("positional")
        #expect(t.waitUntil { Self.bar($0).contains("/ positional") } != nil, "\(t.capture())")
        // Home, then typing goes to the start; the cursor follows it.
        t.send("Home")
        t.type("relative ")
        let typed = t.waitUntil { Self.bar($0).contains("/ relative positional") }
        #expect(typed != nil, "typing at the cursor: \(t.capture())")
        #expect(Self.cursorColumn(t, is: 12), "the cursor is not after \"relative \": \(t.format("#{cursor_y} #{cursor_x}"))")
        // Ctrl-K cuts the rest; Alt-B and Alt-F go over words; Left and Ctrl-A move.
        t.send("C-k")
        #expect(t.waitUntil { Self.bar($0).contains("/ relative ") && !Self.bar($0).contains("positional") } != nil, "\(t.capture())")
        t.type("positional")
        #expect(t.waitUntil { Self.bar($0).contains("/ relative positional") } != nil, "\(t.capture())")
        t.send("M-b")
        #expect(Self.cursorColumn(t, is: 12), "Alt-B: \(t.format("#{cursor_x}"))")
        t.send("M-f")
        #expect(Self.cursorColumn(t, is: 22), "Alt-F: \(t.format("#{cursor_x}"))")
        t.send("Left")
        t.send("Left")
        t.send("C-w")
        #expect(t.waitUntil { Self.bar($0).contains("/ relative al ") || Self.bar($0).hasPrefix(" / relative al") } != nil, "\(t.capture())")
        t.send("C-a")
        t.send("C-k")
        t.type("cifka")
        #expect(t.waitUntil { $0.contains("search: cifka") && $0.contains("1 result") } != nil, "\(t.capture())")
        // Enter keeps the query in the history; Up brings it back in an empty bar, Down leaves it.
        t.send("Enter")
        t.send("Escape")
        #expect(t.waitUntil { Self.bar($0).contains("search talks and papers") } != nil, "\(t.capture())")
        t.send("/")
        t.send("Up")
        #expect(t.waitUntil { Self.bar($0).contains("/ cifka") && $0.contains("1 result") } != nil, "Up did not recall: \(t.capture())")
        t.send("Down")
        #expect(t.waitUntil { !Self.bar($0).contains("cifka") } != nil, "Down did not go back: \(t.capture())")
        t.send("Escape")
        quit(t)
    }

    @Test func aMalformedQueryShowsAnInlineError() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        t.send("/")
        t.type("foo:bar")
        let screen = t.waitUntil { $0.contains("unknown field") }
        #expect(screen != nil, "no inline error: \(t.capture())")
        // The error is in the search bar, the top row.
        #expect(screen?.split(separator: "\n").first?.contains("unknown field \"foo\"") == true, "\(screen ?? "")")
        t.send("BSpace", "BSpace", "BSpace", "BSpace")
        #expect(t.waitGone("unknown field"), "the error stayed: \(t.capture())")
        t.send("Escape")
        #expect(t.waitFor("Deep Learning Architectures"))
        quit(t)
    }

    @Test func nScrollsTheDetailsPaneToAMatch() throws {
        let t = try Tmux(width: 100, height: 30)
        defer { t.shutdown() }
        try launch(t)
        t.send("/")
        t.type("cifka transformer")
        #expect(t.waitFor("search: cifka transformer"), "\(t.capture())")
        t.send("Enter")
        t.send("Enter")
        let top = t.waitUntil { SearchTUITests.footers(in: $0).contains { $0.first == 1 } }
        #expect(top != nil, "the details pane does not scroll: \(t.capture())")
        t.send("n")
        let first = t.waitUntil { $0.contains("Match line 1 of") }
        #expect(first != nil, "no jump: \(t.capture())")
        let firstLine = SearchTUITests.footers(in: first ?? "").map(\.first).max() ?? 0
        #expect(firstLine > 1, "not scrolled: \(first ?? "")")
        t.send("n")
        let second = t.waitUntil { $0.contains("Match line 2 of") }
        #expect(second != nil, "no second jump: \(t.capture())")
        let secondLine = SearchTUITests.footers(in: second ?? "").map(\.first).max() ?? 0
        #expect(secondLine >= firstLine, "\(second ?? "")")
        t.send("N")
        #expect(t.waitFor("Match line 1 of"), "\(t.capture())")
        quit(t)
    }
}

import Foundation
import Testing

/// The schedule view, the related-work panel and the people panel in a real terminal (tmux).
@Suite struct PanelsTUITests {
    /// Waits until the screen shows every one of `texts`; records the last screen when it never does.
    @discardableResult
    static func expectScreen(_ t: Tmux, _ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) -> String {
        if let screen = t.waitUntil(timeout: 30, { screen in texts.allSatisfy { screen.contains($0) } }) { return screen }
        Issue.record("screen never showed \(texts):\n\(t.capture())", sourceLocation: sourceLocation)
        return ""
    }

    @Test func scheduleShowsNowAndNextAndOpensTheTalkAt80x24() throws {
        let t = try Tmux(width: 80, height: 24)
        defer { t.shutdown() }
        t.run("LECTERN_NOW=2021-07-20T17:22:00-07:00 \"$LECTERN_BIN\"")
        Self.expectScreen(t, "Deep Learning Architectures", "? help")
        t.send("s")
        // The whole view: the zones, the talk running now, the next one, and the cursor on it.
        Self.expectScreen(t, "Schedule", "now 17:22", "PDT   PDT", "▶17:20 17:20", "›17:25 17:25", "What Does Rot")
        t.send("b")
        Self.expectScreen(t, "Bookmarked: What Does Rotation")
        t.send("Enter")
        Self.expectScreen(t, "What Does Rotation Prediction Tell Us about Classifier", "Details")
        t.send("q")
    }

    @Test func relatedPanelListsPapersWithSharedTermsAndOpensOne() throws {
        let t = try Tmux(width: 100, height: 30)
        defer { t.shutdown() }
        t.run("\"$LECTERN_BIN\"")
        Self.expectScreen(t, "Deep Learning Architectures", "? help")
        t.send("Enter")
        t.send("r")
        let screen = Self.expectScreen(t, "Related to: Relative Positional Encoding for Transformers", "shared: positional, encoding")
        #expect(screen.contains("[Paper] Benchmarking Positional Encodings for GNNs and Graph Transformers"))
        t.send("Enter")
        Self.expectScreen(t, "Trending papers", "Benchmarking Positional Encodings", "Kind     Paper")
        t.send("q")
    }

    @Test func peoplePanelListsAuthorsAndTheirWork() throws {
        let t = try Tmux(width: 100, height: 30)
        defer { t.shutdown() }
        t.run("\"$LECTERN_BIN\"")
        Self.expectScreen(t, "Deep Learning Architectures", "? help")
        t.send("Enter")
        t.send("a")
        Self.expectScreen(t, "People of: Relative Positional Encoding", "Ondřej Cífka", "Moderator  Baharan Mirzasoleiman")
        t.send("j")
        t.send("Enter")
        Self.expectScreen(t, "People: Ondřej Cífka", "05:00 [Oral] Relative Positional Encoding")
        t.send("Escape")
        Self.expectScreen(t, "People of: Relative Positional Encoding")
        t.send("G")
        t.send("Enter")
        Self.expectScreen(t, "People: Baharan Mirzasoleiman", "[Moderator] Deep Learning Architectures")
        t.send("q")
    }
}

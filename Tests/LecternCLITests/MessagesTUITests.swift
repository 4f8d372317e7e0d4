import Foundation
import Testing

/// A message too long for the status line is read in full with `M`, wrapped, and the overlay
/// closes with Esc.
@Suite struct MessagesTUITests {
    /// The overlay's text: each screen line's part between the borders, joined with spaces.
    static func overlayText(_ screen: String) -> String {
        screen.split(separator: "\n").map { line -> String in
            // The overlay's part is the longest run between two borders.
            let parts = line.split(separator: "│", omittingEmptySubsequences: false).dropFirst().dropLast()
            return parts.max { $0.count < $1.count }.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test func aLongMessageIsReadInFullWithM() throws {
        let t = try Tmux(width: 80, height: 24)
        defer { t.shutdown() }
        // A regular file where the data folder should be: the save fails with a long message.
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: t.path("data") + "/lectern"))
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; \(script)")
        #expect(t.waitFor("Deep Learning Architectures"), "\(t.capture())")
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("Could not save bookmarks"), "\(t.capture())")
        // The status line cuts it before its reason.
        #expect(!t.capture().contains("a path component is not a folder"), "\(t.capture())")
        t.send("M")
        #expect(t.waitFor("Messages ("), "\(t.capture())")
        let shown = t.waitUntil { Self.overlayText($0).contains("a path component is not a folder") }
        #expect(shown != nil, "\(t.capture())\n\(Self.overlayText(t.capture()))")
        #expect(Self.overlayText(shown ?? "").contains("Could not save bookmarks: cannot"), "\(t.capture())")
        t.send("Escape")
        #expect(t.waitGone("Messages ("), "\(t.capture())")
        t.send("q")
        #expect(t.waitFor("Quit anyway"), "\(t.capture())")
        t.send("y")
        #expect(t.waitFor("lectern exited 74"), "\(t.capture())")
    }
}

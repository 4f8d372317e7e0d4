import Foundation
import Testing

/// Space marks talks in the explorer and `b` bookmarks every marked one, through a real terminal
/// (tmux); `lectern bookmarks` then lists them from the same data folder.
@Suite struct MarkingTUITests {
    @Test func spaceMarksTwoTalksAndBBookmarksBothAndUTakesBothBack() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let tests = BookmarksTUITests()
        try tests.launch(t)
        t.send("Tab")
        t.send("Space")
        #expect(t.waitFor("1 item marked"), "Space marked nothing: \(t.capture())")
        t.send("Space")
        let marked = t.waitUntil { $0.contains("2 items marked") }
        #expect(marked != nil, "the second Space marked nothing: \(t.capture())")
        let rows = (marked ?? "").split(separator: "\n").filter { $0.contains("│▌") }
        #expect(rows.count == 4, "two marked items, two rows each: \(marked ?? "")")
        t.send("b")
        let saved = t.waitUntil { $0.contains("Bookmarked 2 marked items") && $0.contains("Bookmarks (2)") }
        #expect(saved != nil, "b did not bookmark the marked talks: \(t.capture())")
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        let listed = try CLIRunner.run(["bookmarks"], environment: env)
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.split(separator: "\n").filter { $0.contains("[") }
        #expect(lines.count == 2, "\(listed.stdout)")
        #expect(listed.stdout.contains("relative-positional-encoding-for-transformers-with-linear"), "\(listed.stdout)")
        // One u takes both back, in the file too.
        t.send("u")
        #expect(t.waitFor("Bookmarks (0)"), "u did not undo both: \(t.capture())")
        let after = try CLIRunner.run(["bookmarks"], environment: env)
        #expect(after.stdout.split(separator: "\n").filter { $0.contains("[") }.isEmpty, "\(after.stdout)")
        tests.quit(t)
    }
}

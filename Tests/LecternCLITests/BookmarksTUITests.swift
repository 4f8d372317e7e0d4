import Foundation
import LecternCore
import Testing

/// Bookmarks, priorities, clashes, notes and exports in the explorer, through a real terminal
/// (tmux), with HOME and XDG_DATA_HOME in the test's own temporary folder.
@Suite struct BookmarksTUITests {
    static let firstTalk = "Relative Positional Encoding"

    /// Starts lectern from the folder `work` (created), with `env` before the command.
    func launch(_ t: Tmux, env: String = "", expect text: String = "Deep Learning Architectures") throws {
        let work = t.path("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; cd \"\(work)\" && \(env) \(script)")
        #expect(t.waitFor(text), "lectern never showed \(text): \(t.capture())")
    }

    func quit(_ t: Tmux) {
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "lectern did not quit cleanly: \(t.capture())")
    }

    /// The screen row showing `text`, if any.
    static func row(_ text: String, in screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    @Test func aBookmarkShowsAtOnceAndIsThereAfterARelaunch() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        #expect(t.capture().contains("Bookmarks (0)"))
        t.send("Tab")
        t.send("b")
        let marked = t.waitUntil { $0.contains("Bookmarks (1)") && $0.contains("★") }
        #expect(marked != nil, "no mark: \(t.capture())")
        let row = BookmarksTUITests.row(BookmarksTUITests.firstTalk, in: marked ?? "") ?? ""
        #expect(row.contains("★"), "the talk's row has no mark: \(row)")
        #expect(FileManager.default.fileExists(atPath: t.path("data") + "/lectern/bookmarks.json"))
        quit(t)

        try launch(t)
        let again = t.waitUntil { $0.contains("Bookmarks (1)") }
        #expect(again != nil, "the bookmark was lost: \(t.capture())")
        #expect(BookmarksTUITests.row(BookmarksTUITests.firstTalk, in: again ?? "")?.contains("★") == true, "\(again ?? "")")
        // The Bookmarks entry (last in the sessions pane) lists it.
        t.send("G")
        let listed = t.waitUntil { TUITests.itemsPaneShows("Bookmarks", in: $0) }
        #expect(listed != nil, "the Bookmarks entry did not open: \(t.capture())")
        #expect(listed?.contains(BookmarksTUITests.firstTalk) == true, "\(listed ?? "")")
        quit(t)
    }

    @Test func capitalBCyclesThePriority() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("must see"), "no priority in the details: \(t.capture())")
        t.send("B")
        #expect(t.waitFor("maybe"), "priority not cycled: \(t.capture())")
        #expect(!t.capture().contains("must see"))
        t.send("B")
        #expect(t.waitFor("must see"))
        quit(t)
    }

    @Test func clashingBookmarksShowEachOther() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let corpus = t.path("clash-corpus.json")
        try BookmarksCLITests.corpus().jsonData().write(to: URL(fileURLWithPath: corpus))
        try launch(t, env: "LECTERN_CORPUS=\"\(corpus)\"", expect: "Deep Learning 1")
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("Bookmarks (1)"), "\(t.capture())")
        #expect(!t.capture().contains("CLASH"))
        t.send("j")
        t.send("b")
        let clash = t.waitUntil { $0.contains("Bookmarks (2)") && $0.contains("CLASH") }
        #expect(clash != nil, "no clash: \(t.capture())")
        #expect(clash?.contains("CLASH with Poolingformer") == true, "\(clash ?? "")")
        t.send("k")
        let other = t.waitUntil { $0.contains("CLASH with Ties & Braces") }
        #expect(other != nil, "the other talk does not show the clash: \(t.capture())")
        quit(t)
    }

    @Test func xExportsIntoTheWorkingFolder() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("Bookmarks (1)"))
        t.send("x")
        #expect(t.waitFor("Export bookmarks as:"), "\(t.capture())")
        t.send("m")
        #expect(t.waitFor("lectern-bookmarks.md"), "the default name is offered: \(t.capture())")
        t.send("Enter")
        let screen = t.waitUntil { $0.contains("Exported 1 item to ") }
        #expect(screen != nil, "no export message: \(t.capture())")
        let files = try FileManager.default.contentsOfDirectory(atPath: t.path("work"))
        #expect(files.count == 1, "\(files)")
        let name = try #require(files.first)
        #expect(BookmarksTUITests.row("Exported", in: screen ?? "")?.contains(name) == true, "the status line does not name \(name)")
        let text = try String(contentsOfFile: t.path("work") + "/" + name, encoding: .utf8)
        #expect(text.contains(BookmarksTUITests.firstTalk))
        quit(t)
    }

    @Test func aNoteFromTheEditorShowsInTheDetails() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let editor = try t.script("editor.sh", "echo 'Ask about the lags' > \"$1\"\n")
        try launch(t, env: "EDITOR=\"\(editor)\"")
        t.send("Tab")
        t.send("e")
        let screen = t.waitUntil { $0.contains("Ask about the lags") }
        #expect(screen != nil, "the note is not shown: \(t.capture())")
        #expect(BookmarksTUITests.row("Ask about the lags", in: screen ?? "")?.contains("Note") == true, "\(screen ?? "")")
        #expect(screen?.contains("Bookmarks (1)") == true)
        quit(t)
    }

    @Test func unbookmarkingANotedTalkSaysSoAndUBringsItBack() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let editor = try t.script("editor.sh", "echo 'Ask about the lags' > \"$1\"\n")
        try launch(t, env: "EDITOR=\"\(editor)\"")
        t.send("Tab")
        t.send("e")
        #expect(t.waitFor("Ask about the lags"), "the note is not shown: \(t.capture())")
        t.send("b")
        let removed = t.waitUntil { $0.contains("Bookmarks (0)") && !$0.contains("Ask about the lags") }
        #expect(removed?.contains("and its note; u brings them back") == true, "no word of the note: \(t.capture())")
        t.send("u")
        let back = t.waitUntil { $0.contains("Bookmarks (1)") && $0.contains("Ask about the lags") && $0.contains("Restored") }
        #expect(back != nil, "u did not bring the note back: \(t.capture())")
        #expect(back?.contains("maybe") == true, "the priority did not come back: \(back ?? "")")
        let file = try String(contentsOfFile: t.path("data") + "/lectern/bookmarks.json", encoding: .utf8)
        #expect(file.contains("Ask about the lags"), "the restored note was not saved: \(file)")
        quit(t)
    }

    @Test func aNoteAddedFromAnotherShellAppearsWithoutAKey() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        try launch(t)
        t.send("Tab")
        t.send("j")
        t.send("b")
        #expect(t.waitFor("Bookmarks (1)"), "\(t.capture())")
        // Another lectern notes the first talk while the explorer waits for a key.
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        let noted = try CLIRunner.run(["note", "relative-positional-encoding-for-transformers-with-linear", "Bring the slides"], environment: env)
        #expect(noted.status == 0, "\(noted.stderr)")
        t.send("k")
        let screen = t.waitUntil { $0.contains("Bring the slides") && $0.contains("Bookmarks (2)") }
        #expect(screen != nil, "the note from the other shell never showed: \(t.capture())")
        // The explorer's own bookmark is still there, and a change made now keeps the note.
        t.send("B")
        #expect(t.waitFor("must see"), "\(t.capture())")
        let file = try String(contentsOfFile: t.path("data") + "/lectern/bookmarks.json", encoding: .utf8)
        #expect(file.contains("Bring the slides"), "\(file)")
        let listed = try CLIRunner.run(["bookmarks"], environment: env)
        #expect(listed.stdout.split(separator: "\n").filter { $0.contains("[") }.count == 2, "\(listed.stdout)")
        quit(t)
    }

    @Test func quittingWithAChangeThatCouldNotBeSavedAsksFirst() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        // A file where the data folder should be: every write fails, even as root.
        try FileManager.default.createDirectory(atPath: t.path("data"), withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: t.path("data") + "/lectern"))
        try launch(t)
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("Could not save bookmarks"), "no save error: \(t.capture())")
        t.send("q")
        #expect(t.waitFor("not saved"), "q did not ask: \(t.capture())")
        t.send("n")
        #expect(t.waitFor("Not quitting"), "n did not keep the explorer: \(t.capture())")
        t.send("q")
        #expect(t.waitFor("Quit anyway"), "q did not ask again: \(t.capture())")
        t.send("y")
        #expect(t.waitFor("lectern exited"), "y did not quit: \(t.capture())")
    }
}

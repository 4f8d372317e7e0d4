import Foundation
import LecternCore
import LecternStorage
import Testing

/// A bookmark change whose save failed is never lost silently: on `q`, SIGTERM or SIGHUP lectern
/// tries once more and, when that fails too, says on stderr (after the terminal is restored) what
/// was not saved and exits 74.
@Suite struct UnsavedBookmarksTUITests {
    /// Starts lectern with a regular file where its data folder should be, so every save fails
    /// (for root too), and bookmarks the first talk.
    func startWithAFailedSave(_ t: Tmux) throws {
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: t.path("data") + "/lectern"))
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; \(script)")
        #expect(t.waitFor("Deep Learning Architectures"), "\(t.capture())")
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("Could not save bookmarks"), "\(t.capture())")
    }

    /// `q` with an unsaved change asks first; `y` quits.
    func quitAnyway(_ t: Tmux) {
        t.send("q")
        #expect(t.waitFor("Quit anyway"), "q did not ask: \(t.capture())")
        t.send("y")
    }

    func expectReported(_ t: Tmux) {
        #expect(t.waitFor("lectern exited 74"), "\(t.capture())")
        let screen = t.capture()
        #expect(screen.contains("tty restored"))
        #expect(screen.contains("could not save bookmark changes"), "\(screen)")
        #expect(screen.contains("not saved: bookmark \"\(BookmarksTUITests.firstTalk)"), "\(screen)")
        #expect(t.format("#{alternate_on}") == "0")
    }

    @Test func quitWithAnUnsavedChangeSaysSoAndExits74() throws {
        let t = try Tmux(width: 160, height: 40)
        defer { t.shutdown() }
        try startWithAFailedSave(t)
        quitAnyway(t)
        expectReported(t)
    }

    @Test(arguments: ["TERM", "HUP"])
    func aSignalWithAnUnsavedChangeSaysSoAndExits74(signal: String) throws {
        let t = try Tmux(width: 160, height: 40)
        defer { t.shutdown() }
        try startWithAFailedSave(t)
        let pid = try #require(t.childPID(ofPIDIn: t.path("script.pid")))
        #expect(Tmux.spawnAndWait(["kill", "-\(signal)", "\(pid)"], outputPath: t.path("kill.out")) == 0)
        expectReported(t)
    }

    @Test func theRetryOnQuitSavesWhenTheProblemIsGone() throws {
        let t = try Tmux(width: 160, height: 40)
        defer { t.shutdown() }
        try startWithAFailedSave(t)
        try FileManager.default.removeItem(atPath: t.path("data") + "/lectern")
        quitAnyway(t)
        #expect(t.waitFor("lectern exited 0"), "\(t.capture())")
        #expect(!t.capture().contains("not saved"))
        let data = try Data(contentsOf: URL(fileURLWithPath: t.path("data") + "/lectern/bookmarks.json"))
        let saved = try BookmarkStore.decode(data).get()
        #expect(saved.entries.values.contains { $0.title.hasPrefix(BookmarksTUITests.firstTalk) })
    }
}

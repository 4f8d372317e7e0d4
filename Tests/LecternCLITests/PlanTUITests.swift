import Foundation
import Testing

/// What a re-import changed and whose plans were imported, as the explorer shows them: flags in
/// the lists, a cancelled bookmark kept, `is:changed` and `is:shared`, the details' notices.
@Suite struct PlanTUITests {
    @Test func changesAndSharedPlansShowInTheExplorer() throws {
        let t = try Tmux(width: 160, height: 48)
        defer { t.shutdown() }
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        func run(_ args: String...) throws {
            let r = try CLIRunner.run(args, environment: env)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let work = URL(fileURLWithPath: t.path("files"))
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try run("library", "add", LibraryCLITests.schedule("debconf23.xml"))
        try run("bookmark", "add", "debconf23-35", "debconf23-211")
        try run("library", "add", try LibraryChangesCLITests.edited(into: work))
        // Alex's plan holds the new talk.
        let plan = work.appendingPathComponent("alex.json").path
        try Data("{\"format\": \"lectern-export\", \"items\": [{\"id\": \"debconf23-9999\", \"title\": \"A Late Addition\"}]}".utf8)
            .write(to: URL(fileURLWithPath: plan))
        try run("bookmarks", "import", plan)

        // The newest conference is listed first, under its header.
        try BookmarksTUITests().launch(t, expect: "DebConf 23")
        t.send("/")
        t.type("is:changed")
        let found = t.waitUntil { $0.contains("A Late Addition") && $0.contains("Opening Ceremony and Wel") }
        #expect(found != nil, "is:changed did not find the changed talks: \(t.capture())")
        let moved = BookmarksTUITests.row("Opening Ceremony and Wel", in: found ?? "") ?? ""
        #expect(moved.contains("MOVED/RETITLED"), "a bookmarked talk that moved is flagged: \(moved)")
        #expect(BookmarksTUITests.row("A Late Addition", in: found ?? "")?.contains("MOVED") == false)
        // The details of each say what changed, and whose plan holds the new one.
        t.send("Enter")
        let details = t.waitUntil { $0.contains("Changed  NEW") || $0.contains("Changed  MOVED") }
        #expect(details != nil, "no Changed line in the details: \(t.capture())")
        t.send("/")
        t.send("C-u")
        t.type("is:shared")
        let shared = t.waitUntil { $0.contains("A Late Addition") && $0.contains("also in alex's plan") }
        #expect(shared != nil, "is:shared or the Shared line is missing: \(t.capture())")
        // The bookmark whose talk the re-import removed is kept, and says it was cancelled.
        t.send("Escape")
        t.send("Escape")
        t.send("G")
        let bookmarks = t.waitUntil { $0.contains("[Cancelled]") }
        #expect(bookmarks != nil, "the cancelled bookmark is not shown as cancelled: \(t.capture())")
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "\(t.capture())")
    }
}

import Foundation
import Testing

/// Seen and unseen in a real terminal (tmux): an opened talk stays seen after a restart, `A` marks
/// the list, `is:unseen` finds the rest, and a corrupt `seen.json` is kept aside.
@Suite struct SeenTUITests {
    static let firstTalk = BookmarksTUITests.firstTalk

    /// The row of `text` in the items pane starts with the unseen dot.
    static func unseen(_ text: String, in screen: String) -> Bool {
        BookmarksTUITests.row(text, in: screen)?.contains("│•") == true
    }

    /// Rows of the items pane that carry the dot.
    static func dots(_ screen: String) -> Int {
        screen.split(separator: "\n").filter { $0.contains("│•") }.count
    }

    @Test func anOpenedTalkIsSeenAfterARestartAndAMarksTheRestAndIsUnseenFindsTheRest() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let tests = BookmarksTUITests()
        try tests.launch(t)
        t.send("Tab")
        let fresh = t.waitUntil { Self.unseen(Self.firstTalk, in: $0) }
        #expect(fresh != nil, "a talk never opened has no dot: \(t.capture())")
        let unseenAtStart = Self.dots(fresh ?? "")
        // Enter opens the talk's details: it is seen, and its dot goes.
        t.send("Enter")
        let opened = t.waitUntil { !Self.unseen(Self.firstTalk, in: $0) && BookmarksTUITests.row(Self.firstTalk, in: $0) != nil }
        #expect(opened != nil, "the opened talk still has its dot: \(t.capture())")
        #expect(Self.dots(opened ?? "") == unseenAtStart - 1, "only the opened talk is seen: \(opened ?? "")")
        tests.quit(t)
        let file = t.path("data") + "/lectern/seen.json"
        let saved = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        #expect(saved.contains("\"version\" : 1"), "seen.json: \(saved)")
        #expect(saved.split(separator: "\n").filter { $0.contains("\" : \"20") }.count == 1, "one item seen, with its time: \(saved)")

        // After a restart the talk is still seen.
        try tests.launch(t)
        t.send("Tab")
        let again = t.waitUntil { BookmarksTUITests.row(Self.firstTalk, in: $0) != nil && Self.dots($0) > 0 }
        #expect(again.map { !Self.unseen(Self.firstTalk, in: $0) } == true, "seen is forgotten after a restart: \(again ?? "")")

        // is:unseen lists the others, not the talk that was opened.
        t.send("/")
        t.type("is:unseen kind:oral")
        let results = t.waitUntil { $0.contains("Search results") && Self.dots($0) > 0 }
        #expect(results != nil, "is:unseen found nothing: \(t.capture())")
        #expect(BookmarksTUITests.row(Self.firstTalk, in: results ?? "") == nil, "is:unseen lists the seen talk: \(results ?? "")")
        t.send("Escape")
        #expect(t.waitUntil { !$0.contains("Search results") } != nil, "Esc did not clear the search: \(t.capture())")

        // A: every listed talk seen, in one go; u brings the dots back.
        t.send("A")
        let all = t.waitUntil { $0.contains("items seen; u undoes it") }
        #expect(all != nil, "A said nothing: \(t.capture())")
        #expect(Self.dots(all ?? "") == 0, "A left dots: \(all ?? "")")
        t.send("u")
        let undone = t.waitUntil { $0.contains("unseen again") && Self.dots($0) > 0 }
        #expect(undone != nil, "u did not bring the dots back: \(t.capture())")
        tests.quit(t)
    }

    @Test func aCorruptSeenFileIsKeptAsideAndAFreshOneWritten() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let folder = t.path("data") + "/lectern"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bytes = Data("{\"version\": 1, \"items\": [oops".utf8)
        try bytes.write(to: URL(fileURLWithPath: folder + "/seen.json"))
        let tests = BookmarksTUITests()
        try tests.launch(t)
        t.send("M")
        #expect(t.waitFor("lectern goes on with no items seen"), "no word of the corrupt file: \(t.capture())")
        t.send("Escape")
        let aside = (try FileManager.default.contentsOfDirectory(atPath: folder)).filter { $0.hasPrefix("seen.json.corrupt-") }
        #expect(aside.count == 1, "\(aside)")
        if let name = aside.first {
            #expect(FileManager.default.contents(atPath: folder + "/" + name) == bytes, "the corrupt file changed")
        }
        t.send("Tab")
        t.send("Enter")
        #expect(t.waitUntil { _ in
            ((try? String(contentsOfFile: folder + "/seen.json", encoding: .utf8)) ?? "").contains("\"items\"")
        } != nil, "no fresh seen.json: \(t.capture())")
        tests.quit(t)
    }

    @Test func aMovedBookmarkIsFlaggedUntilItIsSeenInTheExplorer() throws {
        let t = try Tmux(width: 160, height: 48)
        defer { t.shutdown() }
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        func run(_ args: String...) throws -> String {
            let r = try CLIRunner.run(args, environment: env)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            return r.stdout
        }
        let work = URL(fileURLWithPath: t.path("files"))
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        _ = try run("library", "add", LibraryCLITests.schedule("debconf23.xml"))
        _ = try run("bookmark", "add", "debconf23-35", "debconf23-211")
        _ = try run("library", "add", try LibraryChangesCLITests.edited(into: work))
        let before = try run("bookmarks").split(separator: "\n").first { $0.contains("[debconf23-35]") } ?? ""
        #expect(before.hasSuffix("MOVED 10:30→11:30; RETITLED"), "\(before)")

        try BookmarksTUITests().launch(t, expect: "DebConf 23")
        t.send("/")
        t.type("is:changed welcome")
        let found = t.waitUntil { BookmarksTUITests.row("Opening Ceremony and Wel", in: $0)?.contains("MOVED/RETITLED") == true }
        #expect(found != nil, "the moved bookmark is not flagged: \(t.capture())")
        // Enter leaves the search bar, the next opens the talk: seen now, and no longer flagged.
        t.send("Enter")
        t.send("Enter")
        let seen = t.waitUntil { $0.contains("Changed  MOVED") && BookmarksTUITests.row("Opening Ceremony and Wel", in: $0)?.contains("MOVED/RETITLED") == false }
        #expect(seen != nil, "the flag stayed after the talk was seen: \(t.capture())")
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "\(t.capture())")

        let rows = try run("bookmarks").split(separator: "\n").map(String.init)
        let after = rows.first { $0.contains("[debconf23-35]") } ?? ""
        #expect(!after.contains("MOVED"), "lectern bookmarks still flags the seen talk: \(after)")
        #expect(rows.contains { $0.hasPrefix("CANCELLED") && $0.hasSuffix("[debconf23-211]") }, "the cancelled bookmark is kept: \(rows)")
    }
}

/// `P` merges an imported plan in the explorer: asked first, one `u` takes it back.
@Suite struct MergePlanTUITests {
    @Test func pAsksThenAddsAlexsTalksAndUTakesThemBack() throws {
        let t = try Tmux(width: 120, height: 40)
        defer { t.shutdown() }
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        let found = try CLIRunner.run(["search", "kind:oral", "--json", "--limit", "2"], environment: env)
        let ids = try #require(try JSONSerialization.jsonObject(with: found.stdoutData) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids.count == 2)
        try FileManager.default.createDirectory(atPath: t.path("files"), withIntermediateDirectories: true)
        let plan = t.path("files") + "/alex.json"
        let items = ids.map { "{\"id\": \"\($0)\", \"title\": \"x\"}" }.joined(separator: ", ")
        try Data("{\"format\": \"lectern-export\", \"items\": [\(items)]}".utf8).write(to: URL(fileURLWithPath: plan))
        let imported = try CLIRunner.run(["bookmarks", "import", plan, "--name", "Alex"], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")

        let tests = BookmarksTUITests()
        try tests.launch(t)
        t.send("P")
        #expect(t.waitFor("Add 2 items from Alex's plan? y/n"), "P did not ask: \(t.capture())")
        t.send("y")
        #expect(t.waitUntil { $0.contains("Added 2 items from Alex's plan") && $0.contains("Bookmarks (2)") } != nil, "y added nothing: \(t.capture())")
        let listed = try CLIRunner.run(["bookmarks"], environment: env)
        #expect(ids.allSatisfy { listed.stdout.contains("[\($0)]") }, "\(listed.stdout)")
        t.send("u")
        #expect(t.waitUntil { $0.contains("Undone the merge of Alex's plan") && $0.contains("Bookmarks (0)") } != nil, "u kept them: \(t.capture())")
        tests.quit(t)
    }
}

/// `is:seen` and `is:unseen` from the shell read the explorer's `seen.json`.
@Suite struct SeenCLITests {
    @Test func searchAndExportReadWhatTheExplorerSaw() throws {
        let home = try LibraryCLITests.Home()
        defer { home.remove() }
        let all = try home.run("search", "kind:oral", "--json", "--limit", "1000")
        let oral = try #require(try JSONSerialization.jsonObject(with: all.stdoutData) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(oral.count > 2, "\(all.stderr)")
        let folder = home.data.appendingPathComponent("lectern")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{\"items\": {\"\(oral[0])\": \"2026-12-03T10:00:00+00:00\"}, \"version\": 1}".utf8)
            .write(to: folder.appendingPathComponent("seen.json"))

        let seen = try home.run("search", "is:seen", "--json")
        #expect(seen.status == 0, "\(seen.stderr)")
        let ids = try #require(try JSONSerialization.jsonObject(with: seen.stdoutData) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == [oral[0]])
        let unseen = try home.run("search", "is:unseen", "kind:oral", "--json", "--limit", "1000")
        let rest = try #require(try JSONSerialization.jsonObject(with: unseen.stdoutData) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(rest) == Set(oral.dropFirst()), "\(unseen.stdout)")

        let export = try home.run("export", "--format", "json", "is:seen")
        #expect(export.status == 0, "\(export.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: export.stdoutData) as? [String: Any])
        let items = try #require(doc["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == [oral[0]], "\(export.stdout)")
    }
}

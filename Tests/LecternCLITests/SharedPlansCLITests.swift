import Foundation
import Testing

/// `lectern bookmarks import` and `merge`: another person's plan kept beside yours, from a lectern
/// export or from another calendar app's file matched by time and title.
@Suite struct SharedPlansCLITests {
    static let rpe = "relative-positional-encoding-for-transformers-with-linear" // Tue 20 Jul 05:00–05:20 PDT
    static let openSet = "learning-bounds-for-open-set-learning" // Tue 20 Jul 07:20–07:25 PDT
    static let cate = "cate-computation-aware-neural-architecture-encoding-with"

    struct Person {
        let dir: URL
        init() throws { dir = try CLIRunner.tempFolder() }
        var env: [String: String] {
            ["HOME": dir.path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
             "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path]
        }
        @discardableResult
        func run(_ args: String...) throws -> CLIRunner.Result { try CLIRunner.run(args, environment: env) }
        func file(_ name: String) -> String { dir.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    @Test func aFriendsPlanIsShownBesideMineAndMergedOnlyWhenAsked() throws {
        let alex = try Person(), me = try Person()
        defer { alex.remove(); me.remove() }
        #expect(try alex.run("bookmark", "add", Self.rpe, Self.openSet, "--priority", "maybe").status == 0)
        #expect(try alex.run("export", "--format", "ics", "--output", alex.file("alex.ics")).status == 0)
        #expect(try alex.run("export", "--format", "json", "--output", alex.file("alex.json")).status == 0)

        #expect(try me.run("bookmark", "add", Self.rpe, Self.cate).status == 0)
        #expect(try me.run("note", Self.rpe, "sit at the front").status == 0)
        let imported = try me.run("bookmarks", "import", alex.file("alex.json"))
        #expect(imported.status == 0 && imported.stdout == "alex's plan: 2 items, 1 also in yours\n", "\(imported.stdout)\(imported.stderr)")

        let listed = try me.run("bookmarks")
        let rpeRow = try #require(listed.stdout.split(separator: "\n").first { $0.contains("[\(Self.rpe)]") })
        #expect(rpeRow.hasSuffix("also in alex's plan"), "\(rpeRow)")
        #expect(!listed.stdout.contains("[\(Self.openSet)]"), "their talk is not in my list until merged")

        let shared = try me.run("search", "is:shared", "--json")
        let ids = try #require(try JSONSerialization.jsonObject(with: shared.stdoutData) as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(ids) == [Self.rpe, Self.openSet], "\(ids)")

        let merged = try me.run("bookmarks", "merge", "alex")
        #expect(merged.status == 0 && merged.stdout.contains("Added 1 of alex's 2 bookmarks"), "\(merged.stdout)\(merged.stderr)")
        let after = try me.run("bookmarks", "--json")
        let items = try #require((try JSONSerialization.jsonObject(with: after.stdoutData) as? [String: Any])?["items"] as? [[String: Any]])
        let byId = Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
        #expect(byId.count == 3)
        #expect(byId[Self.rpe]?["note"] as? String == "sit at the front" && byId[Self.rpe]?["priority"] as? String == "must-see", "mine is kept as it was")
        #expect(byId[Self.openSet]?["priority"] as? String == "maybe", "theirs comes with its priority (a lectern JSON export keeps it)")
        #expect(try me.run("bookmarks", "merge", "alex").stdout.contains("Added 0 of"))

        // Their calendar export, under another name, replaces nothing of the first.
        #expect(try me.run("bookmarks", "import", alex.file("alex.ics"), "--name", "Sam").stdout.hasPrefix("Sam's plan: 2 items"))
        #expect(try me.run("bookmarks").stdout.contains("also in alex's and Sam's plans"))
    }

    /// A calendar app's own file: its own UIDs, its zone, the title in other case and punctuation.
    @Test func anotherAppsCalendarIsMatchedByTimeAndTitle() throws {
        let me = try Person()
        defer { me.remove() }
        let ics = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Other App//EN\r
        BEGIN:VEVENT\r
        UID:1234@example.org\r
        DTSTAMP:20210701T000000Z\r
        DTSTART;TZID=Europe/Berlin:20210720T140000\r
        DTEND;TZID=Europe/Berlin:20210720T142000\r
        SUMMARY:relative positional encoding for transformers with linear complexity!\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:5678@example.org\r
        DTSTAMP:20210701T000000Z\r
        DTSTART:20210720T130000Z\r
        DTEND:20210720T132000Z\r
        SUMMARY:Relative Positional Encoding for Transformers with Linear Complexity\r
        END:VEVENT\r
        END:VCALENDAR\r

        """
        try Data(ics.utf8).write(to: URL(fileURLWithPath: me.file("other.ics")))
        let r = try me.run("bookmarks", "import", me.file("other.ics"), "--name", "Kim")
        #expect(r.status == 0 && r.stdout.hasPrefix("Kim's plan: 1 item, 0 also in yours; 1 not in the library"), "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("not in the library: Relative Positional Encoding"), "the same title at another time is not the talk")
        let shared = try me.run("search", "is:shared", "--json")
        #expect(shared.stdout.contains(Self.rpe))
    }

    @Test func badPlansAreRefusedWithWhereAndWhy() throws {
        let me = try Person()
        defer { me.remove() }
        try Data("{\"format\": \"lectern-export\", \"items\": [1]}".utf8).write(to: URL(fileURLWithPath: me.file("bad.json")))
        let bad = try me.run("bookmarks", "import", me.file("bad.json"))
        #expect(bad.status == 65 && bad.stderr.contains("bad.json:1:") && bad.stderr.contains("an item object"), "\(bad.stderr)")
        #expect(try me.run("bookmarks", "import", me.file("none.json")).status == 66)
        let unknown = try me.run("bookmarks", "merge", "nobody")
        #expect(unknown.status == 66 && unknown.stderr.contains("no shared plan named nobody"))
        #expect(!FileManager.default.fileExists(atPath: me.dir.appendingPathComponent("data/lectern/bookmarks.json").path))
    }
}

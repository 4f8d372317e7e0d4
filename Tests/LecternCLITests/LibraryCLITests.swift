import Foundation
import Glibc
import LecternTestSupport
import Testing

/// `lectern library add|list|remove` and the commands that read the whole library, on the real
/// schedules in ../shared/samples/ (LECTERN_SAMPLES), each test with its own XDG_DATA_HOME.
@Suite struct LibraryCLITests {
    static func schedule(_ name: String) -> String { ImportSchedulesCLITests.schedule(name) }

    /// A temp home shared by the runs of one test.
    struct Home {
        let dir: URL
        init() throws { dir = try CLIRunner.tempFolder() }
        var data: URL { dir.appendingPathComponent("data") }
        var library: URL { data.appendingPathComponent("lectern/library") }
        var environment: [String: String] {
            ["HOME": dir.appendingPathComponent("home").path, "XDG_DATA_HOME": data.path,
             "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path]
        }
        @discardableResult
        func run(_ args: String...) throws -> CLIRunner.Result { try CLIRunner.run(args, environment: environment) }
        func process(_ args: [String]) -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            p.arguments = args
            p.environment = environment.merging(["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]) { a, _ in a }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            p.standardInput = FileHandle.nullDevice
            return p
        }
        func list() throws -> [[String: Any]] {
            let r = try run("library", "list", "--json")
            #expect(r.status == 0, "\(r.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [[String: Any]])
        }
        func names() throws -> [String] { try list().compactMap { $0["name"] as? String } }
        func files() throws -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: library.path)) ?? []).sorted()
        }
        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    @Test func aFreshLibraryHoldsTheBundledSampleAndWritesNothing() throws {
        let home = try Home()
        defer { home.remove() }
        let entries = try home.list()
        #expect(entries.count == 1)
        #expect(entries.first?["name"] as? String == "icml-2021")
        #expect(entries.first?["title"] as? String == "ICML 2021")
        #expect(entries.first?["bundled"] as? Bool == true)
        let text = try home.run("library", "list")
        #expect(text.stdout.contains("icml-2021  ICML 2021"))
        #expect(!FileManager.default.fileExists(atPath: home.data.path), "listing writes nothing")
        // Without --corpus the commands read the library, which is the bundled corpus: as before.
        let bundled = try home.run("search", "poolingformer", "--json")
        let plain = try CLIRunner.run(["search", "poolingformer", "--json"])
        #expect(bundled.stdout == plain.stdout && bundled.status == 0)
    }

    @Test func addListSearchAndRemove() throws {
        let home = try Home()
        defer { home.remove() }
        var r = try home.run("library", "add", Self.schedule("fosdem_2021.xml"), "--time-zone", "Europe/Brussels")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Added fosdem-2021: FOSDEM 2021, 773 items\n")
        r = try home.run("library", "add", Self.schedule("debconf23.xml"), "--name", "dc23")
        #expect(r.stdout == "Added dc23: DebConf 23, 117 items\n", "\(r.stderr)")
        let entries = try home.list()
        #expect(entries.map { $0["name"] as? String } == ["icml-2021", "fosdem-2021", "dc23"])
        let fosdem = try #require(entries.first { $0["name"] as? String == "fosdem-2021" })
        #expect(fosdem["start"] as? String == "2021-02-06" && fosdem["end"] as? String == "2021-02-07")
        #expect(fosdem["items"] as? Int == 773 && fosdem["talks"] as? Int == 773 && fosdem["papers"] as? Int == 0)
        #expect(fosdem["sources"] as? [String] == ["fosdem_2021.xml"] && fosdem["format"] as? String == "frab schedule XML")
        let table = try home.run("library", "list").stdout
        let row = table.split(separator: "\n").first { $0.hasPrefix("fosdem-2021 ") }.map {
            $0.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(row == ["fosdem-2021", "FOSDEM 2021", "2021-02-06…2021-02-07", "773 items (773 talks, 0 papers)", "frab schedule XML", "fosdem_2021.xml"], "\(table)")

        // Every command reads the whole library: a talk of an added conference, and the bundled ones.
        r = try home.run("search", "Welcome to FOSDEM", "--json")
        #expect(r.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [[String: Any]])
        #expect(hits.first?["id"] as? String == "fosdem-2021-11795")
        #expect(try home.run("search", "poolingformer").status == 0)
        r = try home.run("show", "debconf23-35")
        #expect(r.status == 0 && r.stdout.contains("Welcome to DebConf23"), "\(r.stderr)")
        r = try home.run("bookmark", "add", "fosdem-2021-11795")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try home.run("bookmarks").stdout.contains("Welcome to FOSDEM 2021"))

        // conf: filters by entry; the bundled pages are a conference of their own once others are there.
        func count(_ q: String) throws -> Int {
            let r = try home.run("search", q, "--json", "--limit", "5000")
            return (try JSONSerialization.jsonObject(with: r.stdoutData) as? [Any])?.count ?? 0
        }
        #expect(try count("conf:fosdem") == 773)
        #expect(try count("conf:debconf") == 117)
        #expect(try count("conf:icml") == 352)
        #expect(try count("conf:icml transformer") > 0)
        #expect(try count("conf:fosdem welcome room:k.fosdem") >= 1)
        let all = try count("transformer"), outside = try count("transformer -conf:icml")
        #expect(outside < all)

        r = try home.run("library", "remove", "fosdem-2021")
        #expect(r.status == 0 && r.stdout == "Removed fosdem-2021: FOSDEM 2021, 773 items\n", "\(r.stderr)")
        #expect(try home.names() == ["icml-2021", "dc23"])
        #expect(try home.run("show", "fosdem-2021-11795").status != 0)
        #expect(try home.files().filter { $0.hasPrefix("fosdem") }.isEmpty, "its corpus file is gone")
        // The bookmark is kept (shown as missing from the corpus).
        #expect(try home.run("bookmarks").stdout.contains("fosdem-2021-11795"))
        r = try home.run("library", "remove", "nope")
        #expect(r.status == 66 && r.stderr.contains("no library entry named \"nope\" (entries: icml-2021, dc23)"))
        r = try home.run("library", "remove", "icml-2021")
        #expect(r.status == 0)
        #expect(try home.names() == ["dc23"])
        #expect(try home.run("search", "poolingformer").status == 1)
    }

    @Test func addingTheSameConferenceAgainReplacesItAndCountsTheChanges() throws {
        let home = try Home()
        defer { home.remove() }
        let original = Self.schedule("pretalx-democon.json")
        #expect(try home.run("library", "add", original).stdout == "Added democon: DemoCon, 36 items\n")
        // A copy of the schedule with a talk moved, one removed and one added.
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: original))) as? [String: Any])
        var schedule = try #require(root["schedule"] as? [String: Any])
        var conference = try #require(schedule["conference"] as? [String: Any])
        var days = try #require(conference["days"] as? [[String: Any]])
        var rooms = try #require(days[0]["rooms"] as? [String: [[String: Any]]])
        var events = try #require(rooms["Gray Room"])
        let moved = try #require(events[0]["id"] as? Int)
        let removed = try #require(events[1]["id"] as? Int)
        events[0]["date"] = "2020-12-14T16:30:00+01:00"
        events[0]["start"] = "16:30"
        var added = events[2]
        added["id"] = 99_999
        added["guid"] = "00000000-0000-4000-8000-000000099999"
        added["slug"] = "democon-99999-a-new-talk"
        added["title"] = "A new talk"
        events.remove(at: 1)
        events.append(added)
        rooms["Gray Room"] = events
        days[0]["rooms"] = rooms
        conference["days"] = days
        schedule["conference"] = conference
        root["schedule"] = schedule
        let edited = home.dir.appendingPathComponent("democon-edited.json")
        try JSONSerialization.data(withJSONObject: root).write(to: edited)

        var r = try home.run("library", "add", edited.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Replaced democon: DemoCon, 36 items: 1 new, 1 changed, 1 gone\n")
        #expect(try home.names() == ["icml-2021", "democon"])
        #expect(try home.list().last?["sources"] as? [String] == ["democon-edited.json"])
        r = try CLIRunner.run(["show", "democon-\(moved)"], environment: home.environment.merging(["TZ": "UTC"]) { _, b in b })
        #expect(r.stdout.contains("Time:     Mon 14 Dec 15:30–16:00 UTC\n"), "\(r.stdout)")  // 16:30+01:00 in the schedule's UTC
        #expect(try home.run("show", "democon-\(removed)").status != 0)
        #expect(try home.run("show", "democon-99999").stdout.contains("A new talk"))
        // The same file again: nothing changed. Under another name it still replaces the conference.
        #expect(try home.run("library", "add", edited.path).stdout.hasSuffix("0 new, 0 changed, 0 gone\n"))
        r = try home.run("library", "add", original, "--name", "demo")
        #expect(r.stdout == "Replaced demo (was democon): DemoCon, 36 items: 1 new, 1 changed, 1 gone\n", "\(r.stderr)")
        #expect(try home.names() == ["icml-2021", "demo"])
        #expect(try home.files().filter { $0.hasSuffix(".corpus.json") }.count == 1, "replaced files are deleted")
    }

    @Test func standardInputAndBadFilesLeaveTheLibraryAlone() throws {
        let home = try Home()
        defer { home.remove() }
        let r = try CLIRunner.run(["-c", "\"$0\" library add - --name lca < \"$1\"", CLIRunner.binary, Self.schedule("linux_conf_au_2020.ics")],
                                  executable: "/bin/sh", environment: home.environment)
        #expect(r.status == 0 && r.stdout.hasPrefix("Added lca: "), "\(r.stderr)")
        let before = try home.files()
        let manifest = try Data(contentsOf: home.library.appendingPathComponent("library.json"))
        let readme = CLIRunner.packageRoot.appendingPathComponent("Package.swift").path
        var bad = try home.run("library", "add", readme)
        #expect(bad.status == 65)
        bad = try home.run("library", "add", home.dir.appendingPathComponent("missing.xml").path)
        #expect(bad.status == 66)
        bad = try home.run("library", "add", Self.schedule("debconf23.xml"), "--name", "../evil")
        #expect(bad.status == 64)
        bad = try home.run("library", "add", Self.schedule("debconf23.xml"), Self.schedule("36c3_everything.schedule.json"))
        #expect(bad.status == 64 && bad.stderr.contains("give --name"))
        #expect(try home.files() == before)
        #expect(try Data(contentsOf: home.library.appendingPathComponent("library.json")) == manifest)
    }

    @Test func twoAddsAtOnceBothLand() throws {
        let home = try Home()
        defer { home.remove() }
        for round in 0..<3 {
            let a = home.process(["library", "add", Self.schedule("36c3_everything.schedule.json"), "--name", "c\(round)"])
            let b = home.process(["library", "add", Self.schedule("debconf23.xml"), "--name", "d\(round)"])
            try a.run()
            try b.run()
            a.waitUntilExit()
            b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        }
        // Each round's pair holds different conferences; a later round replaces the earlier one.
        let names = try home.names()
        #expect(names.count == 3 && names.first == "icml-2021" && names.contains("c2") && names.contains("d2"), "\(names)")
        #expect(try home.files().filter { $0.hasSuffix(".corpus.json") }.count == 2)
    }

    @Test func killedDuringAddTheLibraryIsAsItWasOrHasTheNewEntry() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try home.run("library", "add", Self.schedule("debconf23.xml")).status == 0)
        let before = try home.list()
        var generator = SeededGenerator(seed: 16)
        for round in 0..<12 {
            let p = home.process(["library", "add", Self.schedule("36c3_everything.schedule.json")])
            try p.run()
            usleep(UInt32.random(in: 0...400_000, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let after = try home.list()
            if after.count == before.count {
                #expect(after.map { $0["name"] as? String } == before.map { $0["name"] as? String }, "seed \(generator.seed) round \(round)")
            } else {
                #expect(after.last?["name"] as? String == "36c3" && after.last?["items"] as? Int == 1351, "seed \(generator.seed) round \(round)")
                #expect(try home.run("library", "remove", "36c3").status == 0)
            }
            // Whatever the moment, every command still reads the library.
            #expect(try home.run("show", "debconf23-35").status == 0, "seed \(generator.seed) round \(round)")
        }
        // The next change clears what killed writers left behind.
        #expect(try home.run("library", "add", Self.schedule("debconf23.xml")).status == 0)
        // It replaced debconf23, so one record of what changed is kept beside the corpus.
        #expect(try home.files().filter { !$0.hasSuffix(".corpus.json") && !$0.hasSuffix(".changes.json") } == [".lock", "library.json", "search.index"])
        #expect(try home.files().filter { $0.hasSuffix(".corpus.json") }.count == 1)
        #expect(try home.files().filter { $0.hasSuffix(".changes.json") }.count == 1)
    }
}

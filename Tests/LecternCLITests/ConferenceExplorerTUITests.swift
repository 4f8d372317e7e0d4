import Foundation
import LecternTestSupport
import Testing

/// The explorer on a generated 1000-event conference of 40 rooms over two days, kept in a
/// library: the sessions pane's grouping, a jump by typing, the schedule's days and rooms, a
/// `room:` search, a bookmark, and an iCalendar export read by python's icalendar.
@Suite struct ConferenceExplorerTUITests {
    static let rooms: [String] = {
        let words = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Ivy", "Juniper",
                     "Kapok", "Larch", "Maple", "Nutmeg", "Oak", "Pine", "Quince", "Rowan", "Spruce", "Teak",
                     "Umbrella", "Vine", "Willow", "Yew", "Acacia", "Baobab", "Cypress", "Date", "Ebony", "Fig",
                     "Guava", "Holly", "Iroko", "Jarrah", "Kauri", "Lime", "Mango", "Neem", "Olive", "Poplar"]
        var names = words.enumerated().map { "\($1) Hall \($0 + 1)" }
        names[33] = "Zebra Devroom"
        // In name order, as the file lists them (its keys sorted): the devroom last.
        return names.sorted()
    }()
    static let tracks = ["Databases", "Embedded", "Graphics", "Kernel", "Languages", "Networking",
                         "Packaging", "Security", "Storage", "Testing", "Web", "Wireless"]

    /// A frab JSON schedule of 1000 events, the same for the same seed.
    static func schedule(seed: UInt64) throws -> Data {
        var rng = SeededGenerator(seed: seed)
        let nouns = ["compiler", "scheduler", "filesystem", "router", "renderer", "parser", "debugger", "allocator"]
        let adjectives = ["Fast", "Safe", "Tiny", "Portable", "Verified", "Incremental", "Parallel", "Lazy"]
        var days: [[String: Any]] = []
        for d in 0..<2 {
            let date = "2026-02-0\(7 + d)"
            var byRoom: [String: [[String: Any]]] = [:]
            for k in 0..<500 {
                let e = d * 500 + k
                let room = rooms[k % rooms.count]
                let minutes = 9 * 60 + (k / rooms.count) * 45
                let start = String(format: "%02d:%02d", minutes / 60, minutes % 60)
                let length = Int.random(in: 20...40, using: &rng)
                let title = "\(adjectives.randomElement(using: &rng)!) \(nouns.randomElement(using: &rng)!) \(e)"
                byRoom[room, default: []].append([
                    "id": 1000 + e, "guid": String(format: "00000000-0000-4000-8000-%012d", e),
                    "date": "\(date)T\(start):00+01:00", "start": start, "duration": String(format: "00:%02d", length),
                    "room": room, "slug": "gencon-\(e)", "url": "https://gencon.example/talk/\(e)/", "title": title,
                    "subtitle": "", "track": tracks.randomElement(using: &rng)!, "type": "Talk", "language": "en",
                    "abstract": "About the \(title.lowercased()).", "description": "",
                    "persons": [["id": e, "public_name": "Speaker \(Int.random(in: 1...300, using: &rng))"]],
                    "links": [], "attachments": [],
                ])
            }
            days.append(["index": d + 1, "date": date, "day_start": "\(date)T06:00:00+01:00",
                         "day_end": "2026-02-0\(8 + d)T03:00:00+01:00", "rooms": byRoom])
        }
        let conference: [String: Any] = [
            "acronym": "gencon", "title": "Generated Conference 2026", "start": "2026-02-07", "end": "2026-02-08",
            "daysCount": 2, "time_zone_name": "Europe/Brussels", "timeslot_duration": "00:05",
            "rooms": rooms.map { ["name": $0] }, "days": days,
        ]
        let root: [String: Any] = ["schedule": ["version": "1", "conference": conference]]
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    @Test func groupingJumpScheduleSearchBookmarkAndExport() throws {
        let t = try Tmux(width: 160, height: 48)
        defer { t.shutdown() }
        let file = t.path("gencon.json")
        try Self.schedule(seed: 16).write(to: URL(fileURLWithPath: file))
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        let added = try CLIRunner.run(["library", "add", file], environment: env)
        #expect(added.status == 0, "library add: \(added.stderr)")

        try BookmarksTUITests().launch(t, expect: "Generated Conference 2026")
        // The library holds the bundled sample too: each conference is a header, its days under it.
        #expect(t.waitFor("Saturday 7 February"), "no day under the conference: \(t.capture())")

        // v: by track, by day, and back to by room.
        t.send("v")
        let byTrack = t.waitUntil { $0.contains("Sessions by track") && $0.contains("Databases") }
        #expect(byTrack != nil, "the tracks are not listed: \(t.capture())")
        t.send("v")
        #expect(t.waitFor("Sessions by day"), "\(t.capture())")
        t.send("v")
        #expect(t.waitFor("Sessions by room"), "\(t.capture())")

        // f and typing: the first room whose name holds it; Enter keeps it.
        t.send("f")
        #expect(t.waitFor("Jump to:"), "\(t.capture())")
        t.type("zebra")
        let jumped = t.waitUntil { $0.contains("Jump to: zebra") && $0.contains("Zebra Devroom") }
        #expect(jumped != nil, "the jump did not reach the room: \(t.capture())")
        t.send("Enter")
        #expect(t.waitGone("Jump to:"), "\(t.capture())")
        t.send("Enter")
        let opened = t.waitUntil { screen in screen.split(separator: "\n").contains { $0.contains("Zebra Devroom") && $0.contains("─") } }
        #expect(opened != nil, "the items pane is not the room's: \(t.capture())")

        // The schedule: the day of the selected talk, its screen of rooms, then the rooms before
        // it and the next day.
        t.send("s")
        let shown = t.waitUntil { $0.contains("Saturday 7 February (day 1/2)") && $0.contains("rooms 31-40/40") && $0.contains("Zebra Devroom") }
        #expect(shown != nil, "the schedule does not show the room's screen: \(t.capture())")
        t.send("<")
        let earlier = String(Self.rooms[20].split(separator: " ")[0])
        let left = t.waitUntil { $0.contains("rooms 21-30/40") && $0.contains(earlier) }
        #expect(left != nil, "< did not scroll a screen of rooms: \(t.capture())")
        t.send("]")
        let next = t.waitUntil { $0.contains("Sunday 8 February") && $0.contains("(day 2/2)") }
        #expect(next != nil, "] did not move to the next day: \(t.capture())")
        t.send("Escape")
        #expect(t.waitGone("(day 2/2)"), "\(t.capture())")

        // A room: search, a bookmark on its first result, and the results exported as iCalendar.
        t.send("/")
        t.type("room:zebra")
        t.send("Enter")
        let results = t.waitUntil { $0.contains("search: room:zebra") || $0.contains("Search results") }
        #expect(results != nil, "\(t.capture())")
        t.send("b")
        #expect(t.waitFor("Bookmarked: "), "the talk is not bookmarked: \(t.capture())")
        let ics = t.path("zebra.ics")
        t.send("x")
        #expect(t.waitFor("as: i iCalendar"), "\(t.capture())")
        t.send("i")
        t.send("C-u")
        t.type(ics)
        t.send("Enter")
        #expect(t.waitFor("Exported 24 items"), "\(t.capture())")
        let script = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = list(cal.walk('VEVENT'))
        print(len(events), sorted(set(str(e['LOCATION']) for e in events)))
        """
        let read = try ExportPromptTUITests.python(script, ics)
        #expect(read.trimmingCharacters(in: .whitespacesAndNewlines) == "24 ['Zebra Devroom']", "icalendar read: \(read)")
        t.send("q")
        #expect(t.waitFor("lectern exited 0"), "\(t.capture())")
    }
}

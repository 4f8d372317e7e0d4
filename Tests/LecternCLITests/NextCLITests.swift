import Foundation
import Testing

/// `lectern next`: the bookmarked talk running now and the next one, as a status line would show
/// them, with the clock fixed through `LECTERN_NOW`.
@Suite struct NextCLITests {
    static let rpe = "relative-positional-encoding-for-transformers-with-linear" // Tue 20 Jul 05:00–05:20 PDT
    static let openSet = "learning-bounds-for-open-set-learning" // Tue 20 Jul 07:20–07:25 PDT

    /// A data folder of its own, kept across the commands of one test.
    struct Box {
        let dir: URL
        init() throws { dir = try CLIRunner.tempFolder() }
        func run(_ args: [String], now: String, zone: String = "Europe/Berlin") throws -> CLIRunner.Result {
            try CLIRunner.run(args, environment: [
                "HOME": dir.appendingPathComponent("home").path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "LECTERN_NOW": now, "TZ": zone,
            ])
        }
        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    static func bookmarked(_ ids: String...) throws -> Box {
        let box = try Box()
        #expect(try box.run(["bookmark", "add"] + ids, now: "2021-07-20T00:00:00Z").status == 0)
        return box
    }

    @Test func aRunningTalkAndTheNextOneInTheUsersZone() throws {
        let box = try Self.bookmarked(Self.rpe, Self.openSet)
        defer { box.remove() }
        let r = try box.run(["next"], now: "2021-07-20T05:05:00-07:00")
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout == "Now: Relative Positional Encoding for Transformers with Linear Complexity, 15 min left"
                + " · Next 16:20 Learning Bounds for Open-Set Learning, in 2 h 15 min\n")
        // Before the first: only the next, in Berlin time (14:00 CEST is 05:00 PDT).
        let before = try box.run(["next"], now: "2021-07-20T04:05:00-07:00")
        #expect(before.stdout == "Next 14:00 Relative Positional Encoding for Transformers with Linear Complexity, in 55 min\n")
        // After the last: nothing at all, for an empty status line.
        let after = try box.run(["next"], now: "2021-07-21T00:00:00-07:00")
        #expect(after.status == 0 && after.stdout.isEmpty)
    }

    /// `is:now` and `is:upcoming` read the same clock as `next`.
    @Test func isNowAndIsUpcomingFollowTheClock() throws {
        let box = try Box()
        defer { box.remove() }
        func ids(_ query: String, now: String) throws -> [String] {
            let r = try box.run(["search", query, "--json", "--limit", "1000"], now: now)
            let rows = try JSONSerialization.jsonObject(with: r.stdoutData) as? [[String: Any]] ?? []
            return rows.compactMap { $0["id"] as? String }
        }
        let running = try ids("is:now", now: "2021-07-20T05:05:00-07:00")
        #expect(running.contains(Self.rpe) && !running.contains(Self.openSet), "\(running)")
        let later = try ids("is:upcoming", now: "2021-07-20T05:05:00-07:00")
        #expect(later.contains(Self.openSet) && !later.contains(Self.rpe), "\(later)")
        #expect(try ids("is:now", now: "2021-07-25T00:00:00Z").isEmpty)
        #expect(try ids("is:upcoming", now: "2021-07-25T00:00:00Z").isEmpty)
        let bad = try box.run(["search", "is:soon"], now: "2021-07-20T05:05:00-07:00")
        #expect(bad.status == 64 && bad.stderr.contains("shared, seen, unseen, now or upcoming"), "\(bad.stderr)")
    }

    @Test func jsonHasTheTimeTheRunningTalksAndTheNext() throws {
        let box = try Self.bookmarked(Self.rpe, Self.openSet)
        defer { box.remove() }
        let r = try box.run(["next", "--json"], now: "2021-07-20T05:05:00-07:00")
        let doc = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        #expect(doc["at"] as? String == "2021-07-20T05:05:00-07:00")
        let now = try #require(doc["now"] as? [[String: Any]])
        #expect(now.map { $0["id"] as? String } == [Self.rpe])
        #expect(now.first?["minutes"] as? Int == 15 && now.first?["end"] as? String == "2021-07-20T05:20:00-07:00")
        let next = try #require(doc["next"] as? [String: Any])
        #expect(next["id"] as? String == Self.openSet && next["minutes"] as? Int == 135)
        let after = try box.run(["next", "--json"], now: "2021-07-21T00:00:00-07:00")
        let empty = try #require(try JSONSerialization.jsonObject(with: after.stdoutData) as? [String: Any])
        #expect((empty["now"] as? [Any])?.isEmpty == true && empty["next"] is NSNull)
    }

    @Test func tmuxFormatDoublesHashesAndNoEscapeGetsThrough() throws {
        let box = try Box()
        defer { box.remove() }
        let ics = box.dir.appendingPathComponent("tiny.ics")
        let event = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN", "X-WR-CALNAME:Tiny Conf", "BEGIN:VEVENT",
                     "UID:talk-1@tiny", "DTSTART:20300101T100000Z", "DTEND:20300101T110000Z",
                     "SUMMARY:C# tips \u{1B}]0;owned\u{07} here", "LOCATION:Room #1", "END:VEVENT", "END:VCALENDAR", ""]
        try Data(event.joined(separator: "\r\n").utf8).write(to: ics)
        #expect(try box.run(["library", "add", ics.path], now: "2030-01-01T00:00:00Z").status == 0)
        #expect(try box.run(["bookmark", "add", "tiny-conf-talk-1"], now: "2030-01-01T00:00:00Z").status == 0)
        let r = try box.run(["next", "--format", "tmux"], now: "2030-01-01T10:30:00Z", zone: "UTC")
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Now: C## tips ") && r.stdout.hasSuffix(" here (Room ##1), 30 min left\n"))
        #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character: \(r.stdout.debugDescription)")
        let plain = try box.run(["next"], now: "2030-01-01T09:00:00Z", zone: "UTC")
        #expect(plain.stdout.hasPrefix("Next 10:00 C# tips ") && plain.stdout.hasSuffix(" here (Room #1), in 1 h\n"))
        let bad = try box.run(["next", "--format", "html"], now: "2030-01-01T09:00:00Z")
        #expect(bad.status == 64)
    }
}

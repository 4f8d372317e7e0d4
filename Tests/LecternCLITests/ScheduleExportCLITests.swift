import Foundation
import Testing

/// Exports of an imported schedule carry the room: ICS `LOCATION` read with python's icalendar,
/// the CSV `room` column with python's csv, the JSON `room` field and a Markdown "Room:" line.
@Suite struct ScheduleExportCLITests {
    struct Box {
        let dir: URL
        var env: [String: String] {
            ["HOME": dir.appendingPathComponent("home").path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
             "LECTERN_CORPUS": dir.appendingPathComponent("fosdem.json").path]
        }
        init() throws {
            dir = try CLIRunner.tempFolder()
            let r = try CLIRunner.run(["import", ImportSchedulesCLITests.schedule("fosdem_2021.xml"), "--time-zone", "Europe/Brussels",
                                       "--output", dir.appendingPathComponent("fosdem.json").path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        @discardableResult
        func run(_ args: String...) throws -> CLIRunner.Result { try CLIRunner.run(args, environment: env) }
        func python(_ script: String, _ path: String) throws -> String {
            let r = try CLIRunner.run(["python3", "-c", script, path], executable: "/usr/bin/env",
                                      environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
            #expect(r.status == 0, "python failed: \(r.stderr)")
            return r.stdout
        }
    }

    // fosdem-2021-11795 "Welcome to FOSDEM 2021" is in K.fosdem; fosdem-2021-11164 in the file's own room.
    static let welcome = "fosdem-2021-11795"

    @Test func icsLocationIsTheRoom() throws {
        let box = try Box()
        defer { try? FileManager.default.removeItem(at: box.dir) }
        #expect(try box.run("bookmark", "add", Self.welcome, "fosdem-2021-11164").status == 0)
        let path = box.dir.appendingPathComponent("plan.ics").path
        let r = try box.run("export", "--format", "ics", "--output", path)
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        print(json.dumps({str(e['UID']): str(e['LOCATION']) for e in cal.walk('VEVENT')}))
        """
        let locations = try #require(try JSONSerialization.jsonObject(with: Data(box.python(script, path).utf8)) as? [String: String])
        #expect(locations[Self.welcome + "@lectern"] == "K.fosdem")
        let corpus = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: box.dir.appendingPathComponent("fosdem.json"))) as? [String: Any])
        let items = try #require(corpus["items"] as? [[String: Any]])
        let other = items.first { $0["id"] as? String == "fosdem-2021-11164" }?["room"] as? String
        #expect(other != nil && locations["fosdem-2021-11164@lectern"] == other)
    }

    @Test func csvJsonAndMarkdownHaveTheRoom() throws {
        let box = try Box()
        defer { try? FileManager.default.removeItem(at: box.dir) }
        // A query's results: the room: filter picks every talk in K.fosdem.
        let path = box.dir.appendingPathComponent("plan.csv").path
        var r = try box.run("export", "--format", "csv", "--output", path, "room:k.fosdem")
        #expect(r.status == 0, "\(r.stderr)")
        let script = """
        import sys, csv, json
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.DictReader(f, strict=True))))
        """
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(box.python(script, path).utf8)) as? [[String: String]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["room"] == "K.fosdem" })
        #expect(rows.contains { $0["id"] == Self.welcome && $0["title"] == "Welcome to FOSDEM 2021" })
        r = try box.run("export", "--format", "json", "welcome room:k.fosdem")
        let root = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.first { $0["id"] as? String == Self.welcome }?["room"] as? String == "K.fosdem")
        r = try box.run("export", "--format", "markdown", "room:k.fosdem welcome")
        #expect(r.stdout.contains("Welcome to FOSDEM 2021 — "), "\(r.stdout)")
        #expect(r.stdout.contains("\n  Room: K.fosdem\n"), "\(r.stdout)")
    }
}

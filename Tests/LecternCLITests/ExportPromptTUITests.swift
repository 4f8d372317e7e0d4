import Foundation
import Testing

/// `x` in a real terminal: the format key, a path typed over the default name, the question
/// before a file is replaced; the files written are read by python's csv and icalendar.
@Suite struct ExportPromptTUITests {
    /// Runs `python3 -c script path`; returns what it printed.
    static func python(_ script: String, _ path: String) throws -> String {
        let r = try CLIRunner.run(["python3", "-c", script, path], executable: "/usr/bin/env",
                                  environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        #expect(r.status == 0, "python3 failed: \(r.stderr)")
        return r.stdout
    }

    @Test func exportsASearchToAPathAndAsksBeforeReplacing() throws {
        let t = try Tmux(width: 160, height: 30)
        defer { t.shutdown() }
        let csv = t.path("plan.csv"), ics = t.path("plan.ics")
        try "kept\n".write(toFile: csv, atomically: true, encoding: .utf8)
        t.run("cd \"$D\" && \"$LECTERN_BIN\"; echo \"lectern exited $?\"")
        #expect(t.waitFor("Deep Learning Architectures"))
        t.send("/")
        t.type("kind:oral")
        t.send("Enter")
        #expect(t.waitFor("search: kind:oral"))

        func export(_ key: String, to path: String) {
            t.send("x")
            #expect(t.waitFor("as: i iCalendar"), "\(t.capture())")
            t.send(key)
            #expect(t.waitFor("lectern-search."), "the default name is offered: \(t.capture())")
            t.send("C-u")
            t.type(path)
            t.send("Enter")
        }
        export("c", to: csv)
        #expect(t.waitFor("plan.csv exists. Replace it? y/n"), "\(t.capture())")
        t.send("n")
        #expect(t.waitFor("Not exported"), "\(t.capture())")
        #expect(try String(contentsOfFile: csv, encoding: .utf8) == "kept\n", "a no keeps the file")
        export("c", to: csv)
        #expect(t.waitFor("Replace it? y/n"))
        t.send("y")
        #expect(t.waitFor("Exported"), "\(t.capture())")
        export("i", to: ics)
        #expect(t.waitUntil { $0.contains("Exported") && $0.contains("plan.ics") } != nil, "\(t.capture())")
        t.send("q")
        #expect(t.waitFor("lectern exited 0"))

        let rows = try Self.python("""
        import csv, sys, json
        rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
        print(json.dumps([[r['kind'], r['query']] for r in rows]))
        """, csv)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(rows.utf8)) as? [[String]])
        #expect(!parsed.isEmpty)
        #expect(parsed.allSatisfy { $0 == ["oral", "kind:oral"] }, "\(parsed)")
        let calendar = try Self.python("""
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = [c for c in cal.walk('VEVENT')]
        print(len(events), str(cal.get('X-LECTERN-QUERY')))
        """, ics)
        #expect(calendar.trimmingCharacters(in: .whitespacesAndNewlines) == "\(parsed.count) kind:oral", "\(calendar)")
    }
}

import Foundation
import Glibc
import LecternCore
import LecternStorage
import LecternTestSupport
import Testing

/// End-to-end: the real binary with its own HOME and XDG_DATA_HOME per test.
@Suite struct BookmarksCLITests {
    static var root: URL { CLIRunner.packageRoot }

    static var binary: String { CLIRunner.binary }

    static let tricky = "Fast & {curly} \"quoted\", with commas\nand a newline: Dvořák"
    static let pooling = "poolingformer-long-document-modeling-with-pooling-attention"

    /// A temp home with a corpus file; every run gets HOME, XDG_DATA_HOME and LECTERN_CORPUS from it.
    struct Sandbox {
        let dir: String
        var data: String { dir + "/data" }
        var file: String { data + "/lectern/bookmarks.json" }
        var corpus: String { dir + "/corpus.json" }

        init() throws {
            dir = NSTemporaryDirectory() + "lectern-cli-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: dir + "/home", withIntermediateDirectories: true)
            try BookmarksCLITests.corpus().jsonData().write(to: URL(fileURLWithPath: corpus))
        }

        var environment: [String: String] {
            ["HOME": dir + "/home", "XDG_DATA_HOME": data, "LECTERN_CORPUS": corpus, "LANG": "C.UTF-8", "TZ": "America/Los_Angeles",
             "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        }

        func process(_ args: [String], executable: String = BookmarksCLITests.binary, env extra: [String: String] = [:]) -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: executable)
            p.arguments = args
            p.environment = environment.merging(extra) { _, b in b }
            p.currentDirectoryURL = URL(fileURLWithPath: dir)
            return p
        }

        @discardableResult
        func run(_ args: String..., env: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
            let p = process(args, env: env)
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
        }

        func saved() throws -> Bookmarks {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            return try BookmarkStore.decode(data).get()
        }

        /// Runs python3 on `script` with the file at `path` as argv[1]; returns stdout or throws.
        func python(_ script: String, _ path: String) throws -> String {
            let p = process(["-c", script, path], executable: "/usr/bin/env")
            p.arguments = ["python3", "-c", script, path]
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "python failed: \(String(decoding: e, as: UTF8.self))")
            return String(decoding: o, as: UTF8.self)
        }
    }

    static func corpus() -> Corpus {
        func at(_ h: Int, _ m: Int) -> Timestamp { Timestamp(year: 2021, month: 7, day: 20, hour: h, minute: m, utcOffsetSeconds: -7 * 3600) }
        let session = Session(id: "deep-learning-1", title: "Deep Learning 1; & more, really", moderator: "Graham Taylor",
                              start: at(17, 0), end: at(18, 0), timeZone: "America/Los_Angeles", zoneAbbreviation: "PDT",
                              source: Provenance(file: "000.txt", line: 5))
        var items = [
            Item(id: pooling, kind: .oral, title: "Poolingformer: Long Document Modeling with Pooling Attention",
                 authors: ["Hang Zhang", "Yeyun Gong"], abstract: "Pooling attention. " + tricky, sessionId: "deep-learning-1",
                 start: at(17, 0), end: at(17, 20), source: Provenance(file: "000.txt", line: 10)),
            Item(id: "tricky-title", kind: .spotlight, title: "Ties & {Braces}, \"Quotes\" – Dvořák", authors: ["Antonín Dvořák"],
                 abstract: "A backslash \\ and 50% of #1.", sessionId: "deep-learning-1", start: at(17, 10), end: at(17, 25),
                 source: Provenance(file: "000.txt", line: 20)),
        ]
        for n in 1...16 {
            items.append(Item(id: String(format: "paper-%02d", n), kind: .paper, title: "Paper number \(n) on $\\ell_2$ & more",
                              authors: [], abstract: "Abstract \(n) at 50\\% cost.", source: Provenance(file: "004.txt", line: n * 2)))
        }
        return Corpus(sources: ["000.txt", "004.txt"], sessions: [session], items: items)
    }

    @Test func addRemoveAndToggle() throws {
        let box = try Sandbox()
        var r = try box.run("bookmark", "add", Self.pooling, "paper-01")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("bookmarked\t\(Self.pooling)"))
        #expect(Set(try box.saved().entries.keys) == [Self.pooling, "paper-01"])
        r = try box.run("bookmark", "toggle", "paper-01", "paper-02")
        #expect(r.status == 0)
        #expect(Set(try box.saved().entries.keys) == [Self.pooling, "paper-02"])
        r = try box.run("bookmark", "remove", Self.pooling)
        #expect(r.status == 0)
        #expect(Set(try box.saved().entries.keys) == ["paper-02"])
        let attributes = try FileManager.default.attributesOfItem(atPath: box.file)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func unknownIdsExitOneAndWriteNothing() throws {
        let box = try Sandbox()
        var r = try box.run("bookmark", "add", "paper-01", "poolingformer")
        #expect(r.status == 1)
        #expect(r.err.contains("unknown item id poolingformer; did you mean: \(Self.pooling)"))
        #expect(!FileManager.default.fileExists(atPath: box.file), "nothing is written")
        try box.run("bookmark", "add", "paper-01")
        let before = try Data(contentsOf: URL(fileURLWithPath: box.file))
        r = try box.run("bookmark", "toggle", "paper-02", "no-such-thing")
        #expect(r.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.file)) == before)
        r = try box.run("note", "nope", "text")
        #expect(r.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.file)) == before)
    }

    @Test func notesAreSetPrintedAndCleared() throws {
        let box = try Sandbox()
        var r = try box.run("note", "tricky-title", Self.tricky)
        #expect(r.status == 0, "\(r.err)")
        #expect(try box.saved()["tricky-title"]?.priority == .maybe, "a note bookmarks the item as maybe")
        r = try box.run("note", "tricky-title")
        #expect(r.out == Self.tricky + "\n")
        try box.run("note", "tricky-title", "")
        r = try box.run("note", "tricky-title")
        #expect(r.status == 0)
        #expect(r.out.isEmpty)
        #expect(try box.saved()["tricky-title"]?.note == nil)
    }

    @Test func bookmarksListInTimeOrderWithClashesAndMissingItems() throws {
        let box = try Sandbox()
        try box.run("bookmark", "add", "paper-03", "tricky-title", Self.pooling)
        try box.run("note", Self.pooling, "go early")
        // A bookmark whose item is no longer in the corpus is kept and listed.
        _ = try BookmarkStore(url: URL(fileURLWithPath: box.file)).apply(.add(Bookmark(itemId: "vanished-talk", title: "A Vanished Talk")))
        var r = try box.run("bookmarks")
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("Tue 20 Jul 17:00–17:20 PDT  Oral       ★ must see  Poolingformer") && lines[0].contains("CLASH with: Ties"), "\(lines[0])")
        #expect(lines[1] == "    note: go early")
        #expect(lines[2].contains("Ties & {Braces}") && lines[2].contains("CLASH with: Poolingformer"))
        #expect(lines[3].contains("Paper      ★ must see  Paper number 3"))
        #expect(lines[4].contains("missing from corpus  ★ must see  A Vanished Talk  [vanished-talk]"))
        r = try box.run("bookmarks", "--json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == [Self.pooling, "tricky-title", "paper-03", "vanished-talk"])
        #expect(items[0]["note"] as? String == "go early")
        #expect(items[3]["missingFromCorpus"] as? Bool == true)
        #expect(try box.saved().contains("vanished-talk"), "still kept after listing")
    }

    @Test func corruptFileIsMovedAsideAndReported() throws {
        let box = try Sandbox()
        try FileManager.default.createDirectory(atPath: box.data + "/lectern", withIntermediateDirectories: true)
        let garbage = Data("{\"version\": 1, \"entries\": {\"paper-01\": tru".utf8)
        try garbage.write(to: URL(fileURLWithPath: box.file))
        let r = try box.run("bookmarks")
        #expect(r.status == 0)
        #expect(r.err.contains("could not be read"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: box.data + "/lectern").filter { $0.hasPrefix("bookmarks.json.corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.data + "/lectern/" + aside[0])) == garbage)
        #expect(try box.run("bookmark", "add", "paper-01").status == 0)
        #expect(try box.saved().contains("paper-01"))
    }

    @Test func unwritableDataFolderGivesAClearMessage() throws {
        let box = try Sandbox()
        // A regular file where the data folder should be: fails even for root (chmod would not).
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: box.data))
        let r = try box.run("bookmark", "add", "paper-01")
        #expect(r.status == 74)
        #expect(r.err.contains("cannot create the folder \(box.data)/lectern") || r.err.contains("cannot use the folder"))
        #expect(r.err.contains("nothing was changed"))
    }

    /// kill -9 at random moments while a large file is rewritten: the file is always whole.
    @Test func killDuringWritesNeverLeavesABrokenFile() throws {
        let box = try Sandbox()
        var big = Bookmarks()
        for n in 0..<3000 {
            let id = "old-\(n)"
            big.entries[id] = Bookmark(itemId: id, title: String(repeating: "Long title \(n) ", count: 12), note: Self.tricky)
        }
        try FileManager.default.createDirectory(atPath: box.data + "/lectern", withIntermediateDirectories: true)
        try BookmarkStore.encode(big).write(to: URL(fileURLWithPath: box.file))
        var killedMidway = 0
        var rng = SeededGenerator(seed: 0xB00C)
        for round in 0..<30 {
            let p = box.process(["bookmark", "toggle", "paper-01", "paper-02"])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32.random(in: 0...(round.isMultiple(of: 3) ? 400_000 : 120_000), using: &rng))
            if p.isRunning {
                kill(p.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            p.waitUntilExit()
            let bookmarks = try box.saved()
            #expect(bookmarks.count >= 3000 && bookmarks.count <= 3002, "seed \(rng.seed) round \(round)")
            #expect(bookmarks["old-2999"]?.note == Self.tricky)
        }
        #expect(killedMidway > 0, "at least one process was killed while running")
        // Deterministically killed in the middle of writing: a file-size limit below the file's
        // size makes the kernel kill the writer (SIGXFSZ) partway through its write.
        for _ in 0..<3 {
            let p = box.process(["-c", "ulimit -f 64; exec \"$LECTERN\" bookmark toggle paper-01", "sh"],
                                executable: "/bin/sh", env: ["LECTERN": Self.binary])
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus != 0, "the writer should have been stopped by the size limit")
            let bookmarks = try box.saved()
            #expect(bookmarks.count >= 3000 && bookmarks["old-2999"]?.note == Self.tricky)
        }
        #expect(try box.run("bookmark", "add", "paper-03").status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: box.data + "/lectern").filter { $0.contains("tmp-") }
        #expect(leftovers.isEmpty, "temp files of killed writers are cleaned up on the next write")
    }

    /// A writer killed mid-write leaves `.bookmarks.json.lectern-tmp-PID-…`; the next start (even one
    /// that only reads) removes it because that PID is gone, and leaves a live writer's file alone.
    @Test func aLaterStartRemovesTheTempFileOfAKilledWriter() throws {
        let box = try Sandbox()
        var big = Bookmarks()
        for n in 0..<3000 {
            let id = "old-\(n)"
            big.entries[id] = Bookmark(itemId: id, title: String(repeating: "Long title \(n) ", count: 12))
        }
        let folder = box.data + "/lectern"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try BookmarkStore.encode(big).write(to: URL(fileURLWithPath: box.file))
        // The kernel kills the writer (SIGXFSZ with its default action, like kill -9: no cleanup runs)
        // partway through its temp file. The wrapper restores the default action and unblocks it,
        // which a parent may have changed (then the write would only fail with EFBIG and clean up).
        let wrapper = "import os, resource, signal, sys\n"
            + "signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n"
            + "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGXFSZ])\n"
            + "resource.setrlimit(resource.RLIMIT_FSIZE, (32768, 32768))\n"
            + "os.execv(sys.argv[1], sys.argv[1:])\n"
        let p = box.process(["-c", wrapper, Self.binary, "bookmark", "toggle", "paper-01"], executable: "/usr/bin/python3")
        let err = Pipe()
        p.standardError = err
        try p.run()
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGXFSZ, "the writer was killed mid-write: \(p.terminationStatus) \(said)")
        let temps = { try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("lectern-tmp-") }.sorted() }
        let left = try temps()
        #expect(left.count == 1 && left.allSatisfy { $0.hasPrefix(".bookmarks.json.lectern-tmp-") }, "\(left)")
        // A live process's temp file (this test's PID) must survive.
        let live = ".bookmarks.json.lectern-tmp-\(getpid())-live"
        try Data("partial".utf8).write(to: URL(fileURLWithPath: folder + "/" + live))
        let r = try box.run("bookmarks")
        #expect(r.status == 0, "\(r.err)")
        #expect(try temps() == [live], "the dead writer's temp file is gone, the live one kept")
        #expect(try box.saved().count == 3000, "the file itself is untouched")
        // kill -9 of a writer, the same way: its leftover is gone after the next start.
        let dead = ".bookmarks.json.lectern-tmp-\(try Self.deadPID())-x1"
        try Data("partial".utf8).write(to: URL(fileURLWithPath: folder + "/" + dead))
        #expect(try box.run("bookmarks").status == 0)
        #expect(try temps() == [live])
    }

    /// The PID of a process that was killed with SIGKILL and reaped.
    static func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sleep")
        p.arguments = ["30"]
        try p.run()
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        return p.processIdentifier
    }

    @Test func twoProcessesAddingConcurrentlyEndWithTheUnion() throws {
        let box = try Sandbox()
        let script = "for id in \"$@\"; do \"$LECTERN\" bookmark add \"$id\" >/dev/null || exit 1; done"
        let groups = [(1...8).map { String(format: "paper-%02d", $0) }, (9...16).map { String(format: "paper-%02d", $0) }]
        let processes = groups.map { ids -> Process in
            let p = box.process(["-c", script, "sh"] + ids, executable: "/bin/sh", env: ["LECTERN": Self.binary])
            return p
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(Set(try box.saved().entries.keys) == Set(groups.joined()))
    }

    @Test func icsExportParsesWithIcalendar() throws {
        let box = try Sandbox()
        try box.run("bookmark", "add", Self.pooling, "tricky-title", "paper-01")
        try box.run("note", "tricky-title", Self.tricky)
        let r = try box.run("export", "--format", "ics", "--output", box.dir + "/plan.ics")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.isEmpty)
        #expect(r.err.contains("1 paper has no time"))
        let script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = []
        for e in cal.walk('VEVENT'):
            out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION']),
                        'location': str(e['LOCATION']), 'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat()})
        print(json.dumps(out))
        """
        let events = try #require(try JSONSerialization.jsonObject(with: Data(box.python(script, box.dir + "/plan.ics").utf8)) as? [[String: String]])
        #expect(events.count == 2)
        #expect(events[0]["uid"] == Self.pooling + "@lectern")
        #expect(events[0]["start"] == "2021-07-21T00:00:00+00:00")
        #expect(events[1]["summary"] == "Ties & {Braces}, \"Quotes\" – Dvořák")
        #expect(events[1]["location"] == "Deep Learning 1; & more, really")
        #expect(events[1]["description"]?.contains(Self.tricky) == true)
    }

    @Test func bibtexExportParsesWithBibtexparser() throws {
        let box = try Sandbox()
        try box.run("bookmark", "add", Self.pooling, "tricky-title", "paper-01")
        let r = try box.run("export", "--format", "bibtex")
        #expect(r.status == 0, "\(r.err)")
        let path = box.dir + "/plan.bib"
        try Data(r.out.utf8).write(to: URL(fileURLWithPath: path))
        let script = """
        import sys, json, bibtexparser
        lib = bibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())
        assert not lib.failed_blocks, lib.failed_blocks
        print(json.dumps([{**{k: f.value for k, f in e.fields_dict.items()}, 'key': e.key, 'type': e.entry_type} for e in lib.entries]))
        """
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(box.python(script, path).utf8)) as? [[String: String]])
        #expect(entries.map { $0["key"] } == ["zhang2021poolingformer", "dvorak2021ties", "anonpaper"])
        #expect(entries.map { $0["type"] } == ["inproceedings", "inproceedings", "misc"])
        #expect(entries[0]["booktitle"] == "ICML 2021")
        let title = entries[1]["title"] ?? ""
        let unescaped = title.replacingOccurrences(of: "\\&", with: "&").replacingOccurrences(of: "\\{", with: "{").replacingOccurrences(of: "\\}", with: "}")
        #expect(unescaped == "Ties & {Braces}, \"Quotes\" – Dvořák")
        #expect(entries[2]["title"] == "Paper number 1 on $\\ell_2$ \\& more")
        #expect(entries[0]["abstract"]?.contains("Dvořák") == true)
    }

    @Test func csvAndJsonExportsParse() throws {
        let box = try Sandbox()
        try box.run("bookmark", "add", Self.pooling, "tricky-title")
        try box.run("note", "tricky-title", Self.tricky)
        var r = try box.run("export", "--format", "csv", "--output", box.dir + "/plan.csv")
        #expect(r.status == 0)
        let script = """
        import sys, csv, json
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.DictReader(f, strict=True))))
        """
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(box.python(script, box.dir + "/plan.csv").utf8)) as? [[String: String]])
        #expect(rows.count == 2)
        #expect(rows[1]["title"] == "Ties & {Braces}, \"Quotes\" – Dvořák")
        #expect(rows[1]["note"] == Self.tricky)
        #expect(rows[0]["abstract"] == "Pooling attention. " + Self.tricky)
        r = try box.run("export", "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[1]["note"] as? String == Self.tricky)
        r = try box.run("export", "--format", "markdown")
        #expect(r.out.contains("## Tuesday 20 July 2021"))
        #expect(r.out.contains("  > and a newline: Dvořák"))
    }

    /// A note with every kind of control and bidi override: the text exports, read by the same
    /// independent parsers, hold none of them; the JSON export holds the note exactly, escaped.
    @Test func textExportsCarryNoControlsAndJSONKeepsTheDataExact() throws {
        let hostile = "Innocent\u{1B}[201~\necho PWNED\u{07}\u{08} \u{9B}31m \u{202E}evil\u{2066} \u{85}\u{2028}end"
        let box = try Sandbox()
        try box.run("bookmark", "add", "tricky-title")
        try box.run("note", "tricky-title", hostile)
        func bad(_ text: String) -> [String] {
            text.unicodeScalars.filter(TerminalSafe.isControlOrBidi).filter { $0 != "\n" && $0 != "\r" }.map { String($0.value, radix: 16) }
        }
        let readers: [(String, String)] = [
            ("ics", "import sys, icalendar\nfor e in icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT'): print(str(e['DESCRIPTION']))"),
            ("bibtex", "import sys, bibtexparser\nlib = bibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())\nassert not lib.failed_blocks\nfor e in lib.entries: print(' '.join(f.value for f in e.fields))"),
            ("csv", "import sys, csv\nfor row in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True): print(row['note'])"),
            ("markdown", "import sys\nprint(open(sys.argv[1], encoding='utf-8').read())"),
        ]
        for (format, script) in readers {
            let path = box.dir + "/plan." + format
            let r = try box.run("export", "--format", format, "--output", path)
            #expect(r.status == 0, "\(format): \(r.err)")
            let raw = try String(contentsOfFile: path, encoding: .utf8)
            #expect(bad(raw).isEmpty, "\(format) file holds U+\(bad(raw))")
            let read = try box.python(script, path)
            #expect(bad(read).isEmpty, "\(format) as parsed holds U+\(bad(read))")
            #expect(read.contains("evil") && read.contains("echo PWNED"), "\(format): the text itself is kept: \(read)")
        }
        let json = try box.run("export", "--format", "json")
        #expect(bad(json.out).isEmpty, "the JSON file holds U+\(bad(json.out)) raw")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.first?["note"] as? String == hostile, "the JSON keeps the note exactly")
    }

    @Test func exportWithAQueryUsesTheSearchResults() throws {
        let box = try Sandbox()
        let r = try box.run("export", "--format", "json", "Poolingformer")
        #expect(r.status == 0, "\(r.err)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == [Self.pooling])
        #expect(items[0]["bookmarked"] as? Bool == false)
        #expect(try box.run("export", "--format", "pdf").status == 64)
    }
}

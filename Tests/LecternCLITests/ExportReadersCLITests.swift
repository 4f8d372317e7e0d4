import Foundation
import Testing

/// The exports of the bundled corpus, read by the programs people open them with (python
/// icalendar and vobject, pybtex's formatter, bibtexparser, bibtool, markdown-it's CommonMark
/// reader, python's csv), with notes that start with `-`, `=` and `>` and hold CRLF, CR and tabs.
@Suite struct ExportReadersCLITests {
    static let rpe = "relative-positional-encoding-for-transformers-with-linear"
    static let box = "whats-in-the-box-exploring-the-inner-life-of-neural-networks"
    static let cate = "cate-computation-aware-neural-architecture-encoding-with"
    static let bookmarked = [rpe, box, cate, "poincare-resnet", "tablesense-spreadsheet-table-detection-with-convolutional",
                             "end-to-end-neural-network-compression-via-frac-ell-1-ell-2", "instance-neural-radiance-field",
                             "360sd-net-360-stereo-depth-estimation-with-learnable-cost", "deep-learning-1-qa"]
    static let quoteNote = "> quoted\r\nline two\rthird\twith a tab\n$x^2$ costs $5"

    struct Home {
        let dir: URL
        init() throws {
            dir = try CLIRunner.tempFolder()
            #expect(try run(["bookmark", "add"] + ExportReadersCLITests.bookmarked).status == 0)
            #expect(try run(["note", ExportReadersCLITests.rpe, ExportReadersCLITests.quoteNote]).status == 0)
            #expect(try run(["note", ExportReadersCLITests.cate, "- dash first"]).status == 0)
            #expect(try run(["note", "poincare-resnet", "=HYPERLINK(\"http://example.org\")"]).status == 0)
        }
        var env: [String: String] {
            ["HOME": dir.path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
             "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "TZ": "Europe/Berlin"]
        }
        func run(_ args: [String]) throws -> CLIRunner.Result { try CLIRunner.run(args, environment: env) }
        /// Exports `format` to a file and returns its path.
        func export(_ format: String, _ name: String, options: [String] = [], query: [String] = []) throws -> String {
            let path = dir.appendingPathComponent(name).path
            let r = try run(["export", "--format", format, "--output", path] + options + query)
            #expect(r.status == 0, "\(r.stderr)")
            return path
        }
        /// Runs a program (python3, bibtool) on `args`; returns stdout and stderr.
        func tool(_ args: [String]) throws -> CLIRunner.Result {
            let r = try CLIRunner.run(args, executable: "/usr/bin/env",
                                      environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
            #expect(r.status == 0, "\(args.first ?? "") failed: \(r.stderr)")
            return r
        }
        func python(_ script: String, _ path: String) throws -> String { try tool(["python3", "-c", script, path]).stdout }
        func json(_ script: String, _ path: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(python(script, path).utf8)) }
        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    @Test func bibtexIsReadByPybtexBibtoolAndBibtexparser() throws {
        let home = try Home()
        defer { home.remove() }
        let path = try home.export("bibtex", "plan.bib")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("  month = jul,"), "the month macro")
        #expect(!text.contains("{jul}"))
        #expect(text.contains("@inproceedings{fischer2021box,"), "the significant word, whole")
        #expect(text.contains("title = {Poincaré {ResNet}}") && text.contains("title = {{TableSense:} Spreadsheet"))
        #expect(!text.contains("deep-learning-1-qa") && !text.contains("title = {Q\\&A}"), "Q&A slots are left out")
        #expect(text.contains("360{\\textdegree{}} images") && !text.contains("\\deg}") && !text.contains("\\inerf"),
                "no command LaTeX does not define")
        // pybtex's own formatter (the one that crashed on an author-less @inproceedings), strict.
        let formatted = try home.python("""
        import sys, json, pybtex.errors, pybtex.database
        from pybtex.plugin import find_plugin
        pybtex.errors.set_strict_mode(True)
        bib = pybtex.database.parse_file(sys.argv[1], bib_format='bibtex')
        for name in ('plain', 'unsrt', 'alpha'):
            style = find_plugin('pybtex.style.formatting', name)()
            entries = list(style.format_entries(bib.entries.values()))
            assert len(entries) == len(bib.entries), name
        print(json.dumps({e.key: e.text.render_as('text') for e in entries}))
        """, path)
        let rendered = try #require(try JSONSerialization.jsonObject(with: Data(formatted.utf8)) as? [String: String])
        #expect(rendered.count == Self.bookmarked.count - 1)
        #expect(rendered["fischer2021box"]?.contains("July 2021") == true, "\(rendered["fischer2021box"] ?? "")")
        #expect(rendered.values.contains { $0.contains("Poincaré ResNet") }, "capitals kept by a style that lower-cases titles")
        // bibtool reads it without a warning.
        let checked = try home.tool(["bibtool", "-i", path, "-o", home.dir.appendingPathComponent("out.bib").path])
        #expect(checked.stderr.isEmpty, "\(checked.stderr)")
        let parsed = try home.python("""
        import sys, bibtexparser
        lib = bibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())
        assert not lib.failed_blocks, lib.failed_blocks
        for e in lib.entries:
            assert 'author' in e.fields_dict or 'key' in e.fields_dict, e.key
        print(len(lib.entries))
        """, path)
        #expect(parsed == "\(Self.bookmarked.count - 1)\n")
    }

    /// A BibTeX export compiles with pdflatex and bibtex under a style that prints every field
    /// an export writes, abstracts included: the plan, and the whole bundled corpus.
    @Test func bibtexCompilesWithPdflatexAndBibtexAbstractsIncluded() throws {
        let home = try Home()
        defer { home.remove() }
        let style = """
        ENTRY { author title booktitle journal year abstract note key } {} {}
        FUNCTION {field} { duplicate$ empty$ { pop$ "" } 'skip$ if$ }
        FUNCTION {output.entry}
        { newline$ "\\bibitem{" cite$ * "}" * write$ newline$
          author field write$ newline$
          "\\newblock " title field * write$ newline$
          "\\newblock " booktitle field * " " * journal field * " " * year field * write$ newline$
          "\\newblock " abstract field * write$ newline$
          note field write$ newline$ }
        FUNCTION {inproceedings} { output.entry }
        FUNCTION {misc} { output.entry }
        FUNCTION {default.type} { output.entry }
        READ
        FUNCTION {begin.bib} { "\\begin{thebibliography}{999}" write$ newline$ }
        FUNCTION {end.bib} { newline$ "\\end{thebibliography}" write$ newline$ }
        EXECUTE {begin.bib}
        ITERATE {call.type$}
        EXECUTE {end.bib}

        """
        try Data(style.utf8).write(to: home.dir.appendingPathComponent("abstracts.bst"))
        _ = try home.export("bibtex", "plan.bib")
        _ = try home.export("bibtex", "all.bib", query: ["-xyzzyqq"])
        for name in ["plan", "all"] {
            let tex = "\\documentclass{article}\n\\begin{document}\n\\nocite{*}\n\\bibliographystyle{abstracts}\n\\bibliography{\(name)}\n\\end{document}\n"
            try Data(tex.utf8).write(to: home.dir.appendingPathComponent("doc-\(name).tex"))
            let script = "cd \"$1\" && pdflatex -interaction=nonstopmode -halt-on-error doc-$2 >/dev/null && bibtex doc-$2 && "
                + "pdflatex -interaction=nonstopmode -halt-on-error doc-$2 >/dev/null && grep -c bibitem doc-$2.bbl"
            let r = try CLIRunner.run(["sh", "-c", script, "sh", home.dir.path, name], executable: "/usr/bin/env",
                                      environment: ["PATH": "/usr/bin:/bin", "HOME": home.dir.path])
            let log = (try? String(contentsOf: home.dir.appendingPathComponent("doc-\(name).log"), encoding: .utf8)) ?? ""
            #expect(r.status == 0, "\(name).bib does not compile: \(r.stdout)\(r.stderr)\n\(log.split(separator: "\n").filter { $0.hasPrefix("!") }.prefix(5))")
            #expect(!r.stdout.contains("Warning--"), "bibtex warns: \(r.stdout)")
            let entries = Int(r.stdout.split(separator: "\n").last ?? "") ?? 0
            #expect(name == "plan" ? entries == Self.bookmarked.count - 1 : entries > 300, "\(name): \(entries) entries")
        }
    }

    @Test func markdownReadsAsWrittenInCommonMark() throws {
        let home = try Home()
        defer { home.remove() }
        let path = try home.export("markdown", "plan.md")
        let html = try home.python("""
        import sys
        from markdown_it import MarkdownIt
        print(MarkdownIt('commonmark').render(open(sys.argv[1], encoding='utf-8').read()))
        """, path)
        #expect(html.contains("<blockquote>\n<p>&gt; quoted<br />\nline two<br />\nthird with a tab<br />\n$x^2$ costs $5</p>\n</blockquote>"), "\(html)")
        #expect(html.contains("<blockquote>\n<p>- dash first</p>\n</blockquote>"), "a note starting with - is not a list")
        #expect(html.contains("<blockquote>\n<p>=HYPERLINK(&quot;http://example.org&quot;)</p>\n</blockquote>"))
        #expect(!html.contains("<blockquote>\n<p>Links:"), "nothing after a note is pulled into its quote")
        #expect(html.contains("End-to-End Neural Network Compression via ℓ₁/ℓ₂ Regularized"), "a title's LaTeX is readable text")
        #expect(html.contains("<h2>Wednesday 21 July 2021</h2>"), "days in the reader's zone (TZ=Europe/Berlin)")
        #expect(html.contains("<strong>02:00–02:20 CEST (17:00–17:20 PDT)</strong> CATE"), "\(html)")
        #expect(html.contains("<h3>Deep Learning Architectures — 14:00–14:55 CEST (05:00–05:55 PDT)</h3>"))
    }

    @Test func icsIsReadByIcalendarAndVobjectAndAnEmptyOneToo() throws {
        let home = try Home()
        defer { home.remove() }
        let path = try home.export("ics", "plan.ics")
        let script = """
        import sys, json, icalendar, vobject
        text = open(sys.argv[1], encoding='utf-8').read()
        cal = icalendar.Calendar.from_ical(text)
        events = {str(e['UID']): str(e['DESCRIPTION']) for e in cal.walk('VEVENT')}
        v = vobject.readOne(text)
        assert len(getattr(v, 'vevent_list', [])) == len(events)
        print(json.dumps(events))
        """
        let events = try #require(try home.json(script, path) as? [String: String])
        let description = try #require(events[Self.rpe + "@lectern"])
        #expect(description.contains("Note: > quoted\nline two\nthird\twith a tab\n$x^2$ costs $5"), "a tab is kept; CRLF and CR are line breaks")
        #expect(events[Self.cate + "@lectern"]?.contains("Note: - dash first") == true)
        let empty = try home.export("ics", "empty.ics", query: ["kind:paper", "kind:oral"])
        let count = try home.python("""
        import sys, icalendar, vobject
        text = open(sys.argv[1], encoding='utf-8').read()
        cal = icalendar.Calendar.from_ical(text)
        vobject.readOne(text)
        print(len(cal.walk('VEVENT')), len(cal.subcomponents))
        """, empty)
        #expect(count == "0 1\n", "no event, and still the one component RFC 5545 requires")
    }

    /// `--remind` and the config's `remind` put an alarm in every event, as calendar apps read it.
    @Test func icsRemindersAreAlarmsCalendarsRead() throws {
        let home = try Home()
        defer { home.remove() }
        let script = """
        import sys, json, icalendar, vobject
        text = open(sys.argv[1], encoding='utf-8').read()
        cal = icalendar.Calendar.from_ical(text)
        out = {}
        for e in cal.walk('VEVENT'):
            alarms = e.walk('VALARM')
            out[str(e['UID'])] = [[str(a['ACTION']), int(a['TRIGGER'].dt.total_seconds()), str(a['DESCRIPTION'])] for a in alarms]
        v = vobject.readOne(text)
        for ev in v.vevent_list:
            for a in getattr(ev, 'valarm_list', []):
                assert a.trigger.value.total_seconds() < 0
        print(json.dumps(out))
        """
        let given = try #require(try home.json(script, try home.export("ics", "given.ics", options: ["--remind", "1h30m"])) as? [String: [[Any]]])
        #expect(!given.isEmpty && given.values.allSatisfy { $0.count == 1 })
        let alarm = try #require(given[Self.rpe + "@lectern"]?.first)
        #expect(alarm[0] as? String == "DISPLAY" && alarm[1] as? Int == -5400, "\(alarm)")
        #expect((alarm[2] as? String)?.hasPrefix("In 1 hour 30 minutes: Relative Positional Encoding") == true, "\(alarm)")
        // Without --remind: no alarm; with `remind` in config.toml: that one; --remind none wins over it.
        let none = try #require(try home.json(script, try home.export("ics", "none.ics")) as? [String: [[Any]]])
        #expect(!none.isEmpty && none.values.allSatisfy { $0.isEmpty })
        let config = home.dir.appendingPathComponent("config/lectern")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("remind = \"10m\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        let configured = try #require(try home.json(script, try home.export("ics", "configured.ics")) as? [String: [[Any]]])
        #expect(configured.values.allSatisfy { $0.count == 1 && $0[0][1] as? Int == -600 })
        let overridden = try #require(try home.json(script, try home.export("ics", "off.ics", options: ["--remind", "none"])) as? [String: [[Any]]])
        #expect(overridden.values.allSatisfy { $0.isEmpty })
        // A duration lectern cannot read is a usage error that says what it expected.
        let bad = try home.run(["export", "--format", "ics", "--remind", "soon"])
        #expect(bad.status == 64 && bad.stderr.contains("10m, 1h or 1h30m"), "\(bad.stderr)")
        try Data("remind = \"30m1h\"\n".utf8).write(to: config.appendingPathComponent("config.toml"))
        let badConfig = try home.run(["export", "--format", "ics"])
        #expect(badConfig.status == 64 && badConfig.stderr.contains("config.toml:1"), "\(badConfig.stderr)")
    }

    @Test func csvCellsNeverStartAFormula() throws {
        let home = try Home()
        defer { home.remove() }
        let path = try home.export("csv", "plan.csv")
        let rows = try #require(try home.json("""
        import sys, csv, json
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.DictReader(f, strict=True))))
        """, path) as? [[String: String]])
        let notes = Dictionary(rows.map { ($0["id"] ?? "", $0["note"] ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(notes["poincare-resnet"] == "'=HYPERLINK(\"http://example.org\")")
        #expect(notes[Self.cate] == "'- dash first")
        #expect(notes[Self.rpe] == "> quoted\nline two\nthird\twith a tab\n$x^2$ costs $5")
        for row in rows {
            for (column, value) in row { #expect(!(value.first.map { "=+-@\t\r".contains($0) } ?? false), "\(column): \(value)") }
        }
    }
}

/// The command line: options before the subcommand, and text that starts with `-`.
@Suite struct CommandLineShapeCLITests {
    @Test func aNoteThatStartsWithADashIsSaved() throws {
        let dir = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["HOME": dir.path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path]
        let id = ExportReadersCLITests.cate
        var r = try CLIRunner.run(["note", id, "- dash first"], environment: env)
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stdout)")
        r = try CLIRunner.run(["note", id, "-x"], environment: env)
        #expect(r.status == 0)
        r = try CLIRunner.run(["note", id], environment: env)
        #expect(r.stdout == "-x\n")
        r = try CLIRunner.run(["note", id, "-h"], environment: env)
        #expect(r.stdout.contains("USAGE: lectern note"), "-h alone still asks for help")
    }

    @Test func corpusBeforeTheSubcommandWorksLikeGitC() throws {
        let dir = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("c.json").path
        #expect(try CLIRunner.run(["import"] + CLIRunner.seedPaths().prefix(1) + ["--output", corpus]).status == 0)
        let after = try CLIRunner.run(["list", "--corpus", corpus])
        let before = try CLIRunner.run(["--corpus", corpus, "list"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == after.stdout && !before.stdout.isEmpty)
        #expect(try CLIRunner.run(["--corpus=" + corpus, "list"]).stdout == after.stdout)
        let missing = try CLIRunner.run(["--corpus", dir.appendingPathComponent("nope.json").path, "list"])
        #expect(missing.status == 66)
        let search = try CLIRunner.run(["--corpus", corpus, "search", "-zzzz", "--json"])
        #expect(search.status == 0, "\(search.stderr)")
    }

    @Test func showBookmarksAndListHonourTZ() throws {
        let dir = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["HOME": dir.path, "XDG_DATA_HOME": dir.appendingPathComponent("data").path,
             "XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "TZ": "Europe/Berlin"]
        let id = ExportReadersCLITests.rpe
        let show = try CLIRunner.run(["show", id], environment: env)
        #expect(show.stdout.contains("Time:     Tue 20 Jul 14:00–14:20 CEST (05:00–05:20 PDT)\n"), "\(show.stdout)")
        #expect(try CLIRunner.run(["bookmark", "add", id], environment: env).status == 0)
        let bookmarks = try CLIRunner.run(["bookmarks"], environment: env)
        #expect(bookmarks.stdout.hasPrefix("Tue 20 Jul 14:00–14:20 CEST (05:00–05:20 PDT)  Oral       ★ must see  Relative"), "\(bookmarks.stdout)")
        let list = try CLIRunner.run(["list"], environment: env)
        #expect(list.stdout.hasPrefix("Deep Learning Architectures  Tue 20 Jul 14:00–14:55 CEST (05:00–05:55 PDT)"))
        #expect(list.stdout.contains("\n  14:00–14:20  Oral       Relative Positional Encoding"))
        let utc = try CLIRunner.run(["show", id], environment: ["TZ": "UTC"])
        #expect(utc.stdout.contains("Time:     Tue 20 Jul 12:00–12:20 UTC (05:00–05:20 PDT)\n"), "TZ=UTC reads UTC: \(utc.stdout)")
    }
}

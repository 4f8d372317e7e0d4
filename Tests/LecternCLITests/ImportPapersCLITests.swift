import Foundation
import Testing

/// `lectern import` on the real paper files in ../shared/samples/papers/ (LECTERN_SAMPLES) and on a
/// generated arXiv snapshot streamed with --category and --since. Corpora are read back with
/// Foundation's JSON parser.
@Suite struct ImportPapersCLITests {
    static func paper(_ name: String) -> String { ImportSchedulesCLITests.samples.appendingPathComponent("papers/\(name)").path }

    func items(_ path: URL) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        return try #require(object["items"] as? [[String: Any]])
    }

    @Test func everySamplePaperFileImportsWithItsCount() throws {
        let counts = ["chil24.bib": 40, "arxiv_query_testing_100.atom.xml": 100, "icml_2024_oral.openreview-v2.json": 144]
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
            let out = folder.appendingPathComponent("\(name).json")
            let r = try CLIRunner.run(["import", Self.paper(name), "--output", out.path])
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(try items(out).count == count, "\(name)")
            #expect(r.stderr.isEmpty, "\(name): \(r.stderr)")
            let v = try CLIRunner.run(["validate", out.path])
            #expect(v.status == 0 && v.stdout.contains("\(count) items"), "\(v.stderr)")
        }
        let bib = try items(folder.appendingPathComponent("chil24.bib.json"))
        #expect(bib.first { $0["id"] as? String == "han24" }?["venue"] as? String
                == "Proceedings of the fifth Conference on Health, Inference, and Learning")
    }

    @Test func theLibraryNamesEachPaperSourcesFormat() throws {
        let home = try LibraryCLITests.Home()
        defer { home.remove() }
        let formats = ["chil24.bib": "BibTeX", "arxiv_query_testing_100.atom.xml": "arXiv API Atom feed",
                       "icml_2024_oral.openreview-v2.json": "OpenReview notes JSON", "miniconf-iclr2020/papers.csv": "Mini-Conf papers CSV"]
        for name in formats.keys.sorted() {
            let r = try home.run("library", "add", Self.paper(name))
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        let listed = try home.list()
        // Each entry of papers is named by what it is.
        let titles = ["chil24.bib": "CHIL 2024 proceedings", "arxiv_query_testing_100.atom.xml": "arXiv cs.SE",
                      "icml_2024_oral.openreview-v2.json": "ICML 2024 orals (OpenReview)"]
        for (file, title) in titles {
            #expect(listed.first { ($0["sources"] as? [String]) == [file] }?["title"] as? String == title, "\(file)")
        }
        for (name, format) in formats {
            let file = URL(fileURLWithPath: name).lastPathComponent
            let entry = listed.first { ($0["sources"] as? [String]) == [file] }
            #expect(entry?["format"] as? String == format, "\(name): \(entry ?? [:])")
        }
    }

    @Test func aSnapshotIsStreamedAndFiltered() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = ""
        var expected = 0
        var state: UInt64 = 42
        for n in 0..<5000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let cats = ["cs.LG", "cs.CL stat.ML", "math.PR", "hep-th"][Int(state >> 33) % 4]
            let year = [2022, 2024][Int(state >> 40) % 2]
            if year == 2024, cats.hasPrefix("cs.") { expected += 1 }
            text += #"{"id":"\#(year % 100)01.\#(String(format: "%05d", n))","submitter":"S","title":"Paper \#(n)","categories":"\#(cats)","#
            text += #""abstract":"A.","versions":[{"version":"v1","created":"Tue, 2 Jan \#(year) 10:00:00 GMT"}],"#
            text += #""update_date":"\#(year)-01-02","authors_parsed":[["Lemire","Daniel",""]]}"# + "\n"
        }
        let input = folder.appendingPathComponent("arxiv-metadata.json")
        try Data(text.utf8).write(to: input)
        let out = folder.appendingPathComponent("out.json")
        let r = try CLIRunner.run(["import", input.path, "--category", "cs.LG,cs.CL", "--since", "2024-01-01", "--output", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let papers = try items(out)
        #expect(papers.count == expected)
        #expect(papers.first?["authors"] as? [String] == ["Daniel Lemire"])
        let bad = try CLIRunner.run(["import", input.path, "--since", "last week"])
        #expect(bad.status == 64)
    }
}

/// In the explorer each entry of papers is a row of its own, named by what it is.
@Suite struct PaperCollectionsTUITests {
    @Test func eachCollectionOfPapersIsARowOfItsOwn() throws {
        let t = try Tmux(width: 160, height: 48)
        defer { t.shutdown() }
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        for name in ["chil24.bib", "icml_2024_oral.openreview-v2.json"] {
            let r = try CLIRunner.run(["library", "add", ImportPapersCLITests.paper(name)], environment: env)
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        try BookmarksTUITests().launch(t)
        let screen = t.waitUntil(timeout: 60) { $0.contains("CHIL 2024 proceedings") && $0.contains("ICML 2024 orals (OpenReview)") }
        #expect(screen != nil, "the collections are not listed: \(t.capture())")
        #expect(screen?.contains("40 papers") == true && screen?.contains("144 papers") == true, "\(t.capture())")
        #expect(screen?.contains("Trending papers (320)") == true, "the bundled papers keep their row: \(t.capture())")
        // Jump to the proceedings and open them: their 40 papers, under their name.
        t.send("f")
        t.type("CHIL")
        t.send("Enter")
        t.send("Enter")
        let opened = t.waitUntil(timeout: 60) { $0.contains("┌ CHIL 2024 proceedings") && $0.contains("Interpretation of Intracardiac Electrograms") }
        #expect(opened != nil, "the proceedings do not open: \(t.capture())")
        #expect(opened?.contains("ICML 2024 Oral") == false, "only the proceedings are listed: \(t.capture())")
        t.send("q")
        #expect(t.waitFor("lectern exited 0", timeout: 60), "\(t.capture())")
    }
}

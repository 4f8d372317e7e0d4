import Foundation
import Testing

/// One work in two places: the bundled ICML 2021 talk and its proceedings entry added as BibTeX,
/// recognised by title and a shared author, never by title alone.
@Suite struct SameWorkCLITests {
    static let rpe = "relative-positional-encoding-for-transformers-with-linear"
    /// The talk's proceedings entry, and another work of the same title by someone else.
    static let proceedings = """
        @InProceedings{pmlr-v139-liutkus21a,
          title = {Relative Positional Encoding for {Transformers} with Linear Complexity},
          author = {Liutkus, Antoine and C{\\'\\i}fka, Ond{\\v r}ej and Wu, Shih-Lun and Simsekli, Umut and Yang, Yi-Hsuan},
          booktitle = {Proceedings of the 38th International Conference on Machine Learning},
          year = {2021}
        }
        @Article{other,
          title = {Relative positional encoding for transformers, with linear complexity!},
          author = {Nobody, Else},
          year = {2022}
        }

        """

    @Test func aTalkAndItsPaperAreOneWork() throws {
        let home = try LibraryCLITests.Home()
        defer { home.remove() }
        let bib = home.dir.appendingPathComponent("pmlr.bib")
        try Data(Self.proceedings.utf8).write(to: bib)
        let added = try home.run("library", "add", bib.path, "--name", "pmlr")
        #expect(added.status == 0, "\(added.stderr)")
        let show = try home.run("show", Self.rpe, "--json")
        let item = try #require(try JSONSerialization.jsonObject(with: show.stdoutData) as? [String: Any])
        let sameAs = try #require(item["sameAs"] as? [String])
        #expect(sameAs.count == 1 && sameAs[0].contains("liutkus21a"), "\(sameAs)")
        let paper = try #require(try JSONSerialization.jsonObject(with: try home.run("show", sameAs[0], "--json").stdoutData) as? [String: Any])
        #expect(paper["sameAs"] as? [String] == [Self.rpe])
        let other = try home.run("show", "other", "--json")
        let o = try #require(try JSONSerialization.jsonObject(with: other.stdoutData) as? [String: Any])
        #expect((o["sameAs"] as? [String])?.isEmpty == true, "the same title with no shared author is another work")

        // Search lists the work once, with its other record.
        let search = try home.run("search", "relative positional encoding linear", "--json")
        let rows = try #require(try JSONSerialization.jsonObject(with: search.stdoutData) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }
        #expect(ids.filter { $0 == Self.rpe || $0 == sameAs[0] }.count == 1, "\(ids)")
        #expect(rows.contains { ($0["sameAs"] as? [String])?.isEmpty == false })
        #expect(rows.count == 2, "the talk (or its paper) and the other work: \(ids)")
        let text = try home.run("search", "relative positional encoding linear")
        #expect(text.stdout.contains("  also [\(Self.rpe)]") || text.stdout.contains("  also [\(sameAs[0])]"), "\(text.stdout)")
    }
}

/// In the explorer a search lists the talk and its proceedings entry once.
@Suite struct SameWorkTUITests {
    @Test func theExplorerListsAWorkOnce() throws {
        let t = try Tmux(width: 160, height: 48)
        defer { t.shutdown() }
        let env = ["HOME": t.path("home"), "XDG_DATA_HOME": t.path("data"), "XDG_CONFIG_HOME": t.path("config")]
        let bib = t.path("pmlr.bib")
        try Data(SameWorkCLITests.proceedings.utf8).write(to: URL(fileURLWithPath: bib))
        let added = try CLIRunner.run(["library", "add", bib, "--name", "pmlr"], environment: env)
        #expect(added.status == 0, "\(added.stderr)")
        try BookmarksTUITests().launch(t)
        t.send("/")
        t.type("relative positional encoding linear")
        // Three records match; the talk and its paper are one work, so two rows are listed.
        let screen = t.waitUntil(timeout: 60) { $0.contains(" 2 results") }
        #expect(screen != nil, "the work is not listed once: \(t.capture())")
        // Its details name the other record: the talk's paper, or the paper's talk.
        let details = t.waitUntil(timeout: 60) { $0.contains("Same work") && ($0.contains("Paper of this talk") || $0.contains("Talk of this paper")) }
        #expect(details != nil, "the details do not name the other record: \(t.capture())")
        t.send("Escape")
        t.send("q")
        #expect(t.waitFor("lectern exited 0", timeout: 60), "\(t.capture())")
    }
}

import Foundation
import Glibc
import LecternTestSupport
import Testing

/// The library's search index file: written by `library add` and `remove`, read by `search` and
/// `export`, and rebuilt (said once on stderr) when it is missing, stale or damaged.
@Suite struct SearchIndexCLITests {
    typealias Home = LibraryCLITests.Home
    static let rebuilt = "lectern: rebuilt the search index ("

    /// A library of two schedules, its index written by the adds.
    static func library() throws -> Home {
        let home = try Home()
        #expect(try home.run("library", "add", LibraryCLITests.schedule("fosdem_2021.xml"), "--time-zone", "Europe/Brussels").status == 0)
        #expect(try home.run("library", "add", LibraryCLITests.schedule("debconf23.xml")).status == 0)
        return home
    }

    static func run(_ home: Home, _ args: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(args, environment: home.environment)
    }

    static func indexPath(_ home: Home) -> String { home.library.appendingPathComponent("search.index").path }

    /// Searches whose answers cover ranking, phrases and filters across both entries.
    static let queries = [["rust"], ["debian", "--limit", "50"], ["\"open source\""], ["lin", "day:sat"], ["conf:debconf", "pack"]]

    static func answers(_ home: Home) throws -> [String] {
        try queries.map { q in try Self.run(home, ["search"] + q + ["--json"]).stdout }
    }

    /// After `damage`, the next search says once that it rebuilt the index and answers as a build
    /// from nothing does (as before the damage, unless `changesAnswers`); the run after it is silent.
    static func expectRebuilt(_ home: Home, after label: String, reason: String? = nil, changesAnswers: Bool = false,
                              _ damage: () throws -> Void) throws {
        let before = try answers(home)
        try damage()
        let first = try Self.run(home, ["search"] + queries[0] + ["--json"])
        #expect(first.status == 0, "\(label): \(first.stderr)")
        #expect(first.stderr.components(separatedBy: rebuilt).count == 2, "\(label): \(first.stderr)")
        if let reason { #expect(first.stderr.contains(reason), "\(label): \(first.stderr)") }
        let again = try Self.run(home, ["search"] + queries[0] + ["--json"])
        #expect(again.stderr.isEmpty, "\(label): \(again.stderr)")
        let read = try answers(home)
        try FileManager.default.removeItem(atPath: indexPath(home))
        let fresh = try answers(home)
        #expect(read == fresh && first.stdout == fresh[0], "\(label)")
        if !changesAnswers { #expect(fresh == before, "\(label)") }
    }

    static func rewrite(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func addWritesTheIndexAndSearchReadsItSilently() throws {
        let home = try Self.library()
        defer { home.remove() }
        #expect(FileManager.default.fileExists(atPath: Self.indexPath(home)))
        let r = try home.run("search", "rust", "--json")
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r.stderr)")
        // The same answers as a build from nothing.
        let read = try Self.answers(home)
        try FileManager.default.removeItem(atPath: Self.indexPath(home))
        let rebuilt = try home.run("search", "rust", "--json")
        #expect(rebuilt.stderr == "lectern: rebuilt the search index (it was missing)\n")
        try FileManager.default.removeItem(atPath: Self.indexPath(home))
        #expect(try Self.answers(home) == read)
        // Removing an entry writes it again: the next search is silent and finds none of it.
        #expect(try home.run("library", "remove", "debconf23").status == 0)
        let after = try home.run("search", "debian", "conf:debconf", "--json")
        #expect(after.stderr == "lectern: no results for debian conf:debconf\n" || after.stdout == "[]\n", "\(after.stderr)")
        #expect(!after.stderr.contains(Self.rebuilt))
    }

    @Test func everyKindOfDamageIsRebuiltOnce() throws {
        let home = try Self.library()
        defer { home.remove() }
        let path = Self.indexPath(home)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        var rng = SeededGenerator(seed: 0x1D5)
        for cut in [0, 4, 31, 40, size / 3, size - 1] {
            try Self.expectRebuilt(home, after: "cut at \(cut)") { try Self.rewrite(path) { $0 = Array($0.prefix(cut)) } }
        }
        for _ in 0..<4 {
            let at = Int.random(in: 32..<size, using: &rng)
            try Self.expectRebuilt(home, after: "byte \(at) flipped, seed \(rng.seed)", reason: "checksum") { try Self.rewrite(path) { $0[at] ^= 0x40 } }
        }
        try Self.expectRebuilt(home, after: "other version", reason: "format version 9") { try Self.rewrite(path) { $0[8] = 9 } }
        try Self.expectRebuilt(home, after: "other magic", reason: "not a lectern search index") { try Self.rewrite(path) { $0[0] = 0x4C } }
        try Self.expectRebuilt(home, after: "random bytes") {
            try Self.rewrite(path) { b in b = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &rng) } }
        }
        try Self.expectRebuilt(home, after: "a folder's bytes", reason: "not a lectern search index") {
            try FileManager.default.copyItem(atPath: home.library.appendingPathComponent("library.json").path, toPath: path + ".new")
            _ = rename(path + ".new", path)
        }
    }

    @Test func aLibraryChangedBehindItsBackIsSeen() throws {
        let home = try Self.library()
        defer { home.remove() }
        let path = Self.indexPath(home)
        // An add whose index write never happened (an older lectern, a kill): the old index is stale.
        try Self.expectRebuilt(home, after: "an add behind its back", reason: "the library changed", changesAnswers: true) {
            let old = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(try home.run("library", "add", LibraryCLITests.schedule("linux_conf_au_2020.ics"), "--name", "lca").status == 0)
            try old.write(to: URL(fileURLWithPath: path))
        }
        // An entry file rewritten in place with the same size: its times differ, so its bytes are
        // hashed, and the index built from the old bytes is not used.
        let corpusFile = try #require(try home.files().first { $0.hasPrefix("fosdem-2021.") && $0.hasSuffix(".corpus.json") })
        let title = Array("Rust, WebAssembly".utf8), renamed = Array("Zust, WebAssembly".utf8)
        try Self.rewrite(home.library.appendingPathComponent(corpusFile).path) { bytes in
            guard let at = (0..<(bytes.count - title.count)).first(where: { bytes[$0..<($0 + title.count)].elementsEqual(title) }) else { return }
            bytes.replaceSubrange(at..<(at + title.count), with: renamed)
        }
        let r = try home.run("search", "zust", "--json")
        #expect(r.stderr == "lectern: rebuilt the search index (\(corpusFile) changed)\n", "\(r.stderr)")
        #expect(r.stdout.contains("Zust, WebAssembly"), "\(r.stdout)")
        #expect(try home.run("search", "zust").stderr.isEmpty)
        // Touched but the same bytes: hashed, found the same, used.
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, home.library.appendingPathComponent(corpusFile).path, &times, 0) == 0)
        #expect(try home.run("search", "zust").stderr.isEmpty)
        // ...and its new times recorded: the index file names them now.
        let record = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)).prefix(8192), as: UTF8.self)
        #expect(record.contains(":1000000000.0:"), "\(record.prefix(600))")
    }

    /// A search with a fresh index answers from the index file's digest of the corpus, reading no
    /// corpus file; it must print what a search over the full corpus prints, to the byte: results,
    /// authors, times, sessions of Q&A slots and the other records of one work ("also [id]").
    @Test func theIndexDigestAnswersAsTheCorpusDoes() throws {
        let home = try Self.library()
        defer { home.remove() }
        let bib = home.dir.appendingPathComponent("pmlr.bib")
        try Data(SameWorkCLITests.proceedings.utf8).write(to: bib)
        #expect(try home.run("library", "add", bib.path, "--name", "pmlr").status == 0)
        let corpusFile = try #require(try home.files().first { $0.hasPrefix("fosdem-2021.") && $0.hasSuffix(".corpus.json") })
        let searches = Self.queries.map { $0 + ["--json"] } + Self.queries + [
            ["learning", "--limit", "400"], ["transformer", "--json", "--limit", "100"], ["q&a", "--limit", "60"], ["kind:qa", "--json"],
            ["relative positional encoding linear"], ["relative positional encoding", "--json"],
        ]
        for (k, q) in searches.enumerated() {
            let fromDigest = try Self.run(home, ["search"] + q)
            // Touched, the corpus file's times no longer match the index's record: this search
            // loads the corpus (and records the new times).
            var times = [timespec(tv_sec: 1_000_000_000 + k, tv_nsec: 0), timespec(tv_sec: 1_000_000_000 + k, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, home.library.appendingPathComponent(corpusFile).path, &times, 0) == 0)
            let fromCorpus = try Self.run(home, ["search"] + q)
            #expect(fromDigest.status == fromCorpus.status && fromDigest.stderr == fromCorpus.stderr, "\(q)")
            #expect(fromDigest.stdout == fromCorpus.stdout, "\(q)")
            #expect(!fromDigest.stdout.isEmpty, "\(q)")
        }
        #expect(try Self.run(home, ["search", "relative positional encoding linear"]).stdout.contains("  also ["))
    }

    @Test func exportAndTheIndexAgree() throws {
        let home = try Self.library()
        defer { home.remove() }
        let read = try home.run("export", "--format", "json", "rust")
        #expect(read.status == 0 && read.stderr.isEmpty, "\(read.stderr)")
        try FileManager.default.removeItem(atPath: Self.indexPath(home))
        let built = try home.run("export", "--format", "json", "rust")
        #expect(built.stderr == "lectern: rebuilt the search index (it was missing)\n")
        #expect(built.stdout == read.stdout)
        // Exporting the bookmarks needs no index: nothing is said or written.
        try FileManager.default.removeItem(atPath: Self.indexPath(home))
        #expect(try home.run("export", "--format", "json").stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: Self.indexPath(home)))
    }

    @Test func anIndexThatCannotBeWrittenIsOnlyAWarning() throws {
        let home = try Self.library()
        defer { home.remove() }
        let before = try Self.answers(home)
        // A folder where the file should be: it can be neither read nor replaced.
        try FileManager.default.removeItem(atPath: Self.indexPath(home))
        try FileManager.default.createDirectory(atPath: Self.indexPath(home), withIntermediateDirectories: false)
        for _ in 0..<2 {
            let r = try Self.run(home, ["search"] + Self.queries[0] + ["--json"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout == before[0])
            #expect(r.stderr.contains(Self.rebuilt) && r.stderr.contains("lectern: warning: could not save the search index"), "\(r.stderr)")
        }
        #expect(try Self.answers(home) == before)
    }

    @Test func searchesStartingTogetherAgreeAndLeaveOneGoodIndex() throws {
        let home = try Self.library()
        defer { home.remove() }
        let expected = try home.run("search", "rust", "--json").stdout
        for round in 0..<3 {
            try FileManager.default.removeItem(atPath: Self.indexPath(home))
            let folder = try CLIRunner.tempFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            var processes: [(Process, URL)] = []
            for k in 0..<4 {
                let p = home.process(["search", "rust", "--json"])
                let out = folder.appendingPathComponent("out-\(k)")
                _ = FileManager.default.createFile(atPath: out.path, contents: nil)
                p.standardOutput = try FileHandle(forWritingTo: out)
                try p.run()
                processes.append((p, out))
            }
            for (p, out) in processes {
                p.waitUntilExit()
                #expect(p.terminationStatus == 0, "round \(round)")
                #expect(try String(contentsOf: out, encoding: .utf8) == expected, "round \(round)")
            }
            let after = try home.run("search", "rust", "--json")
            #expect(after.stderr.isEmpty && after.stdout == expected, "round \(round): \(after.stderr)")
            #expect(try home.files().filter { $0.contains("lectern-tmp-") }.isEmpty)
        }
    }
}

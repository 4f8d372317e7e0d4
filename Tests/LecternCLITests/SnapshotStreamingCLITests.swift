import Foundation
import LecternTestSupport
import Testing

/// A large generated arXiv snapshot imported and added to the library in bounded memory (the
/// child's peak RSS from GNU time), the two results the same corpus byte for byte, and `library add`
/// filtering a snapshot with --category and --since, its replacement report counted without
/// holding both corpora.
@Suite struct SnapshotStreamingCLITests {
    /// `count` short snapshot lines from `seed`, with their categories and first-version year; every
    /// 997th repeats the id of the line 500 before it (and takes -2 when both are kept).
    static func snapshot(_ count: Int, seed: UInt64) -> (text: String, papers: [(id: String, categories: String, year: Int)]) {
        var random = SeededGenerator(seed: seed)
        var text = ""
        text.reserveCapacity(count * 330)
        var papers: [(String, String, Int)] = []
        let words = ["attention", "graph", "neural", "bound", "sparse", "Gödel", "$x^2$", "kernel", "lattice", "quantum"]
        for n in 0..<count {
            let cats = ["cs.LG", "cs.CL stat.ML", "math.PR", "hep-th", "cs.CV"][Int.random(in: 0..<5, using: &random)]
            let year = [2021, 2022, 2024][Int.random(in: 0..<3, using: &random)]
            let id = n % 997 == 996 ? papers[n - 500].0 : String(format: "%02d01.%06d", year % 100, n)
            let title = (0..<6).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ")
            let abstract = (0..<4).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ")
            text += #"{"id":"\#(id)","submitter":"S","authors":"D. Lemire","title":"\#(title) \#(n)","comments":null,"#
            text += #""categories":"\#(cats)","abstract":"  \#(abstract)\n","versions":[{"version":"v1","created":"Tue, 2 Jan \#(year) 10:00:00 GMT"}],"#
            text += #""update_date":"\#(year)-01-02","authors_parsed":[["Lemire","Daniel",""],["K\\\"onig","A.",""]]}"# + "\n"
            papers.append((id, cats, year))
        }
        return (text, papers)
    }

    /// Runs lectern under GNU time: the result and the child's peak RSS in bytes.
    static func measured(_ args: [String], home: LibraryCLITests.Home) throws -> (result: CLIRunner.Result, peak: Int) {
        let report = home.dir.appendingPathComponent("time-\(UUID().uuidString).txt")
        let r = try CLIRunner.run(["-f", "%M", "-o", report.path, CLIRunner.binary] + args, executable: "/usr/bin/time",
                                  environment: home.environment)
        let text = try String(contentsOf: report, encoding: .utf8)
        let kb = try #require(Int(text.split(separator: "\n").last?.trimmingCharacters(in: .whitespaces) ?? ""), "GNU time said \(text)")
        return (r, kb * 1024)
    }

    static func entryFile(_ home: LibraryCLITests.Home, name: String) throws -> URL {
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: home.library.appendingPathComponent("library.json"))) as? [String: Any])
        let entries = try #require(manifest["entries"] as? [[String: Any]])
        let file = try #require(entries.first { $0["name"] as? String == name }?["file"] as? String)
        return home.library.appendingPathComponent(file)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func aLargeSnapshotIsImportedAndAddedInBoundedMemory() throws {
        let home = try LibraryCLITests.Home()
        defer { home.remove() }
        let (text, papers) = Self.snapshot(200_000, seed: 1717)
        let input = home.dir.appendingPathComponent("arxiv-metadata.json")
        try Data(text.utf8).write(to: input)
        let size = text.utf8.count
        // Holding the papers took more than four times the file; streamed, the process holds the ids,
        // a chunk or two of lines and (for the library) the bundled sample it lists first: under
        // one and a half times the file even in a debug build (a release build takes a third of it).
        let bound = size * 3 / 2
        let out = home.dir.appendingPathComponent("out.json")
        let imported = try Self.measured(["import", input.path, "--output", out.path], home: home)
        #expect(imported.result.status == 0, "\(imported.result.stderr)")
        #expect(imported.peak < bound, "import: peak RSS \(imported.peak) bytes for a \(size)-byte file")
        let added = try Self.measured(["library", "add", input.path, "--name", "big"], home: home)
        #expect(added.result.status == 0, "\(added.result.stderr)")
        #expect(added.peak < bound, "library add: peak RSS \(added.peak) bytes for a \(size)-byte file")
        #expect(added.result.stdout == "Added big: big, \(papers.count) items\n", "\(added.result.stdout)")
        // The library's corpus is the one `import` wrote, byte for byte.
        let entry = try Data(contentsOf: try Self.entryFile(home, name: "big"))
        let written = try Data(contentsOf: out)
        #expect(entry == written)
        let object = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == papers.count)
        #expect(items.filter { ($0["id"] as? String)?.hasSuffix("-2") ?? false }.count == papers.count / 997)
        let listed = try #require(try home.list().first { $0["name"] as? String == "big" })
        #expect(listed["items"] as? Int == papers.count && listed["papers"] as? Int == papers.count)
        #expect(listed["format"] as? String == "arXiv metadata snapshot (JSON Lines)")
        #expect(!(try home.files()).contains { $0.contains(".lectern-tmp-") })
    }

    @Test func libraryAddFiltersASnapshotAndCountsWhatAReplacementChanged() throws {
        let home = try LibraryCLITests.Home()
        defer { home.remove() }
        let (text, papers) = Self.snapshot(3000, seed: 99)
        let input = home.dir.appendingPathComponent("arxiv.jsonl")
        try Data(text.utf8).write(to: input)
        /// The ids a filter keeps, each with the line of the paper it names.
        func kept(_ categories: [String], since year: Int) -> [String: Int] {
            var copies: [String: Int] = [:]
            var out: [String: Int] = [:]
            for (n, p) in papers.enumerated() where p.year >= year
                && p.categories.split(separator: " ").contains(where: { c in categories.contains { c == $0 || c.hasPrefix($0 + ".") } }) {
                let k = (copies[p.id] ?? 0) + 1
                copies[p.id] = k
                out[k == 1 ? p.id : "\(p.id)-\(k)"] = n
            }
            return out
        }
        /// What `ItemChanges` says replacing `a` by `b` did: papers of another line are changed.
        func report(_ a: [String: Int], _ b: [String: Int]) -> String {
            let new = b.keys.filter { a[$0] == nil }.count, gone = a.keys.filter { b[$0] == nil }.count
            let changed = b.filter { id, line in a[id].map { $0 != line } ?? false }.count
            return "\(b.count) items: \(new) new, \(changed) changed, \(gone) gone\n"
        }
        let first = kept(["cs.LG", "cs.CL"], since: 2024)
        // Named after the file; titled after the most common primary category.
        let r = try home.run("library", "add", input.path, "--category", "cs.LG,cs.CL", "--since", "2024-01-01")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Added arxiv: arXiv cs.LG, \(first.count) items\n" || r.stdout == "Added arxiv: arXiv cs.CL, \(first.count) items\n", "\(r.stdout)")
        // The same as `import` with the same filters.
        let out = home.dir.appendingPathComponent("out.json")
        let i = try home.run("import", input.path, "--category", "cs.LG,cs.CL", "--since", "2024-01-01", "--output", out.path)
        #expect(i.status == 0, "\(i.stderr)")
        #expect(try Data(contentsOf: try Self.entryFile(home, name: "arxiv")) == Data(contentsOf: out))
        // Replaced with a wider filter, then a narrower one: new, changed and gone counted by id.
        let second = kept(["cs"], since: 2022)
        let wider = try home.run("library", "add", input.path, "--name", "arxiv", "--category", "cs", "--since", "2022-01-01")
        #expect(wider.status == 0, "\(wider.stderr)")
        #expect(wider.stdout.hasPrefix("Replaced arxiv: ") && wider.stdout.hasSuffix(report(first, second)), "\(wider.stdout) vs \(report(first, second))")
        let third = kept(["cs.CV", "math"], since: 0)
        let narrower = try home.run("library", "add", input.path, "--name", "arxiv", "--category", "cs.CV,math")
        #expect(narrower.status == 0, "\(narrower.stderr)")
        #expect(narrower.stdout.hasSuffix(report(second, third)), "\(narrower.stdout) vs \(report(second, third))")
        // An entry of talks replaced by the snapshot: its file is read whole (its items name
        // sessions), and every talk is gone.
        let talks = try home.run("library", "add", LibraryCLITests.schedule("fosdem_2021.xml"), "--name", "talks")
        #expect(talks.status == 0, "\(talks.stderr)")
        let count = try #require(try home.list().first { $0["name"] as? String == "talks" }?["items"] as? Int)
        let swapped = try home.run("library", "add", input.path, "--name", "talks", "--category", "cs.CV,math")
        #expect(swapped.stdout.hasSuffix("\(third.count) items: \(third.count) new, 0 changed, \(count) gone\n"), "\(swapped.stdout)")
        // Bad filters are refused before anything is read.
        #expect(try home.run("library", "add", input.path, "--since", "last week").status == 64)
        #expect(try home.run("library", "add", input.path, "--category", " , ").status == 64)
    }

    @Test func twoSnapshotAddsAtOnceBothLand() throws {
        let home = try LibraryCLITests.Home()
        defer { home.remove() }
        var processes: [Process] = []
        for (k, seed) in [5, 6].enumerated() {
            let input = home.dir.appendingPathComponent("part\(k).jsonl")
            try Data(Self.snapshot(20_000, seed: UInt64(seed)).text.utf8).write(to: input)
            processes.append(home.process(["library", "add", input.path, "--name", "part\(k)"]))
        }
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        #expect(try home.names() == ["icml-2021", "part0", "part1"] || (try home.names()) == ["icml-2021", "part1", "part0"])
        #expect(try home.list().filter { ($0["name"] as? String)?.hasPrefix("part") ?? false }.allSatisfy { $0["items"] as? Int == 20_000 })
        #expect(!(try home.files()).contains { $0.contains(".lectern-tmp-") })
    }
}

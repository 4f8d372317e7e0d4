import Foundation
import Testing

/// `lectern search` end to end: runs the built binary on the bundled corpus.
@Suite struct SearchCLITests {
    static var root: URL { CLIRunner.packageRoot }

    static var binary: String { CLIRunner.binary }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// Runs lectern in zone `tz` (the conference's by default).
    func lectern(_ args: [String], tz: String = "America/Los_Angeles") throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["XDG_DATA_HOME"] = home.path
        env.removeValue(forKey: "LECTERN_CORPUS")
        env["TZ"] = tz
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func printsRankedResultsWithBadgeTimeAndAuthors() throws {
        let r = try lectern(["search", "cifka"])
        #expect(r.status == 0)
        let first = r.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("Oral"))
        #expect(first.contains("Tue 05:00 PDT"))
        #expect(first.contains("Relative Positional Encoding for Transformers"))
        #expect(first.contains("Ondřej Cífka"))
        #expect(first.hasSuffix("  [relative-positional-encoding-for-transformers-with-linear]"), "the id, for `lectern show ID`")
    }

    /// With TZ=UTC the screen shows the Wednesday 00:00 talks on Wednesday: the filters agree.
    @Test func timeFiltersUseTheUsersZone() throws {
        let wed = try lectern(["search", "day:wed", "--json"], tz: "UTC")
        #expect(wed.status == 0, "\(wed.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(wed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.contains { $0["id"] as? String == "cate-computation-aware-neural-architecture-encoding-with" })
        #expect(rows.allSatisfy { ($0["session"] as? String) == "Deep Learning Algorithms 6" })
        let late = try lectern(["search", "after:17:00"], tz: "UTC")
        #expect(late.status == 1, "no talk starts after 17:00 UTC: \(late.stdout)")
        let text = try lectern(["search", "day:wed", "kind:oral"], tz: "UTC")
        #expect(text.stdout.contains("Wed 00:00 UTC  Oral"), "\(text.stdout)")
        let pdt = try lectern(["search", "after:17:00", "kind:oral"])
        #expect(pdt.stdout.contains("Tue 17:00 PDT"), "in the conference's zone the same talk is Tuesday's: \(pdt.stdout)")
    }

    /// A query that starts with `-`, or has a `-word` after others, is a query, not an option.
    @Test func wordsStartingWithADashAreQueryWords() throws {
        let alone = try lectern(["search", "-transformer", "--limit", "400", "--json"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let all = try lectern(["search", "-zzzzzzzz", "--limit", "400", "--json"])
        let count = { (r: Run) in ((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [Any])?.count ?? -1 }
        #expect(count(alone) > 0 && count(alone) < count(all), "-transformer leaves out some items")
        let mixed = try lectern(["search", "speech", "-transformer"])
        #expect(mixed.status == 0, "\(mixed.stderr)")
        #expect(!mixed.stdout.contains("Neural Speech Synthesis with Transformer Network"))
        let typo = try lectern(["search", "speech", "--jsno"])
        #expect(typo.status == 64, "a mistyped --option is still an error")
    }

    @Test func jsonHasTheDocumentedFields() throws {
        let r = try lectern(["search", "poolingformer", "--json", "--limit", "1"])
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        for key in ["id", "title", "authors", "kind", "session", "start", "score", "matched"] {
            #expect(row[key] != nil, "missing \(key)")
        }
        #expect((row["title"] as? String)?.hasPrefix("Poolingformer") == true)
        #expect(row["kind"] as? String == "spotlight")
        #expect((row["matched"] as? [String])?.contains("title") == true)
    }

    @Test func limitCapsTheResults() throws {
        let r = try lectern(["search", "neural", "--limit", "2"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").filter { !$0.hasPrefix("(") }.count == 2)
    }

    @Test func typoIsCorrectedAndSaidOnStderr() throws {
        let r = try lectern(["search", "perciever"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("showing results for “perceiver”"))
        #expect(r.stdout.contains("Perceiver: General Perception"))
    }

    @Test func exitsOneWhenNothingMatches() throws {
        let r = try lectern(["search", "qqqqzzzz"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
    }

    @Test func malformedQueryExits64WithThePosition() throws {
        let r = try lectern(["search", "graph foo:bar"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("lectern: query:1:7: unknown field \"foo\""))
        #expect(r.stderr.contains("\n        ^"))
        let k = try lectern(["search", "kind:talk"])
        #expect(k.status == 64)
        #expect(k.stderr.contains("query:1:6:"))
    }
}

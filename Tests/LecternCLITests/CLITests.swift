import Foundation
import Testing

@Suite struct CLITests {
    @Test func listShowsSessionsInTimeOrderThenPapers() throws {
        let r = try CLIRunner.run(["list"], environment: ["TZ": "America/Los_Angeles"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Deep Learning Architectures  Tue 20 Jul 05:00–05:55 PDT  Moderator: Baharan Mirzasoleiman") == true)
        let order = ["Deep Learning Architectures ", "Deep Learning Algorithms 1 ", "Deep Learning 1 ", "Deep Learning Algorithms 6 ", "Papers (320)"]
        let positions = order.compactMap { head in lines.firstIndex { $0.hasPrefix(head) } }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(r.stdout.contains("  05:50–05:55  Q&A        Q&A  [deep-learning-architectures-qa]"))
        #expect(r.stdout.contains("  Paper      Neural Speech Synthesis with Transformer Network  [neural-speech-synthesis-with-transformer-network]"))
    }

    @Test func listJSONIsTheDocumentedShape() throws {
        let r = try CLIRunner.run(["list", "--json"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: Any])
        #expect(Set(doc.keys) == ["version", "sessions", "papers"])
        let sessions = try #require(doc["sessions"] as? [[String: Any]])
        #expect(sessions.count == 4)
        #expect(sessions.map { $0["id"] as? String } == ["deep-learning-architectures", "deep-learning-algorithms-1", "deep-learning-1", "deep-learning-algorithms-6"])
        let items = try #require(sessions.first?["items"] as? [[String: Any]])
        #expect(items.count == 8)
        #expect(items.first?["authors"] as? [String] == ["Antoine Liutkus", "Ondřej Cífka", "Shih-Lun Wu", "Umut Simsekli", "Yi-Hsuan Yang", "Gaël RICHARD"])
        #expect(items.first?["start"] as? String == "2021-07-20T05:00:00-07:00")
        #expect((doc["papers"] as? [Any])?.count == 320)
    }

    @Test func showPrintsOneItemInFull() throws {
        let r = try CLIRunner.run(["show", "relative-positional-encoding-for-transformers-with-linear"], environment: ["TZ": "America/Los_Angeles"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Relative Positional Encoding for Transformers with Linear Complexity\n"))
        #expect(r.stdout.contains("Authors:  Antoine Liutkus, Ondřej Cífka, Shih-Lun Wu"))
        #expect(r.stdout.contains("Time:     Tue 20 Jul 05:00–05:20 PDT\n"))
        #expect(r.stdout.contains("Session:  Deep Learning Architectures [deep-learning-architectures]"))
        #expect(r.stdout.contains("Recent advances in Transformer models"))
        let json = try CLIRunner.run(["show", "poincare-resnet", "--json"])
        #expect(json.status == 0)
        let item = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any])
        #expect(item["kind"] as? String == "paper")
        #expect((item["abstract"] as? String)?.contains("Poincar\\'e ball") == true)
    }

    @Test func unknownIdExitsOneWithTheClosestIds() throws {
        let r = try CLIRunner.run(["show", "poolingformr"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("unknown id poolingformr; did you mean: poolingformer-long-document-modeling-with-pooling-attention"))
    }

    @Test func validateAcceptsTheBundledCorpusFile() throws {
        let path = CLIRunner.packageRoot.appendingPathComponent("Sources/CLecternData/data/corpus.json").path
        let r = try CLIRunner.run(["validate", path])
        #expect(r.status == 0)
        #expect(r.stdout == "ok: 4 sessions, 352 items\n")
    }

    @Test func validateReportsEveryProblemWithItsPath() throws {
        let path = CLIRunner.fixture("bad-types.json").path
        let r = try CLIRunner.run(["validate", path])
        #expect(r.status == 65)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("bad-types.json:19:26: items[0].authors[1]: expected a string, found a number"))
        #expect(r.stderr.contains("bad-types.json:28:15: items[1].kind: expected one of oral, spotlight, qa, paper, talk, found \"keynote\""))
        #expect(r.stderr.contains("bad-types.json: not a valid lectern corpus"))
    }

    @Test func truncatedCorpusGivesAClearErrorNotACrash() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Sources/CLecternData/data/corpus.json"))
        let truncated = folder.appendingPathComponent("truncated.json")
        try full.prefix(full.count / 2).write(to: truncated)
        let text = String(decoding: full.prefix(full.count / 2), as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for args in [["validate", truncated.path], ["list", "--corpus", truncated.path]] {
            let r = try CLIRunner.run(args)
            #expect(r.status == 65)
            #expect(r.stdout.isEmpty)
            #expect(r.stderr.contains("truncated.json:\(line):"))
            #expect(r.stderr.contains("found the end of the file"))
        }
        let viaEnv = try CLIRunner.run(["show", "poincare-resnet"], environment: ["LECTERN_CORPUS": truncated.path])
        #expect(viaEnv.status == 65)
    }

    @Test func missingFilesExitSixtySix() throws {
        let v = try CLIRunner.run(["validate", "/nonexistent/corpus.json"])
        #expect(v.status == 66)
        #expect(v.stderr.contains("/nonexistent/corpus.json: no such corpus file"))
        let l = try CLIRunner.run(["list", "--corpus", "/nonexistent/corpus.json"])
        #expect(l.status == 66)
        let i = try CLIRunner.run(["import", "/nonexistent/page.txt"])
        #expect(i.status == 66)
    }

    @Test func importOfTheSeedsWritesTheBundledCorpus() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("corpus.json")
        let r = try CLIRunner.run(["import"] + (try CLIRunner.seedPaths()) + ["--output", output.path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("warning: 000_"))
        let written = try Data(contentsOf: output)
        let committed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Sources/CLecternData/data/corpus.json"))
        #expect(written == committed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["corpus.json"])
        let toStdout = try CLIRunner.run(["import"] + (try CLIRunner.seedPaths()))
        #expect(toStdout.stdoutData == committed)
    }

    @Test func importErrorLeavesNoOutputFile() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json")
        let r = try CLIRunner.run(["import", CLIRunner.fixture("bad-slot.txt").path, "--output", output.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad-slot.txt:5:22: expected an end time such as \"17:20\", found \"the\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let seed = try #require(try CLIRunner.seedPaths().first)
        let wrongYear = try CLIRunner.run(["import", seed, "--year", "2022", "--output", output.path])
        #expect(wrongYear.status == 65)
        #expect(wrongYear.stderr.contains(":11:1: expected a weekday matching 20 July 2022, a Wednesday"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // An existing output file is left untouched by a failed import.
        try Data("keep".utf8).write(to: output)
        _ = try CLIRunner.run(["import", CLIRunner.fixture("bad-slot.txt").path, "--output", output.path])
        #expect(try String(contentsOf: output, encoding: .utf8) == "keep")
    }

    @Test func binaryAloneInAnEmptyFolderStillListsTheCorpus() throws {
        let folder = try CLIRunner.tempFolder()
        let home = try CLIRunner.tempFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: home)
        }
        let copy = folder.appendingPathComponent("lectern")
        try FileManager.default.copyItem(atPath: CLIRunner.binary, toPath: copy.path)
        let r = try CLIRunner.run(["list"], executable: copy.path, environment: ["HOME": home.path], directory: folder)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Deep Learning Architectures"))
        #expect(r.stdout.contains("Papers (320)"))
    }
}

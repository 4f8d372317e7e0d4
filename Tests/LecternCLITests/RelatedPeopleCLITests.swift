import Foundation
import Testing

/// `lectern similar`, `lectern author` and `lectern show --plain`, run as a person would run them.
@Suite struct RelatedPeopleCLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var root: URL { CLIRunner.packageRoot }

    /// Runs lectern in zone `tz` (the conference's by default, so times read as the pages wrote them).
    static func lectern(_ arguments: [String], tz: String = "America/Los_Angeles") throws -> Run {
        let bin = ProcessInfo.processInfo.environment["LECTERN_BIN"] ?? ".build/debug/lectern"
        let process = Process()
        process.executableURL = bin.hasPrefix("/") ? URL(fileURLWithPath: bin) : root.appendingPathComponent(bin)
        process.arguments = arguments
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-related-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        process.environment = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "TZ": tz,
        ]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    // MARK: unknown ids

    /// The ids suggested after "did you mean: " on the first line that has it.
    static func suggested(in stderr: String) -> [String]? {
        guard let line = stderr.split(separator: "\n").first(where: { $0.contains("did you mean: ") }),
              let range = line.range(of: "did you mean: ") else { return nil }
        var list = String(line[range.upperBound...])
        if list.hasSuffix("?") { list.removeLast() }
        return list.components(separatedBy: ", ")
    }

    /// show, similar, note and bookmark suggest the same ids for the same typo.
    @Test(arguments: ["poolingformr", "autonomous-driving-with-spiking-neural-netwroks", "fastspeech-fast-robust"])
    func everyCommandSuggestsTheSameIds(typo: String) throws {
        var lists: [String: [String]] = [:]
        for args in [["show", typo], ["similar", typo], ["note", typo], ["bookmark", "add", typo]] {
            let run = try Self.lectern(args)
            #expect(run.status == 1, "\(args): \(run.stderr)")
            let list = Self.suggested(in: run.stderr)
            #expect(list != nil, "\(args) suggests nothing: \(run.stderr)")
            lists[args[0]] = list ?? []
        }
        #expect(Set(lists.values.map { $0.joined(separator: ",") }).count == 1, "\(lists)")
        #expect(lists["show"]?.isEmpty == false)
    }

    // MARK: similar

    @Test func similarShowsTheClosestPaperForATalkWithItsSharedTerms() throws {
        let run = try Self.lectern(["similar", "meta-stylespeech-multi-speaker-adaptive-text-to-speech", "--limit", "3"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Similar to spotlight meta-stylespeech-multi-speaker-adaptive-text-to-speech") == true)
        #expect(lines.count == 1 + 3 * 3)
        #expect(lines[1].hasPrefix("1. 0.") && lines[1].hasSuffix("Paper      fastspeech-fast-robust-and-controllable-text-to-speech"))
        #expect(lines[2].contains("FastSpeech: Fast, Robust and Controllable Text to Speech"))
        #expect(lines[3].contains("shared: tts, speech"))
    }

    @Test func similarLinksAPaperBackToTheTalk() throws {
        let run = try Self.lectern(["similar", "autonomous-driving-with-spiking-neural-networks", "--limit", "5"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("a-free-lunch-from-ann-towards-efficient-accurate-spiking"))
        #expect(run.stdout.contains("spiking"))
    }

    @Test func similarJSONCarriesScoresAndTerms() throws {
        let run = try Self.lectern(["similar", "synthesizer-rethinking-self-attention-for-transformer-models", "--limit", "4", "--json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "synthesizer-rethinking-self-attention-for-transformer-models")
        let similar = try #require(object["similar"] as? [[String: Any]])
        #expect(similar.count == 4)
        let scores = similar.compactMap { $0["score"] as? Double }
        #expect(scores.count == 4 && scores == scores.sorted(by: >))
        #expect(similar.allSatisfy { (($0["terms"] as? [String]) ?? []).isEmpty == false })
        #expect(similar.contains { $0["id"] as? String == "rethinking-attention-exploring-shallow-feed-forward-neural" })
    }

    @Test func similarUnknownIdSuggestsClosestMatches() throws {
        let run = try Self.lectern(["similar", "poolingformer"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("poolingformer-long-document-modeling-with-pooling-attention"))
    }

    @Test func similarRejectsALimitOutOfRange() throws {
        let run = try Self.lectern(["similar", "self-normalizing-flows", "--limit", "0"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--limit"))
    }

    // MARK: author

    @Test func authorMatchesWithoutAccents() throws {
        let run = try Self.lectern(["author", "ondrej cifka"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Ondřej Cífka (1 item)\n"))
        #expect(run.stdout.contains("  Tue 05:00–05:20 PDT  Oral       Relative Positional Encoding for Transformers with Linear Complexity  [relative-positional-encoding-for-transformers-with-linear]\n"),
                "\(run.stdout)")
        #expect(run.stdout.contains("Relative Positional Encoding for Transformers with Linear Complexity"))
    }

    @Test func authorListsTheSessionsAModeratorChairs() throws {
        let run = try Self.lectern(["author", "Graham Taylor"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  Tue 17:00–17:55 PDT  Moderator  Deep Learning Algorithms 6  [deep-learning-algorithms-6]"), "\(run.stdout)")
    }

    /// `li` finds names with a word starting "li", not names with "li" inside a word.
    @Test func authorMatchesTheStartOfAWord() throws {
        let run = try Self.lectern(["author", "li"], tz: "UTC")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Antoine Liutkus (1 item)"))
        #expect(run.stdout.contains("  Tue 12:00–12:20 UTC  Oral  "), "the zone is printed: \(run.stdout)")
        for inside in ["Max Welling", "Oliver Deussen", "Umut Simsekli"] { #expect(!run.stdout.contains(inside)) }
    }

    @Test func authorJSONListsItemsAndSessions() throws {
        let run = try Self.lectern(["author", "CÍFKA", "--json"])
        #expect(run.status == 0)
        let people = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(people.count == 1)
        #expect(people.first?["name"] as? String == "Ondřej Cífka")
        let items = try #require(people.first?["items"] as? [[String: Any]])
        #expect(items.first?["start"] as? String == "2021-07-20T05:00:00-07:00")
    }

    @Test func authorUnknownNameExitsOneWithSuggestions() throws {
        let run = try Self.lectern(["author", "Grahm Taylor"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("did you mean: Graham Taylor"))
    }

    // MARK: show --plain

    @Test func showPlainPrintsCleanedLaTeX() throws {
        let run = try Self.lectern(["show", "end-to-end-neural-network-compression-via-frac-ell-1-ell-2", "--plain"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("End-to-End Neural Network Compression via ℓ₁/ℓ₂ Regularized Latency Surrogates\n"))
        let raw = try Self.lectern(["show", "end-to-end-neural-network-compression-via-frac-ell-1-ell-2"])
        #expect(raw.stdout.contains("$\\frac{\\ell_1}{\\ell_2}$"))
    }
}

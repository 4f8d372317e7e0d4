import Foundation
import LecternCore

/// The one place the version is written, and the `--version` text built from it and the bundled corpus.
enum LecternVersion {
    static let number = "0.1.0"
    static var text: String { "lectern \(number)" }

    /// `lectern 0.1.0` then a line describing the bundled corpus and the pages it was built from.
    static func fullText(corpusData: Data = Corpus.bundledData()) -> String {
        "\(text)\n\(corpusLine(corpusData))"
    }

    /// `corpus: 4 sessions, 32 talks, 320 papers from a.txt, b.txt`, decoding only what it counts.
    static func corpusLine(_ data: Data) -> String {
        guard let summary = try? JSONDecoder().decode(CorpusSummary.self, from: data) else {
            return "corpus: unreadable"
        }
        let talks = summary.items.filter { $0.kind != .paper }.count
        let papers = summary.items.count - talks
        var line = "corpus: \(count(summary.sessions.count, "session")), \(count(talks, "talk")), "
            + "\(count(papers, "paper"))"
        if !summary.sources.isEmpty {
            line += " from " + summary.sources.map { TerminalSafe.sanitize($0) }.joined(separator: ", ")
        }
        return line
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

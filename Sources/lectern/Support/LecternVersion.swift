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

    /// `corpus: 4 sessions, 32 talks, 320 papers from a.txt, b.txt`, through the corpus's own
    /// byte-level decoder (Foundation's JSONDecoder took most of `--version`'s time).
    static func corpusLine(_ data: Data) -> String {
        guard let corpus = try? CorpusDecoder.decode(data, fileName: "bundled corpus", itemParts: 1) else {
            return "corpus: unreadable"
        }
        let talks = corpus.items.filter { $0.kind != .paper }.count
        let papers = corpus.items.count - talks
        var line = "corpus: \(count(corpus.sessions.count, "session")), \(count(talks, "talk")), "
            + "\(count(papers, "paper"))"
        if !corpus.sources.isEmpty {
            line += " from " + corpus.sources.map { TerminalSafe.sanitize($0) }.joined(separator: ", ")
        }
        return line
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}

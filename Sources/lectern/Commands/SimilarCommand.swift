import ArgumentParser
import Foundation
import LecternCore

struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "List the talks and papers most similar to an item.",
        discussion: "Similarity is the cosine of TF-IDF vectors over title and abstract; each line names the shared terms that weigh most."
    )

    @Argument(help: "The item id (see `lectern list`).", completion: .custom(Completions.itemIDs))
    var id: String

    @Option(name: .long, help: "How many items to list (1-1000).")
    var limit = 10

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var corpusOptions: CorpusOptions

    func validate() throws {
        guard (1...1000).contains(limit) else {
            throw ValidationError("--limit must be between 1 and 1000, found \(limit)")
        }
    }

    func run() throws {
        let corpus = try corpusOptions.load()
        guard let index = corpus.items.firstIndex(where: { $0.id == id }) else {
            var message = "no item with id \"\(TerminalSafe.sanitize(id))\""
            let close = ItemIdSuggester.suggestions(for: id, among: corpus.items.map(\.id)).map(TerminalSafe.sanitize)
            if !close.isEmpty { message += "; did you mean: " + close.joined(separator: ", ") + "?" }
            Diagnostics.error(message)
            throw ExitCode.noMatch
        }
        let results = SimilarityIndex(corpus: corpus).similar(to: index, limit: limit)
        if json {
            try printJSON(corpus: corpus, item: corpus.items[index], results: results)
        } else {
            printText(corpus: corpus, item: corpus.items[index], results: results)
        }
    }

    private func printText(corpus: Corpus, item: Item, results: [SimilarItem]) {
        print("Similar to \(item.kind.label.lowercased()) \(item.id): \(Self.display(item.title))")
        if results.isEmpty {
            print("  (no item shares a key term)")
            return
        }
        let kindWidth = ItemKind.allCases.map(\.label.count).max() ?? 5
        for (rank, r) in results.enumerated() {
            let other = corpus.items[r.index]
            let kind = other.kind.label.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            let number = String(rank + 1).leftPadded(to: String(results.count).count)
            print("\(number). \(String(format: "%.3f", r.score))  \(kind)  \(other.id)")
            print("   \(String(repeating: " ", count: number.count))\(Self.display(other.title))")
            print("   \(String(repeating: " ", count: number.count))shared: \(r.terms.joined(separator: ", "))")
        }
    }

    private func printJSON(corpus: Corpus, item: Item, results: [SimilarItem]) throws {
        struct Entry: Encodable {
            var id: String, kind: String, title: String, score: Double, terms: [String]
            var sessionId: String?
        }
        struct Output: Encodable {
            var id: String, title: String, similar: [Entry]
        }
        let output = Output(id: item.id, title: LaTeXCleaner.clean(item.title), similar: results.map { r in
            let other = corpus.items[r.index]
            return Entry(id: other.id, kind: other.kind.rawValue, title: LaTeXCleaner.clean(other.title),
                         score: (r.score * 1000).rounded() / 1000, terms: r.terms, sessionId: other.sessionId)
        })
        try JSONOutput.write(output)
    }

    /// A corpus title made readable and safe for the terminal.
    static func display(_ text: String) -> String {
        TerminalSafe.sanitize(LaTeXCleaner.clean(text))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}

import CLecternData
import Foundation
import LecternCore

/// Candidates for shell completion, used as `completion: .custom(Completions.itemIDs)` by the options
/// and arguments that take an item id or a theme name. Each function returns only the candidates
/// starting with the word being completed.
enum Completions {
    /// Item ids of the corpus in use (`--corpus` on the command line, `LECTERN_CORPUS`, or the
    /// bundled one).
    @Sendable static func itemIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let data = corpusData(words: words),
              let corpus = try? JSONDecoder().decode(IDList.self, from: data) else { return [] }
        return corpus.items.map(\.id).filter { $0.hasPrefix(prefix) }
    }

    /// Built-in theme names (any other theme is given by its file path).
    @Sendable static func themeNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        (0..<lectern_theme_count())
            .compactMap { i in lectern_theme_name(i).map { String(cString: $0) } }
            .filter { $0.hasPrefix(prefix) }
    }

    /// The corpus named by `--corpus FILE` / `--corpus=FILE` among the words, else `LECTERN_CORPUS`,
    /// else the bundled one.
    static func corpusData(words: [String]) -> Data? {
        var path: String?
        for (i, word) in words.enumerated() {
            if word == "--corpus", i + 1 < words.count {
                path = words[i + 1]
            } else if word.hasPrefix("--corpus=") {
                path = String(word.dropFirst("--corpus=".count))
            }
        }
        if let path = path ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"], !path.isEmpty {
            let expanded = path.hasPrefix("~/") ? (ProcessInfo.processInfo.environment["HOME"] ?? "") + path.dropFirst() : path
            return FileManager.default.contents(atPath: expanded)
        }
        return Corpus.bundledData()
    }
}

import CLecternData
import Foundation
import LecternCore

/// Candidates for shell completion, used as `completion: .custom(Completions.itemIDs)` by the options
/// and arguments that take an item id or a theme name. The shell filters nothing itself here, so
/// each function returns only the candidates starting with the word being completed.
enum Completions {
    /// Item ids of the corpus in use (`--corpus` on the command line, `LECTERN_CORPUS`, or the
    /// bundled one).
    @Sendable static func itemIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let data = corpusData(words: words),
              let corpus = try? JSONDecoder().decode(IDList.self, from: data) else { return [] }
        return corpus.items.map(\.id).filter { $0.hasPrefix(prefix) }
    }

    /// Built-in theme names, then the names of user themes in `$XDG_CONFIG_HOME/lectern/themes/`.
    @Sendable static func themeNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        var names: [String] = []
        for i in 0..<lectern_theme_count() {
            if let name = lectern_theme_name(i) { names.append(String(cString: name)) }
        }
        if let files = try? FileManager.default.contentsOfDirectory(atPath: userThemesPath()) {
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if !names.contains(name) { names.append(name) }
            }
        }
        return names.filter { $0.hasPrefix(prefix) }
    }

    static func userThemesPath() -> String {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (env["HOME"] ?? "") + "/.config"
        return config + "/lectern/themes"
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

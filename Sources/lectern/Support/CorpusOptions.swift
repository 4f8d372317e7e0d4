import ArgumentParser
import Foundation
import LecternCore

/// `--corpus FILE` (or `LECTERN_CORPUS`), shared by every subcommand that reads the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Use this corpus JSON file instead of the bundled one (also LECTERN_CORPUS).")
    var corpus: String?

    /// Loads the chosen corpus, or exits with a clear message and a sysexits code.
    func load() throws -> Corpus {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"]
        let data: Data
        if let path {
            guard let d = FileManager.default.contents(atPath: path) else {
                Diagnostics.error("\(path): cannot read the corpus file")
                throw ExitCode.noInput
            }
            data = d
        } else {
            data = Corpus.bundledData()
        }
        return try JSONDecoder().decode(Corpus.self, from: data)
    }
}

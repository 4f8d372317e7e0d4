import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `lectern bundled-index --output FILE`: writes the search index of the corpus built into this
/// binary, which `make corpus` embeds beside the corpus (a test checks that the two agree).
struct BundledIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundled-index",
        abstract: "Write the bundled corpus's search index (for make corpus).",
        shouldDisplay: false
    )

    @Option(name: .shortAndLong, help: "Where to write the index (atomically).")
    var output: String

    func run() throws {
        let corpus = try CorpusOptions.bundled()
        do {
            try AtomicFile.write(Data(SearchIndex.encodedBundled(corpus: corpus)), to: output)
        } catch {
            Diagnostics.error(TerminalSafe.sanitize(error.description))
            throw ExitCode.ioError
        }
    }
}

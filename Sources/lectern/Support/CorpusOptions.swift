import ArgumentParser
import Foundation
import LecternCore
import LecternStorage

/// `--corpus FILE` (or `LECTERN_CORPUS`), shared by every subcommand that reads the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Use this corpus JSON file instead of the bundled one (also LECTERN_CORPUS).")
    var corpus: String?

    /// At most this many problems are printed when a corpus is loaded for use (validate prints all).
    static let problemLimit = 10

    /// Loads the chosen corpus, or exits with a clear message and a sysexits code
    /// (66 when the file is missing or unreadable, 65 when it is not a valid corpus).
    func load() throws -> Corpus {
        let path = corpus ?? ProcessInfo.processInfo.environment["LECTERN_CORPUS"].flatMap { $0.isEmpty ? nil : $0 }
        guard let path else {
            return try CorpusOptions.decode(Corpus.bundledData(), name: "bundled corpus", limit: CorpusOptions.problemLimit)
        }
        let data = try CorpusOptions.read(path)
        return try CorpusOptions.decode(data, name: path, limit: CorpusOptions.problemLimit)
    }

    /// The bytes of a corpus file, or exit 66 with the reason.
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Diagnostics.error("\(path): no such corpus file")
            throw ExitCode.noInput
        }
        guard !isDirectory.boolValue, let data = try? AtomicFile.read(path) else {
            Diagnostics.error("\(path): cannot read the corpus file\(isDirectory.boolValue ? " (it is a folder)" : "")")
            throw ExitCode.noInput
        }
        return data
    }

    /// Decodes a corpus, printing its problems (up to `limit`, nil for all) and exiting 65 when invalid.
    static func decode(_ data: Data, name: String, limit: Int?) throws -> Corpus {
        do {
            return try CorpusDecoder.decode(data, fileName: name, zones: SystemZoneDatabase.available)
        } catch let error as CorpusDecodingError {
            let lines = error.lines
            let shown = limit.map { Array(lines.prefix($0)) } ?? lines
            for line in shown { Diagnostics.error(TerminalSafe.sanitize(line)) }
            if shown.count < lines.count {
                Diagnostics.error("... and \(lines.count - shown.count) more problems (run `lectern validate \(name)` to see them all)")
            }
            Diagnostics.error("\(name): not a valid lectern corpus")
            throw ExitCode.dataError
        }
    }
}

import Foundation

/// Performs the TUI's `x` (`Effect.export(format:)`): exports the search results when a search is
/// active, else the bookmarks, to a file in `directory`, and says what it did for the status line.
public enum ExportRunner {
    /// The pure part: what would be exported, and the file name to use.
    public static func prepare(format: ExportFormat, state: State, now: Timestamp) -> (result: ExportResult, fileName: String) {
        let input: ExportInput
        let name: String
        if state.search.isActive, let results = state.search.results {
            input = .results(results, corpus: state.corpus, bookmarks: state.bookmarks)
            name = "lectern-search"
        } else {
            input = .bookmarked(corpus: state.corpus, bookmarks: state.bookmarks)
            name = "lectern-bookmarks"
        }
        return (Exporter.render(format, input, now: now), name + "." + format.fileExtension)
    }

    /// Writes the export atomically into `directory` (default: the current folder) and returns the
    /// status-line message (success or the reason it failed).
    public static func run(format: String, state: State, directory: String = FileManager.default.currentDirectoryPath,
                           now: Date = Date()) -> String {
        guard let f = ExportFormat(rawValue: format) else {
            return "export: unknown format \(format) (expected \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
        let stamp = Timestamp(epochSeconds: Int64(now.timeIntervalSince1970), utcOffsetSeconds: 0)
        let (result, fileName) = prepare(format: f, state: state, now: stamp)
        let path = (directory as NSString).appendingPathComponent(fileName)
        do {
            try AtomicFile.write(Data(result.text.utf8), to: path)
        } catch {
            return "Export failed: \(error.description)"
        }
        var message = "Exported \(result.count) item\(result.count == 1 ? "" : "s") to \(path)"
        if !result.notes.isEmpty { message += " (" + result.notes.joined(separator: "; ") + ")" }
        return message
    }
}

import Foundation

/// Performs the TUI's `x` (`Effect.export`): exports the search results when a search is
/// active, else the bookmarks, to a file in `directory`, and says what it did for the status line.
public enum ExportRunner {
    /// What `x` exports: the search results when a search is active, else the bookmarks; and the
    /// file's name without its extension.
    public static func input(for state: State) -> (input: ExportInput, baseName: String) {
        if state.search.isActive, let results = state.search.results {
            return (.results(results, corpus: state.corpus, bookmarks: state.bookmarks), "lectern-search")
        }
        return (.bookmarked(corpus: state.corpus, bookmarks: state.bookmarks), "lectern-bookmarks")
    }

    /// Writes the export atomically into `directory` (default: the current folder) and returns the
    /// status-line message (success or the reason it failed).
    public static func run(_ format: ExportFormat, _ input: ExportInput, fileName: String,
                           directory: String = FileManager.default.currentDirectoryPath, now: Date = Date()) -> String {
        let stamp = Timestamp(epochSeconds: Int64(now.timeIntervalSince1970), utcOffsetSeconds: 0)
        let result = Exporter.render(format, input, now: stamp)
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

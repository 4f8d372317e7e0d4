import Foundation

/// The pure part of the TUI's `x` (`Effect.export(format:)`): exports the search results when a
/// search is active, else the bookmarks, and the status-line messages. The file is written at the
/// edge (`ExportRunner.run` in LecternStorage).
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

    /// The status-line message for an export of `result` written to `path`.
    public static func successMessage(_ result: ExportResult, path: String) -> String {
        var message = "Exported \(result.count) item\(result.count == 1 ? "" : "s") to \(path)"
        if !result.notes.isEmpty { message += " (" + result.notes.joined(separator: "; ") + ")" }
        return message
    }

    /// The status-line message for a format name the explorer does not know.
    public static func unknownFormatMessage(_ format: String) -> String {
        "export: unknown format \(format) (expected \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")))"
    }
}

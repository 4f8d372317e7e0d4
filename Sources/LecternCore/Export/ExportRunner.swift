/// The pure part of the TUI's `x` (`Effect.export`): what is exported (the search results when a
/// search is active, else the bookmarks) and the status-line message. The file is written at the
/// edge (`ExportRunner.run` in LecternStorage).
public enum ExportRunner {
    /// What `x` exports: the search results when a search is active, else the bookmarks; and the
    /// file's name without its extension.
    public static func input(for state: State) -> (input: ExportInput, baseName: String) {
        var (input, name) = (ExportInput.bookmarked(corpus: state.corpus, bookmarks: state.bookmarks), "lectern-bookmarks")
        if state.search.isActive, let results = state.search.results {
            (input, name) = (.results(results, corpus: state.corpus, bookmarks: state.bookmarks), "lectern-search")
            input.query = state.search.query
        }
        if !state.browse.marked.isEmpty {
            (input, name) = (.results(state.markedIndices, corpus: state.corpus, bookmarks: state.bookmarks), "lectern-marked")
        }
        input.displayTimeZone = state.displayTimeZone
        input.zones = state.environment.zones
        input.reminder = state.environment.reminder
        return (input, name)
    }

    /// The status-line message for an export of `result` written to `path`.
    public static func successMessage(_ result: ExportResult, path: String) -> String {
        var message = "Exported \(result.count) item\(result.count == 1 ? "" : "s") to \(path)"
        if !result.notes.isEmpty { message += " (" + result.notes.joined(separator: "; ") + ")" }
        return message
    }
}

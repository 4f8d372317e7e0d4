/// A side effect the reducer asks for, carrying everything it needs; the run loop performs it and
/// may feed back an `Action`. The performer never reads the state.
public enum Effect: Equatable, Sendable {
    /// Re-read the bookmark file under its lock, apply this change, write it atomically.
    case persistBookmarkChange(BookmarkChange)
    /// Re-read `seen.json` under its lock, apply this change, write it atomically.
    case persistSeenChange(SeenChange)
    /// Suspend the screen, open `$EDITOR` on the item's note, then send `.noteEdited`.
    case editNote(itemId: String, current: String)
    /// Render `input` as `format` and write it to `path` (relative to the current folder; `~/`
    /// is the home folder). A file already there is replaced only with `overwrite`; otherwise the
    /// performer sends `.exportWouldOverwrite` and the user is asked.
    case export(ExportFormat, ExportInput, path: String, overwrite: Bool)
    case openURL(String)
    case copyToClipboard(String)
    /// Build the related-work index of this corpus off the UI thread, then send `.similarityIndexBuilt`.
    case buildSimilarityIndex(Corpus)
    /// Find the records of one work in this corpus off the UI thread, then send `.sameWorkFound`.
    case findSameWork(Corpus)
    case quit
}

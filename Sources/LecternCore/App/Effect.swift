/// A side effect the reducer asks for, carrying everything it needs; the run loop performs it and
/// may feed back an `Action`. The performer never reads the state.
public enum Effect: Equatable, Sendable {
    /// Re-read the bookmark file under its lock, apply this change, write it atomically.
    case persistBookmarkChange(BookmarkChange)
    /// Suspend the screen, open `$EDITOR` on the item's note, then send `.noteEdited`.
    case editNote(itemId: String, current: String)
    /// Render `input` as `format` and write it to `fileName` in the current folder.
    case export(ExportFormat, ExportInput, fileName: String)
    case openURL(String)
    case copyToClipboard(String)
    /// Build the related-work index of this corpus off the UI thread, then send `.similarityIndexBuilt`.
    case buildSimilarityIndex(Corpus)
    case quit
}

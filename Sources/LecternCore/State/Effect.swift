/// A side effect the reducer asks for; the run loop performs it and may feed back an `Action`.
public enum Effect: Equatable, Sendable {
    /// Re-read the bookmark file under its lock, apply this change, write it atomically.
    case persistBookmarkChange(BookmarkChange)
    /// Suspend the screen, open `$EDITOR` on the item's note, then send `.noteEdited`.
    case editNote(itemId: String, current: String)
    case export(format: String)
    case openURL(String)
    case copyToClipboard(String)
    /// Build the related-work index of the corpus off the UI thread, then send `.similarityIndexBuilt`.
    case buildSimilarityIndex
    case quit
}

/// Everything that can happen to lectern, named for what happened. The reducer is the only consumer.
public enum Action: Equatable, Sendable {
    // input
    case keyPressed(Key)
    case mouseClicked(x: Int, y: Int)
    case mouseScrolled(x: Int, y: Int, lines: Int)
    case terminalResized(Size)
    case tick(Timestamp)
    /// The explorer's first frame is on the screen (work that can wait starts now).
    case firstFrameDrawn
    // navigation
    case sessionOpened(SessionsEntry)
    case itemSelected(String)
    // search
    case searchQueryChanged(String)
    /// How long the search for the current query took (measured by the run loop).
    case searchTimed(microseconds: Int)
    // bookmarks and notes
    case bookmarkToggled(String)
    case bookmarkPriorityCycled(String)
    case bookmarksLoaded(Bookmarks, warning: String?)
    case bookmarksSaved(Bookmarks)
    case bookmarksSaveFailed(String)
    case noteEdited(String, String?)
    // related work
    /// The related-work index asked for with `.buildSimilarityIndex` is ready.
    case similarityIndexBuilt(SimilarityIndex)
    // results of other effects
    case effectFinished(message: String)
    case effectFailed(message: String)
}

/// Everything that can happen to lectern, named for what happened: input, and the results of the
/// effects the run loop performed. The root reducer turns keys into the features' own actions.
public enum Action: Equatable, Sendable {
    // input
    case keyPressed(Key)
    case mouseClicked(x: Int, y: Int)
    case mouseScrolled(x: Int, y: Int, lines: Int)
    case terminalResized(Size)
    case tick(Timestamp)
    /// The explorer's first frame is on the screen (work that can wait starts now).
    case firstFrameDrawn
    // results of effects
    /// The bookmark file was read, written, or could not be written.
    case bookmarks(BookmarksFeature.Action)
    /// Another process changed the bookmark file; this is what it holds now.
    case bookmarksChangedOnDisk(Bookmarks)
    /// The seen items' file was read, written, or could not be written.
    case seen(SeenFeature.Action)
    /// The editor closed on an item's note (nil: cleared).
    case noteEdited(String, String?)
    /// The related-work index asked for with `.buildSimilarityIndex` is ready.
    case similarityIndexBuilt(SimilarityIndex)
    /// The records of one work asked for with `.findSameWork`.
    case sameWorkFound(SameWork, itemCount: Int)
    /// An export found a file at its path and wrote nothing: the user is asked before replacing it.
    case exportWouldOverwrite(ExportFormat, ExportInput, path: String)
    case effectFinished(message: String)
    case effectFailed(message: String)
}

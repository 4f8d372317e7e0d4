/// One row of the sessions pane.
public enum SessionsEntry: Hashable, Sendable {
    case session(String)
    case trending
    case bookmarks
}

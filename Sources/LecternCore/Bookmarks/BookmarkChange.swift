/// One user change to the bookmarks, applied to whatever is on disk at write time (so two
/// processes merge instead of overwriting each other).
public enum BookmarkChange: Equatable, Sendable {
    case add(Bookmark)
    case remove(String)
    case setPriority(String, Bookmark.Priority)
    case setNote(String, title: String, note: String?)

    /// Applies the change to `bookmarks`.
    public func apply(to bookmarks: inout Bookmarks) {
        switch self {
        case .add(let b):
            if bookmarks.entries[b.itemId] == nil { bookmarks.entries[b.itemId] = b }
        case .remove(let id):
            bookmarks.entries[id] = nil
        case .setPriority(let id, let p):
            bookmarks.entries[id]?.priority = p
        case .setNote(let id, let title, let note):
            if bookmarks.entries[id] == nil {
                bookmarks.entries[id] = Bookmark(itemId: id, title: title, priority: .maybe)
            }
            bookmarks.entries[id]?.note = note
        }
    }
}

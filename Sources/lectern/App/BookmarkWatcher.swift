import LecternCore
import LecternStorage

/// Notices when another lectern (`lectern note`, `lectern bookmark`, a second explorer) changed the
/// bookmark file, by its inode, size and modification time, and hands the file to the reducer,
/// which keeps its own unsaved changes on top. The explorer's own writes are not news.
final class BookmarkWatcher {
    private let store: BookmarkStore
    private var known: BookmarkStore.Signature?

    init(store: BookmarkStore) {
        self.store = store
        known = store.signature()
    }

    /// The action for a file changed since the last look, if it was.
    func poll() -> [Action] {
        guard let bookmarks = store.reloadIfChanged(since: &known) else { return [] }
        return [.bookmarksChangedOnDisk(bookmarks)]
    }

    /// The file as the explorer itself just wrote or read it.
    func noteOwnWrite() {
        known = store.signature()
    }
}

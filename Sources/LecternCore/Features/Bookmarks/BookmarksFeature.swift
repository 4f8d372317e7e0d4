/// Bookmarks, their priority and notes, as the explorer changes them: each change is applied at
/// once and handed to the store as a `BookmarkChange` to merge into the file.
public enum BookmarksFeature {
    public enum Action: Equatable, Sendable {
        /// `b` on an item (its id and title).
        case toggled(String, title: String)
        case priorityCycled(String)
        /// The editor closed on an item's note (nil: cleared).
        case noteEdited(String, title: String, note: String?)
        /// The file as read at start-up, with a warning to show (a corrupt file set aside).
        case loaded(Bookmarks, warning: String?)
        /// The file as written after a change (other processes' changes merged in).
        case saved(Bookmarks)
        case saveFailed(String)
    }

    /// The effects of `action`, and the status line's message after it, if any.
    public static func reduce(_ bookmarks: inout Bookmarks, _ action: Action) -> (effects: [Effect], status: String?) {
        switch action {
        case .toggled(let id, let title):
            let change: BookmarkChange = bookmarks.contains(id) ? .remove(id) : .add(Bookmark(itemId: id, title: title))
            change.apply(to: &bookmarks)
            return ([.persistBookmarkChange(change)], bookmarks.contains(id) ? "Bookmarked: \(title)" : "Removed bookmark: \(title)")
        case .priorityCycled(let id):
            guard let b = bookmarks[id] else { return ([], "Not bookmarked: b bookmarks it, then B sets its priority") }
            let priority: Bookmark.Priority = b.priority == .mustSee ? .maybe : .mustSee
            let change = BookmarkChange.setPriority(id, priority)
            change.apply(to: &bookmarks)
            return ([.persistBookmarkChange(change)], "Priority \(priority.label): \(b.title)")
        case .noteEdited(let id, let title, let note):
            let old = bookmarks[id]?.note ?? ""
            guard (note ?? "") != old else { return ([], "Note unchanged: \(title)") }
            let change = BookmarkChange.setNote(id, title: title, note: note)
            change.apply(to: &bookmarks)
            return ([.persistBookmarkChange(change)], (note ?? "").isEmpty ? "Note cleared: \(title)" : "Note saved: \(title)")
        case .loaded(let loaded, let warning):
            bookmarks = loaded
            return ([], warning)
        case .saved(let saved):
            bookmarks = saved
            return ([], nil)
        case .saveFailed(let message):
            return ([], message)
        }
    }

    /// True when the bookmarks list is refreshed after `action` (a priority or a note leaves it as it is).
    public static func changesList(_ action: Action) -> Bool {
        switch action {
        case .toggled, .loaded, .saved: return true
        case .priorityCycled, .noteEdited, .saveFailed: return false
        }
    }
}

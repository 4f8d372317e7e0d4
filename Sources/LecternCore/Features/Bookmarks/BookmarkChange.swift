/// One user change to the bookmarks, applied to whatever is on disk at write time (so two
/// processes merge instead of overwriting each other).
public enum BookmarkChange: Equatable, Sendable {
    /// Bookmarks the item; an existing bookmark (with its priority and note) is left as it is.
    case add(Bookmark)
    case remove(String)
    /// Removes the bookmark when present, else adds this one. Decided against the file, under its lock.
    case toggle(Bookmark)
    case setPriority(String, Bookmark.Priority)
    /// Sets the note; nil or blank clears it. Noting an unbookmarked item bookmarks it as `maybe`.
    case setNote(String, title: String, note: String?)
    /// Puts the bookmark back exactly as given (its priority and note): what undoing a change writes.
    case restore(Bookmark)

    /// The item id the change is about.
    public var itemId: String {
        switch self {
        case .add(let b), .toggle(let b), .restore(let b): return b.itemId
        case .remove(let id), .setPriority(let id, _), .setNote(let id, _, _): return id
        }
    }

    /// Applies the change to `bookmarks`. `stamp` (ISO-8601) marks the touched bookmark as updated.
    public func apply(to bookmarks: inout Bookmarks, stamp: String? = nil) {
        switch self {
        case .add(let b):
            if bookmarks.entries[b.itemId] == nil {
                var b = b
                b.updated = stamp ?? b.updated
                bookmarks.entries[b.itemId] = b
            }
        case .remove(let id):
            bookmarks.entries[id] = nil
        case .toggle(let b):
            if bookmarks.entries[b.itemId] != nil {
                bookmarks.entries[b.itemId] = nil
            } else {
                BookmarkChange.add(b).apply(to: &bookmarks, stamp: stamp)
            }
        case .restore(let b):
            var b = b
            b.updated = stamp ?? b.updated
            bookmarks.entries[b.itemId] = b
        case .setPriority(let id, let p):
            guard bookmarks.entries[id] != nil else { return }
            bookmarks.entries[id]?.priority = p
            if let stamp { bookmarks.entries[id]?.updated = stamp }
        case .setNote(let id, let title, let note):
            let text = note.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            if bookmarks.entries[id] == nil {
                guard text != nil else { return }
                bookmarks.entries[id] = Bookmark(itemId: id, title: title, priority: .maybe)
            }
            bookmarks.entries[id]?.note = text
            if let stamp { bookmarks.entries[id]?.updated = stamp }
        }
    }
}

/// A user's mark on one item: its priority, an optional note, and the title at the time of marking
/// (so a bookmark whose item vanished from a later corpus can still be shown).
///
/// Notes live on the bookmark: noting an item that is not bookmarked bookmarks it as `maybe`, and
/// removing a bookmark removes its note.
public struct Bookmark: Codable, Hashable, Sendable {
    /// How much the user wants to see the item.
    public enum Priority: String, Codable, Hashable, Sendable, CaseIterable {
        case mustSee = "must-see"
        case maybe

        /// The priority `B` cycles to.
        public var next: Priority { self == .mustSee ? .maybe : .mustSee }

        /// How the priority reads in lists and exports.
        public var label: String { self == .mustSee ? "must see" : "maybe" }
    }

    public var itemId: String
    public var title: String
    public var priority: Priority
    public var note: String?
    /// When the bookmark was last changed (ISO-8601 UTC), stamped by the store on each write.
    public var updated: String?

    public init(itemId: String, title: String, priority: Priority = .mustSee, note: String? = nil, updated: String? = nil) {
        self.itemId = itemId
        self.title = title
        self.priority = priority
        self.note = note
        self.updated = updated
    }

    /// The note when it has visible text, else nil.
    public var nonEmptyNote: String? {
        guard let note, !note.allSatisfy(\.isWhitespace) else { return nil }
        return note
    }

    /// True when both are absent, or present with the same title, priority and note (when they were
    /// stamped aside).
    static func same(_ a: Bookmark?, _ b: Bookmark?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return a.title == b.title && a.priority == b.priority && a.nonEmptyNote == b.nonEmptyNote
        default: return false
        }
    }
}

/// A user's mark on one item: its priority, an optional note, and the title at the time of marking
/// (so a bookmark whose item vanished from a later corpus can still be shown).
public struct Bookmark: Codable, Hashable, Sendable {
    /// How much the user wants to see the item.
    public enum Priority: String, Codable, Hashable, Sendable, CaseIterable {
        case mustSee = "must-see"
        case maybe
    }

    public var itemId: String
    public var title: String
    public var priority: Priority
    public var note: String?
    /// When the bookmark was last changed (ISO-8601), used to merge concurrent writers.
    public var updated: String?

    public init(itemId: String, title: String, priority: Priority = .mustSee, note: String? = nil, updated: String? = nil) {
        self.itemId = itemId
        self.title = title
        self.priority = priority
        self.note = note
        self.updated = updated
    }
}

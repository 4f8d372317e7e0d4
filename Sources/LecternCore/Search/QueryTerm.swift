/// One alternative of a query clause: a word, a phrase, or a filter.
public enum QueryTerm: Hashable, Sendable {
    /// A folded word; `prefix` lets it match longer words. `fields` nil means every text field.
    case word(String, prefix: Bool, fields: [SearchField]?)
    /// Folded words that must appear next to each other, in order; with `prefix` (a phrase whose
    /// quote is not closed yet) the last word matches as a prefix.
    case phrase([String], prefix: Bool, fields: [SearchField]?)
    case kind(ItemKind)
    /// Folded words that must appear next to each other in the item's room, track, type, language
    /// or conference; with `prefix` the last word matches as a prefix.
    case attribute(ItemAttribute, [String], prefix: Bool)
    case bookmarked
    case noted
    /// Changed by the last re-import of its conference (moved, retitled, new speakers, new).
    case changed
    /// In another person's imported plan.
    case shared
    /// Seen in the explorer (its details had the focus).
    case seen
    /// Not seen yet.
    case unseen
    /// Running at the search's `now`.
    case now
    /// Starting after the search's `now`.
    case upcoming
    /// Weekday of the slot start in the search's zone (the viewer's), 0 = Sunday.
    case day(Int)
    /// Slot starts at or after this minute of the day (the search's zone).
    case after(Int)
    /// Slot starts before this minute of the day (the search's zone).
    case before(Int)
}

/// A schedule attribute of an item that a query can filter on by name (`room:`, `track:`, `type:`,
/// `lang:`, `conf:`): matched word by word against the item's value, the last word as a prefix.
public enum ItemAttribute: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case room, track, type, language, conference

    /// The query field names that select this attribute.
    static let fieldNames: [String: ItemAttribute] = [
        "room": .room, "track": .track, "type": .type, "lang": .language, "language": .language,
        "conf": .conference, "conference": .conference,
    ]

    public var description: String {
        switch self {
        case .room: return "room"
        case .track: return "track"
        case .type: return "type"
        case .language: return "lang"
        case .conference: return "conf"
        }
    }

    /// The texts of `item` this attribute matches against: the conference's name in the corpus,
    /// its acronym and its title for `conf:`, the item's own value otherwise.
    func values(of item: Item, conferences: [String: Conference]) -> [String] {
        switch self {
        case .room: return item.room.map { [$0] } ?? []
        case .track: return item.track.map { [$0] } ?? []
        case .type: return item.type.map { [$0] } ?? []
        case .language: return item.language.map { [$0] } ?? []
        case .conference:
            guard let id = item.conference else { return [] }
            guard let c = conferences[id] else { return [id] }
            return [id, c.title] + (c.acronym.map { [$0] } ?? [])
        }
    }
}

/// An attribute of an item that a query can filter on by name (`room:`, `track:`, `type:`,
/// `lang:`, `conf:`, and for papers `cat:`, `venue:`, `year:`): matched word by word against the
/// item's value, the last word as a prefix.
public enum ItemAttribute: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case room, track, type, language, conference, category, venue, year

    /// The query field names that select this attribute.
    static let fieldNames: [String: ItemAttribute] = [
        "room": .room, "track": .track, "type": .type, "lang": .language, "language": .language,
        "conf": .conference, "conference": .conference, "cat": .category, "category": .category,
        "venue": .venue, "year": .year,
    ]

    public var description: String {
        switch self {
        case .room: return "room"
        case .track: return "track"
        case .type: return "type"
        case .language: return "lang"
        case .conference: return "conf"
        case .category: return "cat"
        case .venue: return "venue"
        case .year: return "year"
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
        case .category:
            // arXiv's categories (`cs.LG`) and the keywords OpenReview, BibTeX and Mini-Conf give.
            return (item.categories ?? []) + (item.keywords ?? [])
        case .venue:
            return [item.venue, item.journalRef].compactMap { $0 }
        case .year:
            // The paper's date, else the talk's start, else its conference's first day.
            let date = item.date ?? item.start.map { String($0.iso8601.prefix(4)) }
                ?? item.conference.flatMap { conferences[$0]?.start }
            return date.map { [String($0.prefix(4))] } ?? []
        }
    }
}

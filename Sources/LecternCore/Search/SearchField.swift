/// A text field of an item that the search index covers, with its ranking weight.
public enum SearchField: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case title, authors, abstract, session, moderator

    /// BM25 weight: title above authors above abstract; the session's title and moderator count least.
    public var weight: Float {
        switch self {
        case .title: return 3.0
        case .authors: return 2.2
        case .abstract: return 1.0
        case .session: return 0.4
        case .moderator: return 0.4
        }
    }

    /// BM25 `b`: how much a long field is penalized (author lists and names hardly at all).
    public var lengthNormalization: Float {
        switch self {
        case .title, .abstract: return 0.75
        case .session: return 0.5
        case .authors: return 0.3
        case .moderator: return 0
        }
    }

    public var description: String {
        switch self {
        case .title: return "title"
        case .authors: return "authors"
        case .abstract: return "abstract"
        case .session: return "session"
        case .moderator: return "moderator"
        }
    }
}

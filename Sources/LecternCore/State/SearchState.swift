/// The search bar: the query being typed and what it found.
public struct SearchState: Hashable, Sendable {
    public var query: String = ""
    /// Whether keys go to the search bar.
    public var editing: Bool = false
    /// Ranked item indices; nil when there is no query.
    public var results: [Int]?
    public var error: QueryError?
    public var note: String?
    /// How long the last query took, in microseconds (reported by the run loop).
    public var elapsedMicroseconds: Int?

    public init() {}

    public var isActive: Bool { !query.isEmpty }
}

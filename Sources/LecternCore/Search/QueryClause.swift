/// A part of a query that must hold (or, when negated, must not): any one of its alternatives.
public struct QueryClause: Hashable, Sendable {
    public var negated: Bool
    public var alternatives: [QueryTerm]
    /// 0-based character offset where the clause starts in the query.
    public var position: Int

    public init(negated: Bool, alternatives: [QueryTerm], position: Int) {
        self.negated = negated
        self.alternatives = alternatives
        self.position = position
    }
}

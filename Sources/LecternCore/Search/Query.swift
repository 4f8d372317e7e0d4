/// A parsed query: clauses that must all hold. Parsing never fails outright: a malformed part is
/// skipped and reported in `error`, so the rest can still be highlighted.
public struct Query: Hashable, Sendable {
    public var clauses: [QueryClause]
    public var error: QueryError?

    public init(clauses: [QueryClause] = [], error: QueryError? = nil) {
        self.clauses = clauses
        self.error = error
    }

    /// Parses the query language (see the README's "Search" section).
    public init(parsing text: String) {
        self = QueryParser.parse(text)
    }
}

/// What is wrong with a query and where.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// 0-based character offset of the problem in the query.
    public var position: Int
    public init(message: String, position: Int) {
        self.message = message
        self.position = position
    }
    public var description: String { "column \(position + 1): \(message)" }
}

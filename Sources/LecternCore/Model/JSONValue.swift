/// A parsed JSON value with the 1-based line and column where it starts, so schema problems can say where.
public struct JSONValue: Sendable {
    /// The shapes a JSON value can take; object members keep their order and their own positions.
    public indirect enum Kind: Sendable {
        case object([(key: String, value: JSONValue)])
        case array([JSONValue])
        case string(String)
        /// The number as written, and its value.
        case number(String, Double)
        case bool(Bool)
        case null
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    /// How the value is named in messages: "a string", "an array", ...
    public var typeName: String {
        switch kind {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

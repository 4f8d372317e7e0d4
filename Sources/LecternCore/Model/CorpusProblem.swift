/// One thing wrong with a corpus file: where (JSON path, line and column) and what was expected.
public struct CorpusProblem: Sendable, Equatable, CustomStringConvertible {
    /// The JSON path, such as `items[12].authors[0]`; empty for the document itself or a syntax error.
    public var path: String
    public var line: Int
    public var column: Int
    /// What the schema or JSON grammar wanted, and what was found, as one phrase.
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:col: path: message` (the file name is added by `CorpusDecodingError`).
    public var description: String {
        path.isEmpty ? "\(line):\(column): \(message)" : "\(line):\(column): \(path): \(message)"
    }
}

/// Why a corpus file could not be used: every problem found, each with its place in the file.
public struct CorpusDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var problems: [CorpusProblem]

    public init(file: String, problems: [CorpusProblem]) {
        self.file = file
        self.problems = problems
    }

    /// One line per problem: `corpus.json:14:7: items[12].authors[0]: expected a string, found a number`.
    public var lines: [String] { problems.map { "\(file):\($0.description)" } }

    public var description: String { lines.joined(separator: "\n") }
}

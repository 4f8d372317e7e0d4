/// Why a data file's bytes are not a readable file of its current version.
public struct DataFileProblem: Error, Equatable, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}

/// The bookmark file's problems are the data files' problems.
public typealias BookmarkFileProblem = DataFileProblem

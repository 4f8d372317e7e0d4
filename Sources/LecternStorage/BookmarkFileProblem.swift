/// Why a bookmark file's bytes are not a readable version-1 bookmark file.
public struct BookmarkFileProblem: Error, Equatable, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}

/// Where a record came from: the source page's file name and the 1-based line it starts on.
public struct Provenance: Codable, Hashable, Sendable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}

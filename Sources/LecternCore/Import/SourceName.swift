/// The name a source is known by in provenance and messages: a file name, or `-` for standard input.
public struct SourceName: Hashable, Sendable, CustomStringConvertible {
    public var file: String

    public init(_ file: String) {
        self.file = file
    }

    public var description: String { file }
}

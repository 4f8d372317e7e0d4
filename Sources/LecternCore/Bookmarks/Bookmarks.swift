/// The user's bookmarks, keyed by stable item id. Pure data: storage lives elsewhere.
public struct Bookmarks: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public var version: Int
    public var entries: [String: Bookmark]

    public init(version: Int = Bookmarks.formatVersion, entries: [String: Bookmark] = [:]) {
        self.version = version
        self.entries = entries
    }

    public func contains(_ id: String) -> Bool { entries[id] != nil }
    public subscript(id: String) -> Bookmark? { entries[id] }
}

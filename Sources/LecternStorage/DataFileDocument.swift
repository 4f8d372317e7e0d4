import LecternCore

/// What a `DataFileStore` keeps: a versioned JSON document, empty when there is no file, and the
/// changes the store applies to a fresh read of it under its lock.
public protocol DataFileDocument: Codable, Equatable, Sendable {
    associatedtype Change: Equatable, Sendable
    /// The version this lectern reads and writes.
    static var formatVersion: Int { get }
    /// The file's name in the data folder (`bookmarks.json`).
    static var fileName: String { get }
    /// What the user is left with when the file cannot be read, in words ("no bookmarks").
    static var noneName: String { get }
    var version: Int { get set }
    /// The empty document (no file yet).
    init()
    /// Applies `change`; `stamp` (ISO-8601, UTC) is the time of the write.
    static func apply(_ change: Change, to document: inout Self, stamp: String)
    /// The document as read, with what the file may hold redundantly made consistent.
    func normalized() -> Self
}

extension Bookmarks: DataFileDocument {
    public static var fileName: String { "bookmarks.json" }
    public static var noneName: String { "no bookmarks" }

    public init() { self.init(version: Bookmarks.formatVersion, entries: [:]) }

    public static func apply(_ change: BookmarkChange, to document: inout Bookmarks, stamp: String) {
        change.apply(to: &document, stamp: stamp)
    }

    /// Each entry's `itemId` is its key.
    public func normalized() -> Bookmarks {
        var b = self
        for (key, value) in b.entries where value.itemId != key {
            b.entries[key]?.itemId = key
        }
        return b
    }
}

extension SeenItems: DataFileDocument {
    public static var fileName: String { "seen.json" }
    public static var noneName: String { "no items seen" }

    public static func apply(_ change: SeenChange, to document: inout SeenItems, stamp: String) {
        change.apply(to: &document, stamp: stamp)
    }

    public func normalized() -> SeenItems { self }
}

/// The bookmark file (`$XDG_DATA_HOME/lectern/bookmarks.json`).
public typealias BookmarkStore = DataFileStore<Bookmarks>

/// The seen items (`$XDG_DATA_HOME/lectern/seen.json`), beside the bookmarks and as safe.
public typealias SeenStore = DataFileStore<SeenItems>

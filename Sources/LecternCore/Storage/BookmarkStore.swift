import Foundation

/// The bookmark file on disk. Every change is applied to a fresh read of the file under an
/// exclusive lock and written atomically. (Stub: in-memory only until the storage lands.)
public final class BookmarkStore: @unchecked Sendable {
    public let url: URL
    private var cache = Bookmarks()

    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_DATA_HOME/lectern/bookmarks.json`, or `~/.local/share/lectern/bookmarks.json`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/share")
        }
        return base.appendingPathComponent("lectern/bookmarks.json")
    }

    /// Reads the file. A warning is returned (not thrown) when a corrupt file was moved aside.
    public func load() throws -> (Bookmarks, warning: String?) {
        (cache, nil)
    }

    /// Applies `change` to what is on disk now, writes it, and returns the merged result.
    public func apply(_ change: BookmarkChange) throws -> Bookmarks {
        change.apply(to: &cache)
        return cache
    }
}

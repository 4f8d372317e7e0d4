import Foundation
import LecternCore

extension Library {
    /// Runs `body` with the entries and the bytes of their corpus files (nil without a manifest),
    /// holding the shared lock throughout: no change can happen between reading the library and
    /// writing its search index.
    public func withLoaded<T>(_ body: ([(entry: LibraryEntry, data: Data?)]?) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        try withLock(exclusive: false) { () throws(LibraryError) in
            let loaded = try readLoaded()
            outcome = Result { try body(loaded) }
        }
        guard let outcome else { throw LibraryError.corrupt(path: folder, why: "not read") }
        return try outcome.get()
    }

    /// Runs `body` with the entries (nil without a manifest), reading no corpus file, under the
    /// shared lock throughout.
    public func withEntries<T>(_ body: ([LibraryEntry]?) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        try withLock(exclusive: false) { () throws(LibraryError) in
            let entries = try readManifest()
            outcome = Result { try body(entries) }
        }
        guard let outcome else { throw LibraryError.corrupt(path: folder, why: "not read") }
        return try outcome.get()
    }
}

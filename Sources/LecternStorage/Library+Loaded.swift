import Foundation
import LecternCore

extension Library {
    /// Runs `body` with the entries and the bytes of their corpus files (nil without a manifest),
    /// holding the shared lock throughout: no change can happen between reading the library and
    /// writing its search index.
    public func withLoaded<T>(_ body: ([(entry: LibraryEntry, data: Data?)]?) throws -> T) throws -> T {
        try withShared(readLoaded, body)
    }

    /// Runs `body` with the entries (nil without a manifest), reading no corpus file, under the
    /// shared lock throughout.
    public func withEntries<T>(_ body: ([LibraryEntry]?) throws -> T) throws -> T {
        try withShared(readManifest, body)
    }

    /// `body` run on what `read` reads, both under one shared lock.
    private func withShared<R, T>(_ read: () throws(LibraryError) -> R, _ body: (R) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        try withLock(exclusive: false) { () throws(LibraryError) in
            let value = try read()
            outcome = Result { try body(value) }
        }
        guard let outcome else { throw LibraryError.corrupt(path: folder, why: "not read") }
        return try outcome.get()
    }
}

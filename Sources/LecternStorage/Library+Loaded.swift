import Foundation
import LecternCore

extension Library {
    /// Runs `body` with the entries and the bytes of their corpus files (nil without a manifest),
    /// holding the shared lock throughout: no change can happen between reading the library and
    /// writing its search index.
    public func withLoaded<T>(_ body: ([(entry: LibraryEntry, data: Data?)]?) throws -> T) throws -> T {
        var outcome: Result<T, any Error>?
        try withLock(exclusive: false) { () throws(LibraryError) in
            var loaded: [(entry: LibraryEntry, data: Data?)]?
            if let entries = try readManifest() {
                var out: [(entry: LibraryEntry, data: Data?)] = []
                for entry in entries {
                    guard let file = entry.file else { out.append((entry, nil)); continue }
                    let path = folder + "/" + file
                    let data: Data?
                    do throws(StorageError) { data = try AtomicFile.read(path) } catch { throw .storage(error) }
                    guard let data else { throw .corrupt(path: path, why: "the manifest lists it but it is missing") }
                    out.append((entry, data))
                }
                loaded = out
            }
            outcome = Result { try body(loaded) }
        }
        guard let outcome else { throw LibraryError.corrupt(path: folder, why: "not read") }
        return try outcome.get()
    }
}

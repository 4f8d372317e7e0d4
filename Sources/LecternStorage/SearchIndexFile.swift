import Foundation
import LecternCore
#if canImport(Glibc)
import Glibc
#endif

/// The library's one search index, `search.index` in the library folder: the index of the merged
/// library corpus (so one ranking covers every entry), encoded by `SearchIndex.encoded(identity:)`
/// with the identity of what it was built from (the lectern build and each entry's name, title,
/// file, size and hash of its bytes).
///
/// A start reads it when the identity still holds, checked cheaply: the entries' file sizes and
/// their inode, modification and change times; the bytes are hashed only for a file whose times
/// differ from those recorded. Anything else (missing, stale, damaged) is rebuilt in memory and
/// written back atomically; a write that fails costs only the next start's rebuild.
public struct SearchIndexFile: Sendable {
    public static let fileName = "search.index"
    public let folder: String
    public var path: String { folder + "/" + SearchIndexFile.fileName }

    public init(folder: String) {
        self.folder = folder
    }

    /// What an index was built from.
    public struct Identity: Codable, Equatable, Sendable {
        /// The version of this record.
        public var version = 1
        /// The lectern that built it (its version and build): another may tokenize or rank otherwise.
        public var build: String
        public var sources: [Source]
    }

    /// One library entry as the identity records it.
    public struct Source: Codable, Equatable, Sendable {
        public var name: String
        public var title: String
        /// The corpus file in the library folder; nil for the bundled sample (part of the build).
        public var file: String?
        public var size: Int
        /// Inode, modification and change time: while they are as recorded the bytes are taken to
        /// be the same; otherwise they are hashed.
        public var signature: String
        /// `Checksum64` of the file's bytes, in hex.
        public var hash: String
    }

    /// Whether the file held an index for this library, or why it must be rebuilt.
    public enum Lookup: Sendable {
        case fresh(SearchIndex)
        case rebuild(reason: String)
    }

    /// The index for `corpus`, merged from `loaded` (the library's entries and their bytes), if the
    /// file holds one built from exactly these; else why not.
    public func read(corpus: Corpus, loaded: [(entry: LibraryEntry, data: Data?)], build: String) -> Lookup {
        let file: Stored
        do throws(Unusable) { file = try stored() } catch { return .rebuild(reason: error.reason) }
        let state = staleness(file.identity, loaded: loaded, build: build)
        if case .stale(let why) = state { return .rebuild(reason: why) }
        let index: SearchIndex
        do throws(SearchIndexDecodingError) {
            index = try SearchIndex.decoded(from: file.data, corpus: corpus, identity: file.identityBytes)
        } catch {
            return .rebuild(reason: error.description)
        }
        // A file touched but with the same bytes: its new times are recorded, so the next start
        // knows the index fresh from the times alone (and answers from the digest). Best effort.
        if state == .touched { try? write(index, loaded: loaded, build: build) }
        return .fresh(index)
    }

    /// The index and the records of one work read from the file's digest of the corpus (see
    /// `SearchIndex.decodedWithDigest`), reading no corpus file: when the file was built from exactly
    /// these `entries` as their sizes and times show. Nil when it cannot tell so cheaply (a file's
    /// times changed, the index is missing, stale or damaged): the caller loads the corpus and reads
    /// or rebuilds the index with `read`, which says why.
    public func readDigest(entries: [LibraryEntry], build: String) -> (index: SearchIndex, sameWork: SameWork)? {
        guard let file = try? stored(),
              staleness(file.identity, loaded: entries.map { ($0, nil) }, build: build, hashing: false) == .fresh else { return nil }
        return try? SearchIndex.decodedWithDigest(from: file.data, identity: file.identityBytes)
    }

    /// The file's bytes with the identity they carry, raw and decoded.
    private struct Stored {
        var data: Data
        var identityBytes: [UInt8]
        var identity: Identity
    }

    /// Why the file holds no index to consider.
    private struct Unusable: Error {
        var reason: String
    }

    private func stored() throws(Unusable) -> Stored {
        let read: Data?
        do throws(StorageError) { read = try AtomicFile.read(path) } catch {
            throw Unusable(reason: "it could not be read: \(error.description)")
        }
        guard let data = read else { throw Unusable(reason: "it was missing") }
        let identityBytes: [UInt8]
        do throws(SearchIndexDecodingError) { identityBytes = try SearchIndex.encodedIdentity(data) } catch {
            throw Unusable(reason: error.description)
        }
        guard let identity = try? JSONDecoder().decode(Identity.self, from: Data(identityBytes)) else {
            throw Unusable(reason: "its record of the library is unreadable")
        }
        return Stored(data: data, identityBytes: identityBytes, identity: identity)
    }

    /// Writes `index`, built from `loaded`, atomically.
    public func write(_ index: SearchIndex, loaded: [(entry: LibraryEntry, data: Data?)], build: String) throws(StorageError) {
        let identity = Identity(build: build, sources: loaded.map { source($0.entry, $0.data, hashed: true) })
        let record: Data
        do { record = try StableJSON.data(identity) } catch {
            throw StorageError(path: path, operation: "encode the index's record", code: EINVAL)
        }
        try AtomicFile.write(Data(index.encoded(identity: Array(record), withDigest: true)), to: path, mode: 0o600)
    }

    /// How an index's record compares with the library as it is.
    enum Staleness: Equatable {
        /// Built from exactly these entries, their files' times as recorded.
        case fresh
        /// The same bytes, but a file's times changed (touched, copied back): worth recording anew.
        case touched
        case stale(String)
    }

    /// Whether `stored` is the identity of `loaded`, and why not. A file whose times changed is
    /// hashed, unless not `hashing` (no bytes at hand): then it is taken as changed.
    func staleness(_ stored: Identity, loaded: [(entry: LibraryEntry, data: Data?)], build: String, hashing: Bool = true) -> Staleness {
        guard stored.version == 1 else { return .stale("its record is of another version") }
        guard stored.build == build else { return .stale("another lectern built it") }
        guard stored.sources.count == loaded.count else { return .stale("the library changed") }
        var touched = false
        for (old, (entry, data)) in zip(stored.sources, loaded) {
            let now = source(entry, data, hashed: false)
            guard old.name == now.name, old.title == now.title, old.file == now.file, old.size == now.size else {
                return .stale("the library changed")
            }
            if old.signature != now.signature {
                guard hashing, old.hash == source(entry, data, hashed: true).hash else { return .stale("\(entry.file ?? entry.name) changed") }
                touched = true
            }
        }
        return touched ? .touched : .fresh
    }

    /// The record of one entry; its hash only when `hashed`. Without `data` the size is the file's.
    func source(_ entry: LibraryEntry, _ data: Data?, hashed: Bool) -> Source {
        var signature = "", size = 0
        if let file = entry.file {
            var info = stat()
            if stat(folder + "/" + file, &info) == 0 {
                signature = "\(info.st_ino):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
                size = Int(info.st_size)
            }
        }
        let hash = hashed ? String(data.map { $0.withUnsafeBytes { Checksum64.of($0) } } ?? 0, radix: 16) : ""
        return Source(name: entry.name, title: entry.title, file: entry.file, size: data?.count ?? size, signature: signature, hash: hash)
    }
}

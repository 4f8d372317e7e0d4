import Foundation
import LecternCore
#if canImport(Glibc)
import Glibc
#endif

/// A small JSON file of the user's in the data folder (the bookmarks, the seen items). Every change
/// is applied to a fresh read of the file under an exclusive `flock` on `NAME.lock` and written
/// atomically (`AtomicFile`), so two lectern processes merge instead of overwriting each other.
/// A file that cannot be read or decoded is moved aside byte for byte, never overwritten.
/// Changes whose write failed (read-only folder, full disk) are kept and retried with the next one.
public final class DataFileStore<Document: DataFileDocument>: @unchecked Sendable {
    public let url: URL
    /// Changes not yet on disk because their write failed; guarded by `pendingLock`.
    private var pending: [Document.Change] = []
    private let pendingLock = NSLock()

    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_DATA_HOME/lectern/FILE`, or `~/.local/share/lectern/FILE` (`bookmarks.json`, `seen.json`).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        UserDirectory.data.url(environment: environment).appendingPathComponent("lectern/" + Document.fileName)
    }

    var path: String { url.path }
    var folder: String { url.deletingLastPathComponent().path }
    var lockPath: String { path + ".lock" }

    /// Reads the file. A missing file is an empty set. A corrupt or unreadable file is moved aside
    /// (under the lock) and a warning is returned with an empty set. When it cannot even be moved
    /// aside (read-only folder) it is left alone, the warning says so, and every later write fails
    /// rather than overwrite it.
    public func load() throws -> (Document, warning: String?) {
        // A start cleans up after a writer that was killed (its temp file names its PID).
        AtomicFile.removeLeftovers(of: AtomicFile.resolved(path))
        switch readState() {
        case .ok(let b): return (b, nil)
        case .bad(let why):
            do {
                return try withLock { try readOrSetAside() }
            } catch let error as StorageError {
                return (Document(), "\(path) could not be read (\(why)) and was left as it is (\(error.description)); "
                    + "lectern goes on with \(Document.noneName) and will not save until the file is fixed or removed")
            }
        }
    }

    /// Applies `change` to what is on disk now, writes it, and returns the merged result.
    public func apply(_ change: Document.Change) throws -> Document {
        try update([change]).document
    }

    /// Applies `changes` in one locked read-modify-write. The warning says a corrupt file was moved aside.
    /// When the write fails the changes are kept and applied again before the next change.
    public func update(_ changes: [Document.Change], now: Date = Date()) throws -> (document: Document, warning: String?) {
        pendingLock.lock()
        defer { pendingLock.unlock() }
        pending += changes
        let all = pending
        let result = try write(all, now: now)
        pending.removeAll()
        return result
    }

    /// What tells one version of the file from another: its inode, size and modification time.
    public struct Signature: Equatable, Sendable {
        public var inode: UInt64
        public var size: Int64
        public var modified: Int64
        public var modifiedNanoseconds: Int
    }

    /// The file's signature now (nil when there is no file).
    public func signature() -> Signature? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Signature(inode: UInt64(st.st_ino), size: Int64(st.st_size), modified: Int64(st.st_mtim.tv_sec),
                         modifiedNanoseconds: Int(st.st_mtim.tv_nsec))
    }

    /// The file as it is now when its signature differs from `known` (which is brought up to date),
    /// else nil. Reads without the lock and sets nothing aside: a file that does not decode is
    /// left for the next write to deal with, and nil returned.
    public func reloadIfChanged(since known: inout Signature?) -> Document? {
        let now = signature()
        guard now != known else { return nil }
        known = now
        if case .ok(let b) = readState() { return b }
        return nil
    }

    /// Changes waiting for a retry after a failed write.
    public var pendingChanges: [Document.Change] {
        pendingLock.lock()
        defer { pendingLock.unlock() }
        return pending
    }

    private func write(_ changes: [Document.Change], now: Date) throws -> (document: Document, warning: String?) {
        try makeFolder()
        return try withLock {
            removeStaleTempFiles()
            var (document, warning) = try readOrSetAside()
            let stamp = Timestamp(epochSeconds: Int64(now.timeIntervalSince1970), utcOffsetSeconds: 0).iso8601
            for change in changes { Document.apply(change, to: &document, stamp: stamp) }
            try AtomicFile.write(try Self.encode(document), to: path, mode: 0o600)
            return (document, warning)
        }
    }

    /// The file's bytes for `document`: versioned, pretty, sorted keys, trailing newline.
    public static func encode(_ document: Document) throws -> Data {
        var d = document
        d.version = Document.formatVersion
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(d)
        data.append(0x0A)
        return data
    }

    /// Decodes the file's bytes; the reason when they are not a file of the current version.
    public static func decode(_ data: Data) -> Result<Document, DataFileProblem> {
        if let syntax = JSONParser.syntaxError(in: Array(data)) {
            return .failure(DataFileProblem(message: "invalid JSON at line \(syntax.line), column \(syntax.column): "
                + "expected \(syntax.expected), found \(TerminalSafe.sanitize(syntax.found))"))
        }
        do {
            let d = try JSONDecoder().decode(Document.self, from: data)
            guard d.version == Document.formatVersion else {
                return .failure(DataFileProblem(message: "version \(d.version), expected \(Document.formatVersion)"))
            }
            return .success(d.normalized())
        } catch let error as DecodingError {
            return .failure(DataFileProblem(message: Self.describe(error)))
        } catch {
            return .failure(DataFileProblem(message: "\(error)"))
        }
    }

    // MARK: - internals

    private enum ReadState {
        case ok(Document)
        case bad(String)
    }

    private func readState() -> ReadState {
        let data: Data?
        do {
            data = try AtomicFile.read(path)
        } catch {
            return .bad(error.reason)
        }
        guard let data else { return .ok(Document()) }
        switch Self.decode(data) {
        case .success(let b): return .ok(b)
        case .failure(let p): return .bad(p.message)
        }
    }

    /// Must hold the lock. Reads the file; a bad one is renamed aside and an empty set returned.
    private func readOrSetAside() throws -> (Document, warning: String?) {
        switch readState() {
        case .ok(let b): return (b, nil)
        case .bad(let why):
            let aside = try setAside()
            return (Document(), "\(path) could not be read (\(why)); it was moved to \(aside) and lectern goes on with \(Document.noneName)")
        }
    }

    /// Renames the unreadable file aside. For a symlink the file it points to is moved (the link
    /// stays, and the next write creates a fresh file behind it); only a regular file is ever moved.
    private func setAside() throws(StorageError) -> String {
        guard case .file(let real) = try AtomicFile.target(of: path) else {
            throw StorageError(path: path, operation: "move aside the unreadable", code: StorageError.notRegularFile)
        }
        let stamp = Timestamp(epochSeconds: Int64(Date().timeIntervalSince1970), utcOffsetSeconds: 0).wallClock
        let base = real + ".corrupt-" + String(format: "%04d%02d%02dT%02d%02d%02dZ", stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
        var target = base
        var n = 1
        while access(target, F_OK) == 0 {
            n += 1
            target = base + "-\(n)"
        }
        guard rename(real, target) == 0 else {
            throw StorageError(path: path, operation: "move aside the unreadable", code: errno)
        }
        AtomicFile.syncFolder((real as NSString).deletingLastPathComponent)
        return target
    }

    private func makeFolder() throws(StorageError) {
        try AtomicFile.makeFolder(folder)
    }

    /// Runs `body` holding an exclusive flock on the lock file.
    private func withLock<T>(_ body: () throws -> T) throws -> T {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw StorageError(path: lockPath, operation: "open the lock file", code: errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw StorageError(path: lockPath, operation: "lock", code: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Temp files exist only while their writer holds the lock, so under the lock any left over
    /// belong to a writer that was killed.
    private func removeStaleTempFiles() {
        AtomicFile.removeLeftovers(of: path, all: true)
        let real = AtomicFile.resolved(path)
        if real != path { AtomicFile.removeLeftovers(of: real, all: true) }
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [CodingKey]) -> String {
            path.isEmpty ? "top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let c): return "invalid JSON at \(at(c.codingPath)): \(c.debugDescription)"
        case .keyNotFound(let k, let c): return "missing \"\(k.stringValue)\" at \(at(c.codingPath))"
        case .typeMismatch(let t, let c): return "expected \(t) at \(at(c.codingPath))"
        case .valueNotFound(let t, let c): return "expected \(t) at \(at(c.codingPath)), found null"
        @unknown default: return "\(error)"
        }
    }
}

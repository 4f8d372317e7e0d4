import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `AtomicFile.write` for bytes that arrive in pieces (a streamed corpus): a regular file is written
/// under a temp name beside it and renamed over it by `commit` (after an fsync), so a reader sees
/// the old file or the whole new one and a kill leaves only a temp file the next write removes;
/// anything else (standard output, a pipe, a device) is written in place as the bytes come.
/// Without `commit` (an error, a throw) the temp file is removed. The bytes are written on a
/// writer thread while the caller makes the next ones, at most `inFlight` pieces behind.
public final class AtomicFileWriter: @unchecked Sendable {
    public let path: String
    private var fd: Int32
    private let ownsDescriptor: Bool
    /// The temp file, nil when the target is written in place.
    private let temp: String?
    private let target: String
    private var done = false
    /// Bytes handed over so far.
    public private(set) var byteCount = 0
    /// Pieces handed over and not yet written, at most.
    public static let inFlight = 4
    private let queue = DispatchQueue(label: "lectern.atomic-file-writer")
    private let slots = DispatchSemaphore(value: AtomicFileWriter.inFlight)
    /// The first write's errno, 0 while all went well; touched only on `queue`.
    private var failure: Int32 = 0

    /// Opens `path` for writing; `mode` is applied to a new regular file (default: an existing
    /// file's mode, else 0666 less the umask).
    public init(path: String, mode: mode_t? = nil) throws(StorageError) {
        self.path = path
        switch try AtomicFile.target(of: path) {
        case .descriptor(let n):
            fd = n; ownsDescriptor = false; temp = nil; target = path
        case .writeThrough(let special):
            fd = open(special, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, operation: "write", code: errno) }
            ownsDescriptor = true; temp = nil; target = special
        case .file(let file):
            var existing = stat()
            let keptMode: mode_t? = mode ?? (stat(file, &existing) == 0 ? existing.st_mode & 0o7777 : nil)
            _ = AtomicFile.removeLeftovers(of: file)
            let t = AtomicFile.tempPath(for: file)
            fd = open(t, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, keptMode ?? 0o666)
            guard fd >= 0 else { throw StorageError(path: path, operation: "write", code: errno) }
            if let keptMode, fchmod(fd, keptMode) != 0 {
                let e = errno
                close(fd)
                unlink(t)
                throw StorageError(path: path, operation: "set the mode of", code: e)
            }
            ownsDescriptor = true; temp = t; target = file
        }
    }

    deinit { abandon() }

    /// Hands `bytes` to the writer thread; a failure of an earlier piece is thrown here or by `commit`.
    public func write(_ bytes: [UInt8]) throws(StorageError) {
        try check()
        slots.wait()
        byteCount += bytes.count
        queue.async {
            defer { self.slots.signal() }
            guard self.failure == 0 else { return }
            self.failure = bytes.withUnsafeBytes { AtomicFile.writeAll($0, to: self.fd) }
        }
    }

    /// Throws the failure of a piece written so far, if any.
    private func check() throws(StorageError) {
        let code = queue.sync { failure }
        if code != 0 { throw StorageError(path: path, operation: "write", code: code) }
    }

    /// Makes the file the target's: fsync, rename over it, fsync the folder.
    public func commit() throws(StorageError) {
        guard !done else { return }
        do {
            try check() // waits for every piece
        } catch {
            abandon()
            throw error
        }
        done = true
        guard let temp else {
            if ownsDescriptor, close(fd) != 0 { throw StorageError(path: path, operation: "write", code: errno) }
            return
        }
        var ok = false
        defer { if !ok { unlink(temp) } }
        if fsync(fd) != 0 {
            let e = errno
            close(fd)
            throw StorageError(path: path, operation: "flush", code: e)
        }
        if close(fd) != 0 { throw StorageError(path: path, operation: "write", code: errno) }
        if rename(temp, target) != 0 { throw StorageError(path: path, operation: "replace", code: errno) }
        ok = true
        let dir = (target as NSString).deletingLastPathComponent
        AtomicFile.syncFolder(dir.isEmpty ? "." : dir)
    }

    /// Closes and removes the temp file (nothing is replaced); nothing after a commit.
    public func abandon() {
        guard !done else { return }
        queue.sync {}
        done = true
        if ownsDescriptor { close(fd) }
        if let temp { unlink(temp) }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files so that a reader sees either the old or the new content, never a mix:
/// temp file in the same folder, write, fsync, rename over the target, fsync the folder.
public enum AtomicFile {
    /// Prefix of the temp files, after the target's name.
    public static let tempMarker = ".tmp-"

    /// Writes `data` to `path`. `mode` is applied to the new file (default: 0666 less the umask).
    public static func write(_ data: Data, to path: String, mode: mode_t? = nil) throws(StorageError) {
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        let temp = path + tempMarker + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
        guard fd >= 0 else { throw StorageError(path: path, operation: "write", code: errno) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        if let mode, fchmod(fd, mode) != 0 {
            let e = errno
            close(fd)
            throw StorageError(path: path, operation: "set the mode of", code: e)
        }
        let writeError: Int32 = data.withUnsafeBytes { raw -> Int32 in
            guard var p = raw.baseAddress else { return 0 }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(fd, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                left -= n
                p = p.advanced(by: n)
            }
            return 0
        }
        if writeError != 0 {
            close(fd)
            throw StorageError(path: path, operation: "write", code: writeError)
        }
        if fsync(fd) != 0 {
            let e = errno
            close(fd)
            throw StorageError(path: path, operation: "flush", code: e)
        }
        if close(fd) != 0 { throw StorageError(path: path, operation: "write", code: errno) }
        if rename(temp, path) != 0 { throw StorageError(path: path, operation: "replace", code: errno) }
        ok = true
        syncFolder(folder)
    }

    /// fsyncs a folder so a rename in it survives a crash. Best effort: some file systems refuse.
    public static func syncFolder(_ folder: String) {
        let dfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { return }
        _ = fsync(dfd)
        close(dfd)
    }

    /// Reads a whole file. Returns nil when it does not exist (or a folder on its path does not);
    /// throws other failures.
    public static func read(_ path: String) throws(StorageError) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw StorageError(path: path, operation: "read", code: errno)
        }
        defer { close(fd) }
        // One buffer of the file's size, read into directly (a corpus can be hundreds of MB);
        // it grows if the file does while it is read.
        var info = stat()
        var capacity = fstat(fd, &info) == 0 && info.st_size > 0 ? Int(info.st_size) + 1 : 65_536
        var buffer = AtomicFile.allocateLarge(capacity)
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                let bigger = AtomicFile.allocateLarge(capacity)
                bigger.copyMemory(from: buffer, byteCount: count)
                free(buffer)
                buffer = bigger
            }
            let n = Glibc.read(fd, buffer + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                free(buffer)
                throw StorageError(path: path, operation: "read", code: code)
            }
            if n == 0 { break }
            count += n
        }
        let data = Data(bytesNoCopy: buffer, count: count, deallocator: .free)
        return data
    }

    /// Memory for a whole file: large buffers are aligned and offered transparent huge pages, which
    /// spares the kernel most of its page faults while the file is read in.
    private static func allocateLarge(_ byteCount: Int) -> UnsafeMutableRawPointer {
        let huge = 2 << 20
        var pointer: UnsafeMutableRawPointer?
        if byteCount >= 4 * huge, posix_memalign(&pointer, huge, byteCount) == 0, let pointer {
            _ = madvise(pointer, byteCount, 14) // MADV_HUGEPAGE
            return pointer
        }
        guard let pointer = malloc(max(byteCount, 1)) else { fatalError("out of memory reading a file") }
        return pointer
    }
}

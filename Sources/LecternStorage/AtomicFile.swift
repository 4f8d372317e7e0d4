import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files so that a reader sees either the old or the new content, never a mix:
/// temp file in the same folder, write, fsync, rename over the target, fsync the folder.
/// Only a regular file is ever replaced. A symlink keeps being a link: the file it points to is
/// replaced (or created, for a dangling link). Anything else (a device such as `/dev/null`, a FIFO,
/// a terminal, `/dev/stdout`) is written through, never renamed over.
public enum AtomicFile {
    /// What a temp file's name carries between the target's name and its writer's PID:
    /// `.NAME.lectern-tmp-PID-RANDOM`, hidden, beside the target, so that whoever comes later can
    /// tell whose it is and remove it once that process is gone.
    public static let tempInfix = ".lectern-tmp-"
    /// The suffix older versions put after the target's name (`NAME.tmp-PID-RANDOM`).
    public static let legacyTempMarker = ".tmp-"

    /// A fresh temp file name for `path` (same folder), owned by this process.
    static func tempPath(for path: String) -> String {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let file = "." + name + tempInfix + String(getpid()) + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        return dir.isEmpty ? file : dir + "/" + file
    }

    /// The writer's PID in a temp file name made for `name` (either naming), nil for other files.
    public static func tempOwner(_ fileName: String, target name: String) -> pid_t? {
        let rest: Substring
        if fileName.hasPrefix("." + name + tempInfix) {
            rest = fileName.dropFirst(name.utf8.count + 1 + tempInfix.utf8.count)
        } else if fileName.hasPrefix(name + legacyTempMarker) {
            rest = fileName.dropFirst(name.utf8.count + legacyTempMarker.utf8.count)
        } else {
            return nil
        }
        guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { return nil }
        return pid
    }

    /// Removes temp files left beside `path` by writers that are gone (killed mid-write); with
    /// `all`, every temp file of `path` (the caller holds a lock that every writer takes). Returns
    /// how many were removed.
    @discardableResult
    public static func removeLeftovers(of path: String, all: Bool = false) -> Int {
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        let name = (path as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for n in names {
            guard let pid = tempOwner(n, target: name) else { continue }
            let gone = kill(pid, 0) != 0 && errno == ESRCH
            if all || (gone && pid != getpid()) {
                if unlink(folder + "/" + n) == 0 { removed += 1 }
            }
        }
        return removed
    }

    /// Where `write(_:to:)` puts the bytes for `path`.
    public enum Target: Equatable, Sendable {
        /// A regular file (existing or not) at this path, replaced atomically.
        case file(String)
        /// Something that is not a regular file: opened and written in place.
        case writeThrough(String)
        /// An open descriptor of this process (`-`, `/dev/stdout`, `/dev/fd/N`).
        case descriptor(Int32)
    }

    /// What `path` names once symlinks are followed. `-` and `/dev/std{out,err}`, `/dev/fd/N` and
    /// `/proc/self/fd/N` are this process's descriptors; a dangling link names the file it would create.
    public static func target(of path: String) throws(StorageError) -> Target {
        if path == "-" || path == "/dev/stdout" { return .descriptor(STDOUT_FILENO) }
        if path == "/dev/stderr" { return .descriptor(STDERR_FILENO) }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let n = Int32(path.dropFirst(prefix.count)), n >= 0 { return .descriptor(n) }
        }
        var current = path
        for _ in 0..<40 {
            var info = stat()
            if lstat(current, &info) != 0 {
                if errno == ENOENT { return .file(current) }
                throw StorageError(path: path, operation: "examine", code: errno)
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                return .file(current)
            case S_IFDIR:
                throw StorageError(path: path, operation: "write", code: EISDIR)
            case S_IFLNK:
                guard let link = readLink(current) else { throw StorageError(path: path, operation: "follow the link", code: errno) }
                // A link into /proc or /dev (a descriptor, a pseudo-file) is opened as it is.
                if link.hasPrefix("/proc/") || link.hasPrefix("/dev/") || link.hasPrefix("pipe:") || link.hasPrefix("socket:") {
                    var followed = stat()
                    if stat(current, &followed) == 0, (followed.st_mode & S_IFMT) == S_IFREG, let real = realPath(current) {
                        return .file(real)
                    }
                    return .writeThrough(current)
                }
                if link.hasPrefix("/") {
                    current = link
                } else {
                    let dir = (current as NSString).deletingLastPathComponent
                    current = dir.isEmpty ? link : dir + "/" + link
                }
            default:
                return .writeThrough(current)
            }
        }
        throw StorageError(path: path, operation: "follow the link", code: ELOOP)
    }

    /// Creates `folder` and any missing parent, private to the user (0700); a path that names
    /// something other than a folder is an error.
    public static func makeFolder(_ folder: String) throws(StorageError) {
        var parts: [String] = []
        var p = folder
        while !p.isEmpty, p != "/", access(p, F_OK) != 0 {
            parts.append(p)
            p = (p as NSString).deletingLastPathComponent
        }
        for dir in parts.reversed() {
            if mkdir(dir, 0o700) != 0, errno != EEXIST {
                throw StorageError(path: dir, operation: "create the folder", code: errno)
            }
            _ = chmod(dir, 0o700)
        }
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) || !isDir.boolValue {
            throw StorageError(path: folder, operation: "use the folder", code: ENOTDIR)
        }
    }

    /// Writes `data` to `path`. `mode` is applied to a new file (default: an existing file's mode,
    /// else 0666 less the umask).
    public static func write(_ data: Data, to path: String, mode: mode_t? = nil) throws(StorageError) {
        switch try target(of: path) {
        case .descriptor(let fd):
            try writeAll(data, to: fd, path: path)
        case .writeThrough(let special):
            let fd = open(special, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw StorageError(path: path, operation: "write", code: errno) }
            defer { close(fd) }
            try writeAll(data, to: fd, path: path)
        case .file(let file):
            try replace(file, with: data, mode: mode, reportedAs: path)
        }
    }

    private static func replace(_ path: String, with data: Data, mode: mode_t?, reportedAs shown: String) throws(StorageError) {
        let dir = (path as NSString).deletingLastPathComponent
        let folder = dir.isEmpty ? "." : dir
        var existing = stat()
        let keptMode: mode_t? = mode ?? (stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : nil)
        removeLeftovers(of: path)
        let temp = tempPath(for: path)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, keptMode ?? 0o666)
        guard fd >= 0 else { throw StorageError(path: shown, operation: "write", code: errno) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        if let keptMode, fchmod(fd, keptMode) != 0 {
            let e = errno
            close(fd)
            throw StorageError(path: shown, operation: "set the mode of", code: e)
        }
        do {
            try writeAll(data, to: fd, path: shown)
        } catch {
            close(fd)
            throw error
        }
        if fsync(fd) != 0 {
            let e = errno
            close(fd)
            throw StorageError(path: shown, operation: "flush", code: e)
        }
        if close(fd) != 0 { throw StorageError(path: shown, operation: "write", code: errno) }
        if rename(temp, path) != 0 { throw StorageError(path: shown, operation: "replace", code: errno) }
        ok = true
        syncFolder(folder)
    }

    /// Writes every byte of `data` to `fd`, retrying interrupted and short writes.
    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws(StorageError) {
        let writeError: Int32 = data.withUnsafeBytes { writeAll($0, to: fd) }
        if writeError != 0 { throw StorageError(path: path, operation: "write", code: writeError) }
    }

    /// Every byte of `raw` written to `fd`, retrying interrupted and short writes: 0, or the errno.
    static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
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

    /// The path the file at `path` really is, with every symlink followed (for a dangling link,
    /// the file it names); `path` itself when it is not a link.
    public static func resolved(_ path: String) -> String {
        if case .file(let file)? = try? target(of: path) { return file }
        return path
    }

    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
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

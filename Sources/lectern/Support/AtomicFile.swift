import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file atomically: a temp file in the same folder, fsync, rename over the target, fsync the folder.
/// On failure the target is left as it was and the temp file is removed.
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot write: \(reason)" }
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        let written: Bool = data.withUnsafeBytes { raw in
            guard var base = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let n = Foundation.write(fd, base, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                left -= n
                base = base.advanced(by: n)
            }
            return true
        }
        let writeErrno = errno
        guard written else {
            close(fd)
            throw WriteError(path: path, reason: String(cString: strerror(writeErrno)))
        }
        guard fsync(fd) == 0 else {
            let e = errno
            close(fd)
            throw WriteError(path: path, reason: String(cString: strerror(e)))
        }
        guard close(fd) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        guard rename(temp, path) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        ok = true
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            _ = fsync(dir)
            close(dir)
        }
    }
}

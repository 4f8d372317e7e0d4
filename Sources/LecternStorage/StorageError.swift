#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system failure while saving or reading user data: which file, what was being done, and
/// the system's reason. The message is written once, here.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or folder involved.
    public var path: String
    /// What lectern was doing, e.g. "write", "create the folder".
    public var operation: String
    /// The `errno` value, 0 when the failure was not a system call.
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    /// The `code` of a failure that is not a system call's: the path names something other than a
    /// regular file where lectern must move or replace one.
    public static let notRegularFile: Int32 = -1

    /// True for a read-only folder or file system, missing permission, or a full disk.
    public var isNotWritable: Bool {
        [EROFS, EACCES, EPERM, ENOSPC, EDQUOT, ENOTDIR].contains(code)
    }

    public var reason: String {
        switch code {
        case 0: return "unknown error"
        case StorageError.notRegularFile: return "it is not a regular file"
        case ENOSPC, EDQUOT: return "the disk is full"
        case EROFS: return "the file system is read-only"
        case EACCES, EPERM: return "permission denied (the folder is read-only?)"
        case ENOTDIR: return "a path component is not a folder"
        default: return String(cString: strerror(code))
        }
    }

    public var description: String { "cannot \(operation) \(path): \(reason)" }
}

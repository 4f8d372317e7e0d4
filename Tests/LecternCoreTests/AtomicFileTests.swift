import Foundation
import Glibc
import Testing
import LecternStorage

/// `AtomicFile.write` replaces only regular files: a symlink keeps being a link to the file it
/// names, and a FIFO or device is written through, never renamed over.
@Suite struct AtomicFileTests {
    func tempDir() throws -> String {
        let dir = NSTemporaryDirectory() + "lectern-atomic-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func kind(_ path: String) -> mode_t {
        var st = stat()
        guard lstat(path, &st) == 0 else { return 0 }
        return st.st_mode & S_IFMT
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func names(_ dir: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: dir).sorted() }

    @Test func aSymlinkKeepsBeingALinkAndItsTargetIsReplaced() throws {
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/dotfiles", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/dotfiles/real.json"))
        chmod(dir + "/dotfiles/real.json", 0o640)
        #expect(symlink("dotfiles/real.json", dir + "/link.json") == 0)
        try AtomicFile.write(Data("new".utf8), to: dir + "/link.json")
        #expect(kind(dir + "/link.json") == S_IFLNK)
        #expect(contents(dir + "/dotfiles/real.json") == "new")
        var st = stat()
        _ = stat(dir + "/dotfiles/real.json", &st)
        #expect(st.st_mode & 0o777 == 0o640, "the replaced file keeps its mode")
        #expect(try names(dir) == ["dotfiles", "link.json"])
        #expect(try names(dir + "/dotfiles") == ["real.json"], "no temp file is left beside the target")
    }

    @Test func aChainOfLinksAndADanglingLinkReachTheFinalFile() throws {
        let dir = try tempDir()
        #expect(symlink(dir + "/b", dir + "/a") == 0)
        #expect(symlink("c", dir + "/b") == 0)
        try AtomicFile.write(Data("created".utf8), to: dir + "/a")
        #expect(kind(dir + "/a") == S_IFLNK)
        #expect(kind(dir + "/b") == S_IFLNK)
        #expect(kind(dir + "/c") == S_IFREG)
        #expect(contents(dir + "/c") == "created")
        #expect(AtomicFile.resolved(dir + "/a") == dir + "/c")
    }

    @Test func aLinkLoopIsAClearError() throws {
        let dir = try tempDir()
        #expect(symlink("y", dir + "/x") == 0)
        #expect(symlink("x", dir + "/y") == 0)
        #expect(throws: StorageError.self) { try AtomicFile.write(Data("z".utf8), to: dir + "/x") }
        #expect(kind(dir + "/x") == S_IFLNK)
    }

    @Test func aFolderIsNeverReplaced() throws {
        let dir = try tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
        let error = try #require(throws: StorageError.self) { try AtomicFile.write(Data("z".utf8), to: dir + "/folder") }
        #expect(error.code == EISDIR)
        #expect(kind(dir + "/folder") == S_IFDIR)
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let dir = try tempDir()
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let payload = String(repeating: "line of export text\n", count: 20_000) // more than a pipe buffer
        let received = ReaderBox()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while fd >= 0 {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                data.append(contentsOf: buffer[0..<n])
            }
            if fd >= 0 { close(fd) }
            received.set(data)
        }
        reader.start()
        try AtomicFile.write(Data(payload.utf8), to: fifo)
        for _ in 0..<500 where received.get() == nil { usleep(10_000) }
        #expect(received.get().map { String(decoding: $0, as: UTF8.self) } == payload)
        #expect(kind(fifo) == S_IFIFO)
        #expect(try names(dir) == ["pipe"])
    }

    @Test func tempFilesNameTheirWriterAndAreRemovedOnceItIsGone() throws {
        #expect(AtomicFile.tempOwner(".corpus.json.lectern-tmp-4242-abc", target: "corpus.json") == 4242)
        #expect(AtomicFile.tempOwner("corpus.json.tmp-77-x", target: "corpus.json") == 77)
        #expect(AtomicFile.tempOwner(".other.json.lectern-tmp-4242-abc", target: "corpus.json") == nil)
        #expect(AtomicFile.tempOwner("corpus.json", target: "corpus.json") == nil)
        let dir = try tempDir()
        // PID 1 is alive for as long as the machine is: its file stays; a huge PID is never alive.
        for name in [".out.json.lectern-tmp-1-live", ".out.json.lectern-tmp-2147483646-dead", ".keep.lectern-tmp-2147483646-x"] {
            try Data("partial".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        try AtomicFile.write(Data("whole".utf8), to: dir + "/out.json")
        #expect(try names(dir) == [".keep.lectern-tmp-2147483646-x", ".out.json.lectern-tmp-1-live", "out.json"])
        #expect(contents(dir + "/out.json") == "whole")
    }

    @Test func descriptorsAreWrittenInPlace() throws {
        #expect(try AtomicFile.target(of: "-") == .descriptor(1))
        #expect(try AtomicFile.target(of: "/dev/stdout") == .descriptor(1))
        #expect(try AtomicFile.target(of: "/dev/fd/7") == .descriptor(7))
        #expect(try AtomicFile.target(of: "/proc/self/fd/2") == .descriptor(2))
        // A device is written through (checked on the path, never by writing to a real device).
        #expect(try AtomicFile.target(of: "/dev/zero") == .writeThrough("/dev/zero"))
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        try AtomicFile.write(Data("through the pipe".utf8), to: "/dev/fd/\(fds[1])")
        close(fds[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(fds[0], &buffer, 64)
        #expect(String(decoding: buffer[0..<max(n, 0)], as: UTF8.self) == "through the pipe")
    }
}

/// The FIFO reader's result, handed from its thread.
final class ReaderBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    func set(_ value: Data?) { lock.lock(); data = value ?? Data(); lock.unlock() }
    func get() -> Data? { lock.lock(); defer { lock.unlock() }; return data }
}

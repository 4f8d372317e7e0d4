import Foundation
import Glibc
import Testing

/// `--output` writes through to what is not a regular file (a FIFO, `/dev/stdout`, `-`) and, for
/// a symlink, replaces the file it names and keeps the link.
@Suite struct OutputTargetCLITests {
    func kind(_ path: String) -> mode_t {
        var st = stat()
        guard lstat(path, &st) == 0 else { return 0 }
        return st.st_mode & S_IFMT
    }

    @Test(arguments: ["/dev/stdout", "-"])
    func exportToStdoutGoesThroughThePipe(output: String) throws {
        let r = try CLIRunner.run(["export", "--format", "json", "--output", output, "transformer"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: r.stdoutData)
        #expect(json is [String: Any] || json is [Any])
        #expect(r.stdout.contains("Transformer"))
    }

    @Test func importToAFIFOReachesItsReaderAndLeavesTheFIFO() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("corpus.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let copy = folder.appendingPathComponent("copy.json").path
        // An independent reader: cat drains the FIFO into a regular file.
        var pid: pid_t = 0
        let argv = ["/bin/sh", "-c", "cat \"$1\" > \"$2\"", "sh", fifo, copy]
        var cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        #expect(posix_spawn(&pid, "/bin/sh", nil, nil, &cargs, environ) == 0)
        let r = try CLIRunner.run(["import"] + (try CLIRunner.seedPaths()) + ["--output", fifo])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(kind(fifo) == S_IFIFO, "the FIFO is still a FIFO")
        let data = try Data(contentsOf: URL(fileURLWithPath: copy))
        let corpus = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((corpus["items"] as? [Any])?.isEmpty == false)
    }

    @Test func exportThroughASymlinkUpdatesItsTargetAndKeepsTheLink() throws {
        let folder = try CLIRunner.tempFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.md").path, link = folder.appendingPathComponent("talks.md").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: real))
        #expect(symlink("real.md", link) == 0)
        let r = try CLIRunner.run(["export", "--format", "markdown", "--output", link, "transformer"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(kind(link) == S_IFLNK)
        let text = try String(contentsOfFile: real, encoding: .utf8)
        #expect(text.contains("Transformer"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["real.md", "talks.md"])
    }
}

import Foundation
import Testing

/// lectern opens no network socket and runs no other program (only `$EDITOR`/`$PAGER` when asked):
/// shown with `strace -f -e trace=network,process` on the CLI and on the explorer under tmux.
@Suite("No network, no subprocess")
struct StraceTests {
    static var root: URL { CLIRunner.packageRoot }

    static var binary: String {
        URL(fileURLWithPath: CLIRunner.binary).standardizedFileURL.path
    }

    static let strace: String? = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-strace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Problems in a trace: any socket call, and any execve of something other than lectern.
    static func problems(inTrace trace: String) -> [String] {
        var found: [String] = []
        for line in trace.split(separator: "\n") {
            let l = String(line)
            for call in ["socket(", "connect(", "bind(", "sendto(", "socketpair("] where l.contains(call) {
                found.append(l)
            }
            if l.contains("execve(") && !l.contains("execve(\"\(binary)\"") {
                found.append(l)
            }
        }
        return found
    }

    static func traceCLI(_ args: [String], home: URL) throws -> String {
        let strace = try #require(Self.strace, "strace is not installed (make deps installs it)")
        let out = home.appendingPathComponent("trace-\(UUID().uuidString).txt")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: strace)
        p.arguments = ["-f", "-qq", "-e", "trace=network,process", "-o", out.path, binary] + args
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        env["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        p.environment = env
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning && Date() < deadline { usleep(20_000) }
        if p.isRunning { p.terminate() }
        p.waitUntilExit()
        return (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    }

    @Test(arguments: [["list"], ["search", "x"], ["search", "transformer", "--json"]])
    func cliMakesNoSocketAndRunsNothing(args: [String]) throws {
        let home = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: home) }
        let trace = try Self.traceCLI(args, home: home)
        #expect(trace.contains("execve(\"\(Self.binary)\""), "the trace covers lectern:\n\(trace.prefix(400))")
        #expect(trace.contains("exited with") || trace.contains("exit_group"), "lectern finished")
        let bad = Self.problems(inTrace: trace)
        #expect(bad.isEmpty, "lectern \(args.joined(separator: " ")): \(bad.prefix(5))")
    }

    @Test func explorerMakesNoSocketAndRunsNothing() throws {
        let strace = try #require(Self.strace, "strace is not installed (make deps installs it)")
        let home = try Self.tempDir()
        defer { try? FileManager.default.removeItem(at: home) }
        let out = home.appendingPathComponent("trace.txt")
        let name = "lectern-strace-\(UUID().uuidString.prefix(8))"
        func tmux(_ args: [String]) -> String {
            // Output goes to a file (`Spawn`: the tmux server left behind keeps a pipe open).
            let capture = home.appendingPathComponent("tmux-\(UUID().uuidString).out").path
            defer { try? FileManager.default.removeItem(atPath: capture) }
            _ = Spawn.run(["tmux", "-L", name] + args, stdoutPath: capture, stderrPath: "/dev/null")
            return (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
        }
        defer { Spawn.killTmuxServer(name, scratch: home.path) }
        _ = tmux(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30",
                  "-e", "LANG=C.UTF-8", "-e", "HOME=\(home.path)", "-e", "XDG_DATA_HOME=\(home.path)/data",
                  "-e", "XDG_CONFIG_HOME=\(home.path)/config",
                  "\(strace) -f -qq -e trace=network,process -o '\(out.path)' '\(Self.binary)' --no-mouse"])
        var deadline = Date().addingTimeInterval(20)
        var screen = ""
        while Date() < deadline {
            screen = tmux(["capture-pane", "-p"])
            if screen.contains("Deep Learning") { break }
            usleep(100_000)
        }
        #expect(screen.contains("Deep Learning"), "the explorer came up:\n\(screen)")
        // Use it a little: move, search, open, then quit.
        for keys in [["j"], ["Tab"], ["/"], ["t", "r", "a", "n", "s"], ["Escape"], ["Enter"], ["q"]] {
            _ = tmux(["send-keys"] + keys)
            usleep(100_000)
        }
        deadline = Date().addingTimeInterval(20)
        var trace = ""
        while Date() < deadline {
            trace = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
            if trace.contains("exit_group(") || trace.contains("+++ exited") { break }
            usleep(100_000)
        }
        #expect(trace.contains("exit_group(") || trace.contains("+++ exited"), "lectern quit:\n\(trace.suffix(300))")
        let bad = Self.problems(inTrace: trace)
        #expect(bad.isEmpty, "the explorer: \(bad.prefix(5))")
    }
}

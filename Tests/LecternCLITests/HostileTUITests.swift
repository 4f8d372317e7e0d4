import Foundation
import LecternTestSupport
import Testing
import LecternCore

/// Where the package, the binary and the fixtures are.
private enum HostileEnv {
    static var root: URL { CLIRunner.packageRoot }

    static var binary: String { CLIRunner.binary }

    static let fixture = root.appendingPathComponent("Tests/LecternCLITests/Fixtures/hostile-session.txt")

    static let normalTitle = "A Perfectly Normal Talk About Robust Parsing"
    static let normalAbstract = "This abstract is plain and readable: it describes robust parsing of untrusted pages."

    static func tempDir() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lectern-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The result of running a process to its end (or to its deadline).
private struct HostileRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var timedOut: Bool
}

/// Runs `executable args` with a deadline; stdin is /dev/null, output goes to files (`Spawn`).
private func hostileRun(_ executable: String, _ args: [String], env: [String: String] = [:], timeout: TimeInterval = 20) throws -> HostileRun {
    let dir = FileManager.default.temporaryDirectory
    let outPath = dir.appendingPathComponent("lectern-out-\(UUID().uuidString)").path
    let errPath = dir.appendingPathComponent("lectern-err-\(UUID().uuidString)").path
    defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    let result = Spawn.run([executable] + args, environment: environment, stdoutPath: outPath, stderrPath: errPath, timeout: timeout)
    guard result.status != -1 else { throw POSIXError(.ENOENT) }
    let outData = FileManager.default.contents(atPath: outPath) ?? Data()
    let errData = FileManager.default.contents(atPath: errPath) ?? Data()
    return HostileRun(status: result.status, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), timedOut: result.timedOut)
}

/// One tmux server of its own (`tmux -L name`), killed at the end (`kill()`, in a `defer` right
/// after it is made, so a failing test kills it too).
private final class HostileTmux {
    let name = "lectern-hostile-\(UUID().uuidString.prefix(8))"
    let home: URL

    init(home: URL) { self.home = home }

    @discardableResult
    func tmux(_ args: [String]) -> HostileRun {
        (try? hostileRun("/usr/bin/env", ["tmux", "-L", name] + args, timeout: 15))
            ?? HostileRun(status: -1, stdout: "", stderr: "tmux did not run", timedOut: false)
    }

    /// Starts a session whose pane runs `command` (a shell command line) in a `width`x`height` window.
    func start(_ command: String, width: Int = 100, height: Int = 30, env: [String: String] = [:]) {
        // Options in a config file, so they hold before the first byte the pane writes: tmux then
        // acts on title changes and OSC 52 clipboard writes, and the tests can see them.
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let conf = home.appendingPathComponent("tmux.conf")
        try? "set -g set-clipboard on\nset -g allow-rename on\nset -g remain-on-exit on\n".write(to: conf, atomically: true, encoding: .utf8)
        var args = ["-f", conf.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                    "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "HOME=\(home.path)",
                    "-e", "XDG_DATA_HOME=\(home.path)/data", "-e", "XDG_CONFIG_HOME=\(home.path)/config",
                    "-e", "LECTERN_NOW=2021-07-20T05:10:00-07:00"]
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(command)
        tmux(args)
    }

    func capture() -> String { tmux(["capture-pane", "-p"]).stdout }
    func display(_ format: String) -> String {
        tmux(["display-message", "-p", format]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    func send(_ keys: String...) { tmux(["send-keys"] + keys) }

    /// Polls the screen until `predicate` holds on a settled screen (the same when captured again a
    /// moment later, not a frame half received) or 15 s pass; returns that screen.
    @discardableResult
    func waitFor(_ predicate: (String) -> Bool) -> String? {
        Tmux.settledScreen(timeout: 15, capture: capture, predicate)
    }

    /// Ends the server and its panes, forcibly when `kill-server` is not enough.
    func kill() { Spawn.killTmuxServer(name, scratch: FileManager.default.temporaryDirectory.path) }
}

private func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

@Suite("Hostile pages and odd terminals", .serialized)
struct HostileTUITests {
    /// Imports the hostile page with `lectern import` into `dir/hostile.json`.
    fileprivate static func importHostile(into dir: URL) throws -> (URL, HostileRun) {
        let out = dir.appendingPathComponent("hostile.json")
        let run = try hostileRun(HostileEnv.binary, ["import", HostileEnv.fixture.path, "--output", out.path])
        return (out, run)
    }

    /// The same corpus with every string already made safe: what the screen must look like.
    static func sanitizedCopy(of corpusURL: URL, to out: URL) throws {
        var corpus = try CorpusDecoder.decode(Data(contentsOf: corpusURL), fileName: corpusURL.lastPathComponent)
        for i in corpus.items.indices {
            corpus.items[i].title = TerminalSafe.sanitize(corpus.items[i].title)
            corpus.items[i].authors = corpus.items[i].authors.map(TerminalSafe.sanitize)
            corpus.items[i].abstract = TerminalSafe.sanitizeMultiline(corpus.items[i].abstract)
        }
        for i in corpus.sessions.indices {
            corpus.sessions[i].title = TerminalSafe.sanitize(corpus.sessions[i].title)
            corpus.sessions[i].moderator = corpus.sessions[i].moderator.map(TerminalSafe.sanitize)
        }
        try corpus.jsonData().write(to: out)
    }

    // MARK: import

    @Test func importKeepsTheNormalTalkExactly() throws {
        let data = try Data(contentsOf: HostileEnv.fixture)
        #expect(data.count > 200 * 1024)
        let page = try PageDecoding.parse(data: data, fileName: "hostile-session.txt")
        let normal = try #require(page.items.first { $0.title == HostileEnv.normalTitle })
        #expect(normal.authors == ["Alice Normal", "Bob Ordinary"])
        #expect(normal.abstract == HostileEnv.normalAbstract)
        #expect(normal.kind == .spotlight)
        let hostile = try #require(page.items.first { $0.title.hasPrefix("Hostile Talk") })
        #expect(hostile.abstract.utf8.count > 200 * 1024)
        #expect(hostile.abstract.contains("\u{FFFD}"))
        // Invalid UTF-8 on the authors line (18) and in the abstract (20), with byte offsets.
        #expect(page.warnings.contains { $0.hasPrefix("hostile-session.txt:18:") && $0.contains("byte offset") })
        #expect(page.warnings.contains { $0.hasPrefix("hostile-session.txt:20:") && $0.contains("byte offset") })
    }

    @Test func importCommandWarnsWithFileAndLineAndKeepsTheNormalTalk() throws {
        let dir = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (out, run) = try Self.importHostile(into: dir)
        #expect(!run.timedOut)
        #expect(run.status == 0, "stderr: \(run.stderr.prefix(500))")
        #expect(run.stderr.contains("hostile-session.txt:18:"), "stderr: \(run.stderr.prefix(500))")
        #expect(run.stderr.contains("invalid UTF-8"))
        #expect(!run.stderr.contains("\u{1B}"), "the warnings themselves must not carry escapes")
        let corpus = try CorpusDecoder.decode(Data(contentsOf: out), fileName: "hostile.json")
        let normal = try #require(corpus.items.first { $0.title == HostileEnv.normalTitle })
        #expect(normal.abstract == HostileEnv.normalAbstract)
        #expect(normal.authors == ["Alice Normal", "Bob Ordinary"])
    }

    // MARK: the explorer on the hostile corpus

    /// Control: this tmux does act on a title change and an OSC 52 write, so the checks below can fail.
    @Test func tmuxDetectsTitleAndClipboardWrites() throws {
        let home = try HostileEnv.tempDir()
        let t = HostileTmux(home: home)
        defer { t.kill(); try? FileManager.default.removeItem(at: home) }
        t.start("printf '\\033]2;PWNED\\007\\033]52;c;aGVsbG8=\\007ready\\n'; sleep 20")
        #expect(t.waitFor { $0.contains("ready") } != nil)
        #expect(t.display("#{pane_title}") == "PWNED")
        #expect(!t.tmux(["list-buffers"]).stdout.isEmpty)
    }

    /// A test's tmux server ends with it, and so does the lectern in its pane: `make test` leaves
    /// nothing running.
    @Test func killEndsTheServerAndTheLecternInIt() throws {
        let home = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: home) }
        let t = HostileTmux(home: home)
        var killed = false
        defer { if !killed { t.kill() } }
        t.start(shellQuote(HostileEnv.binary) + " --no-mouse")
        #expect(t.waitFor { $0.contains("Deep Learning") } != nil)
        let server = try #require(Int32(t.display("#{pid}")))
        let lectern = try #require(Int32(t.display("#{pane_pid}")))
        let socket = t.display("#{socket_path}")
        t.kill()
        killed = true
        #expect(kill(server, 0) != 0, "the tmux server \(server) is still running")
        #expect(kill(lectern, 0) != 0, "lectern \(lectern) is still running")
        #expect(!FileManager.default.fileExists(atPath: socket), "the socket \(socket) is left behind")
    }

    @Test func hostileTextHasNoEffectOnTheTerminal() throws {
        let dir = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (hostileURL, run) = try Self.importHostile(into: dir)
        try #require(run.status == 0, "import failed: \(run.stderr.prefix(300))")
        let cleanURL = dir.appendingPathComponent("clean.json")
        try Self.sanitizedCopy(of: hostileURL, to: cleanURL)

        let hostile = HostileTmux(home: dir.appendingPathComponent("h"))
        let clean = HostileTmux(home: dir.appendingPathComponent("c"))
        defer { hostile.kill(); clean.kill() }
        var screens: [String] = []
        var titles: [String] = []
        var cursors: [String] = []
        for (t, url) in [(hostile, hostileURL), (clean, cleanURL)] {
            try FileManager.default.createDirectory(at: t.home, withIntermediateDirectories: true)
            t.start("\(shellQuote(HostileEnv.binary)) --no-mouse --corpus \(shellQuote(url.path))")
            let before = t.display("#{pane_title}")
            #expect(t.waitFor { $0.contains("Hostile Talk") } != nil, "the hostile talk is listed")
            // Read the hostile abstract a little, then open the normal talk.
            t.send("Tab")
            t.send("Tab")
            t.send("PageDown")
            t.send("PageDown")
            t.send("BTab")
            t.send("j")
            let screen = t.waitFor { $0.contains("plain and readable") }
            #expect(screen != nil, "the normal talk's abstract is readable:\n\(t.capture())")
            // Let the last frame settle: same screen twice in a row.
            var last = t.capture()
            for _ in 0..<20 {
                usleep(100_000)
                let now = t.capture()
                if now == last { break }
                last = now
            }
            screens.append(last)
            titles.append(t.display("#{pane_title}"))
            cursors.append(t.display("#{cursor_x},#{cursor_y},#{cursor_flag}"))
            #expect(titles.last == before, "the window title changed")
            #expect(!(titles.last ?? "").contains("PWNED"))
            #expect(t.tmux(["list-buffers"]).stdout.isEmpty, "the clipboard (tmux buffers) was written")
            #expect(t.display("#{alternate_on}") == "1", "still on the alternate screen")
        }
        let h = screens[0], c = screens[1]
        #expect(h == c, "the hostile screen differs from the same corpus made safe:\n--- hostile\n\(h)\n--- clean\n\(c)")
        #expect(cursors[0] == cursors[1], "cursor \(cursors[0]) vs \(cursors[1])")
        #expect(h.contains("A Perfectly Normal Talk"))
        #expect(h.contains("␛"), "escapes are shown as a visible placeholder")
        #expect(h.split(separator: "\n", omittingEmptySubsequences: false).count >= 30)
    }

    // MARK: resizes

    @Test func manyResizesLeaveTheSameScreenAsAFreshStart() throws {
        let dir = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let resized = HostileTmux(home: dir.appendingPathComponent("r"))
        let fresh = HostileTmux(home: dir.appendingPathComponent("f"))
        defer { resized.kill(); fresh.kill() }
        try FileManager.default.createDirectory(at: resized.home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: fresh.home, withIntermediateDirectories: true)
        resized.start(shellQuote(HostileEnv.binary) + " --no-mouse")
        #expect(resized.waitFor { $0.contains("Deep Learning") } != nil)
        var rng = SeededGenerator(seed: 0x5123)
        var sizes: [(Int, Int)] = [(1, 1), (300, 100), (2, 1), (1, 2)]
        while sizes.count < 200 { sizes.append((Int.random(in: 1...300, using: &rng), Int.random(in: 1...100, using: &rng))) }
        sizes.append((97, 31))
        for (w, h) in sizes {
            resized.tmux(["resize-window", "-x", "\(w)", "-y", "\(h)"])
        }
        fresh.start(shellQuote(HostileEnv.binary) + " --no-mouse", width: 97, height: 31)
        let expected = fresh.waitFor { $0.contains("Deep Learning") }
        #expect(expected != nil)
        var got = resized.capture()
        let deadline = Date().addingTimeInterval(15)
        while got != expected, Date() < deadline {
            usleep(100_000)
            got = resized.capture()
        }
        #expect(got == expected, "seed \(rng.seed), after 200 resizes:\n\(got)\n--- fresh:\n\(expected ?? "")")
        #expect(resized.display("#{pane_dead}") == "0", "lectern is still running")
    }

    /// A size below the minimum shows the too-small notice; growing again shows the explorer.
    @Test func recoversFromATooSmallTerminal() throws {
        let dir = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = HostileTmux(home: dir)
        defer { t.kill() }
        t.start(shellQuote(HostileEnv.binary) + " --no-mouse")
        #expect(t.waitFor { $0.contains("Deep Learning") } != nil)
        t.tmux(["resize-window", "-x", "1", "-y", "1"])
        #expect(t.waitFor { !$0.contains("Deep Learning") } != nil)
        t.tmux(["resize-window", "-x", "97", "-y", "31"])
        let screen = t.waitFor { $0.contains("Sessions") && $0.contains("Deep Learning") }
        #expect(screen != nil, "after 1x1 then 97x31:\n\(t.capture())")
    }

    /// A configuration file of garbage is a usage error naming the file, never a crash or a hang.
    @Test func garbageConfigIsAClearError() throws {
        let dir = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let configDir = dir.appendingPathComponent("config/lectern")
        try FileManager.default.createDirectory(at: configDir, withIntermediateDirectories: true)
        var rng = SeededGenerator(seed: 0xC0F1)
        let samples: [[UInt8]] = [
            Array("[keys]\nquit = [1, {}, \"\u{1B}[2J\"]\n[[x\n".utf8),
            Array("theme = \n\u{0}\u{7}".utf8),
            Array("[,keys]\n".utf8),
            (0..<400).map { _ in UInt8.random(in: 0...255, using: &rng) },
        ]
        for bytes in samples {
            try Data(bytes).write(to: configDir.appendingPathComponent("config.toml"))
            let run = try hostileRun(HostileEnv.binary, ["--no-mouse"],
                                     env: ["XDG_CONFIG_HOME": dir.appendingPathComponent("config").path, "HOME": dir.path],
                                     timeout: 10)
            #expect(!run.timedOut, "seed \(rng.seed)")
            #expect(run.status != 0 && run.status < 128, "seed \(rng.seed), status \(run.status): \(run.stderr)")
            #expect(!run.stderr.contains("\u{1B}"), "seed \(rng.seed): no escape reaches the terminal in the message")
        }
    }

    /// TOMLKit asserts (and aborts lectern) on a table header whose key starts with a non-key
    /// character; a theme file must get a clear error instead.
    @Test(arguments: ["[,roles]\n", "[[ ,x]]\n", "[ ,x]\n"])
    func tableHeaderGarbageIsAnErrorNotACrash(text: String) throws {
        let dir = try HostileEnv.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let run = try hostileRun(HostileEnv.binary, ["themes", "--check", file.path], env: ["SWIFT_BACKTRACE": "enable=no"], timeout: 10)
        #expect(run.status == 65, "status \(run.status): \(run.stderr.prefix(300))")
        #expect(run.stderr.contains("bad.toml:1"), "\(run.stderr.prefix(300))")
    }

    // MARK: odd terminals

    /// Runs `shell` inside tmux (a real terminal) and returns the screen once `EXIT=` shows.
    static func runInTmux(_ shell: String) throws -> String {
        let home = try HostileEnv.tempDir()
        let t = HostileTmux(home: home)
        defer { t.kill(); try? FileManager.default.removeItem(at: home) }
        t.start("bash -c \(shellQuote(shell + "; echo EXIT=$?; sleep 30"))")
        return t.waitFor { $0.contains("EXIT=") } ?? t.capture()
    }

    static func exitCode(in screen: String) -> Int? {
        guard let r = screen.range(of: "EXIT=") else { return nil }
        return Int(screen[r.upperBound...].prefix { $0.isNumber })
    }

    @Test(arguments: ["dumb", "nosuchterm"])
    func unusableTermIsAClearError(term: String) throws {
        let screen = try Self.runInTmux("TERM=\(term) timeout 10 \(shellQuote(HostileEnv.binary))")
        let code = Self.exitCode(in: screen)
        #expect(code == 64 || code == 74, "TERM=\(term): \(screen)")
        #expect(screen.contains("TERM"), "the message names TERM: \(screen)")
    }

    @Test func closedStdinIsAClearError() throws {
        let screen = try Self.runInTmux("timeout 10 \(shellQuote(HostileEnv.binary)) <&-")
        let code = Self.exitCode(in: screen)
        #expect(code == 64 || code == 74, "closed stdin: \(screen)")
        #expect(screen.contains("lectern"), "a message: \(screen)")
    }

    @Test func stdoutNotATerminalIsAClearError() throws {
        let run = try hostileRun(HostileEnv.binary, [], env: ["TERM": "xterm-256color"], timeout: 10)
        #expect(!run.timedOut, "never a hang")
        #expect(run.status == 64 || run.status == 74, "status \(run.status): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
        #expect(run.stdout.isEmpty)
    }
}

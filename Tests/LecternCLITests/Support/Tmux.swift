import Foundation

/// A tmux server of its own (`tmux -L <unique>`) with one pane running an interactive shell, in a
/// private temporary home. Tests type into it and poll what it shows. `shutdown()` kills the server
/// and removes the folder.
final class Tmux {
    let socket: String
    /// The temporary folder: HOME, XDG folders and scripts live here.
    let dir: URL
    let prompt = "lectern-test$"

    /// The package root, found by walking up from this file.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The binary under test: `LECTERN_BIN`, or the debug build.
    static var binary: String {
        if let bin = ProcessInfo.processInfo.environment["LECTERN_BIN"], !bin.isEmpty { return bin }
        return packageRoot.appendingPathComponent(".build/debug/lectern").path
    }

    init(width: Int = 120, height: Int = 40, name: String = #function) throws {
        let unique = "lectern-\(getpid())-\(UUID().uuidString.prefix(8))"
        socket = unique
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(unique)
        for sub in ["home", "config", "data", "state", "cache"] {
            try FileManager.default.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let conf = dir.appendingPathComponent("tmux.conf")
        try """
        set -g default-terminal "tmux-256color"
        set -g status off
        set -g escape-time 0
        set -g history-limit 0

        """.write(to: conf, atomically: true, encoding: .utf8)
        let env = [
            "HOME": path("home"), "XDG_CONFIG_HOME": path("config"), "XDG_DATA_HOME": path("data"),
            "XDG_STATE_HOME": path("state"), "XDG_CACHE_HOME": path("cache"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TZ": "America/Los_Angeles", "PS1": "\(prompt) ", "LECTERN_BIN": Tmux.binary, "D": dir.path,
            "EDITOR": "true",
            // The idle tick (which clears status messages after five seconds) is pushed out to ten
            // minutes: what a test reads off the screen never depends on how busy the machine is.
            "LECTERN_TICK_SECONDS": "600",
        ]
        var args = ["-f", conf.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)"]
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args += ["env", "-u", "COLORTERM", "-u", "NO_COLOR", "-u", "LECTERN_CORPUS", "bash", "--norc", "--noprofile", "-i"]
        let result = tmux(args)
        guard result.status == 0 else {
            throw TmuxError(message: "tmux new-session failed: \(result.output)")
        }
        guard waitUntil({ $0.contains(self.prompt) }) != nil else {
            shutdown()
            throw TmuxError(message: "the shell never showed its prompt")
        }
    }

    /// A path inside the temporary folder.
    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// Writes an executable script into the temporary folder and returns its path.
    func script(_ name: String, _ body: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try ("#!/bin/sh\n" + body).write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o755)
        return url.path
    }

    /// Runs tmux on this server. Spawned directly (not with Foundation's Process, which waits for a
    /// descriptor the server that `new-session` leaves behind would keep open); output goes to a file.
    @discardableResult
    func tmux(_ args: [String]) -> (status: Int32, output: String) {
        let outputPath = dir.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        let status = Tmux.spawnAndWait(["tmux", "-L", socket] + args, outputPath: outputPath)
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (status, String(decoding: data, as: UTF8.self))
    }

    /// Runs `argv` (searched in PATH) with stdin from /dev/null and stdout and stderr to `outputPath`;
    /// returns its exit status (-1 when it could not start).
    static func spawnAndWait(_ argv: [String], outputPath: String) -> Int32 {
        let result = Spawn.run(argv, stdoutPath: outputPath)
        return result.status >= 128 ? -1 : result.status
    }

    /// Sends tmux key names (`Enter`, `Escape`, `C-c`, `j`).
    func send(_ keys: String...) { tmux(["send-keys"] + keys) }
    /// Types text literally.
    func type(_ text: String) { tmux(["send-keys", "-l", text]) }
    /// Types a shell command line and presses Enter.
    func run(_ commandLine: String) {
        type(commandLine)
        send("Enter")
    }

    /// What the pane shows now, one line per row.
    func capture() -> String { tmux(["capture-pane", "-p"]).output }

    /// A tmux format for the pane, e.g. `#{alternate_on}`.
    func format(_ format: String) -> String {
        tmux(["display-message", "-p", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends a mouse event the way xterm reports it in SGR mode (1006), at a 0-based cell:
    /// `ESC [ < button ; x+1 ; y+1 M` (`m` when `release`).
    /// `button`: 0 left, 64 wheel up, 65 wheel down.
    func mouse(button: Int, x: Int, y: Int, release: Bool = false) {
        let report = "\u{1B}[<\(button);\(x + 1);\(y + 1)" + (release ? "m" : "M")
        tmux(["send-keys", "-H"] + report.utf8.map { String(format: "%02x", $0) })
    }

    func resize(width: Int, height: Int) { tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"]) }

    /// Polls the pane until `condition` holds on a settled screen (returns that screen) or the
    /// deadline passes (nil). Settled: the same when captured again a moment later, so a frame that
    /// tmux has only partly received is never taken for the whole of it.
    func waitUntil(timeout: TimeInterval = 20, _ condition: (String) -> Bool) -> String? {
        Tmux.settledScreen(timeout: timeout, capture: capture, condition)
    }

    /// Calls `capture` until what it returns satisfies `condition` and is the same when captured
    /// again 30 ms later (returns it), or `timeout` seconds pass (nil). Every tmux helper waits
    /// through this, so none takes a frame tmux has only partly received for the whole of it.
    static func settledScreen(timeout: TimeInterval, capture: () -> String, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let screen = capture()
            if condition(screen) {
                usleep(30_000)
                if capture() == screen { return screen }
                continue
            }
            usleep(40_000)
        } while Date() < deadline
        return nil
    }

    /// Polls until `text` is on screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) -> Bool {
        waitUntil(timeout: timeout) { $0.contains(text) } != nil
    }

    /// Polls until `text` is no longer on screen.
    @discardableResult
    func waitGone(_ text: String, timeout: TimeInterval = 20) -> Bool {
        waitUntil(timeout: timeout) { !$0.contains(text) } != nil
    }

    /// The last non-empty line on screen.
    func lastLine() -> String {
        capture().split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
    }

    /// The pid of the process the script at `pidFile`'s pid started (lectern under the wrapper script).
    /// The lectern process the script whose pid is in `pidFile` started: a child named as the
    /// binary is, so that a passing `stty` the script runs first is never taken for it.
    func childPID(ofPIDIn pidFile: String) -> Int32? {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let parent = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        let outputPath = dir.appendingPathComponent("pgrep.out").path
        defer { unlink(outputPath) }
        // The kernel keeps the first 15 bytes of a process's name.
        let name = String(URL(fileURLWithPath: Tmux.binary).lastPathComponent.utf8.prefix(15)) ?? "lectern"
        _ = Tmux.spawnAndWait(["pgrep", "-P", "\(parent)", "-x", name], outputPath: outputPath)
        let found = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return found.split(separator: "\n").first.flatMap { Int32($0) }
    }

    func shutdown() {
        Spawn.killTmuxServer(socket, scratch: dir.path)
        try? FileManager.default.removeItem(at: dir)
    }
}

/// tmux could not be started.
struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

import Foundation

/// Runs a program to its end the way every test helper does: `posix_spawn` and `waitpid` (not
/// Foundation's Process, which waits for a descriptor a tmux server left behind keeps open), stdin
/// from /dev/null, output to files, and a clean signal state.
///
/// The clean signal state matters: the test runner's threads block most signals, a spawned process
/// inherits that mask, and a tmux server started with it never sees SIGCHLD or SIGTERM, so
/// `kill-server` cannot end it and it (with the lectern in its pane) outlives the tests.
enum Spawn {
    struct Result {
        var status: Int32
        var timedOut: Bool
    }

    /// Runs `argv` (searched in PATH) with `environment` (this process's when nil); stdout to
    /// `stdoutPath`, stderr to `stderrPath` (or with stdout when nil). Killed after `timeout`
    /// seconds; the status is the exit code, 128 + the signal, or -1 when it could not start.
    static func run(_ argv: [String], environment: [String: String]? = nil, stdoutPath: String, stderrPath: String? = nil,
                    timeout: TimeInterval? = nil) -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let stderrPath {
            posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let env = environment ?? ProcessInfo.processInfo.environment
        let cArgs = argv.map { strdup($0) }
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") }
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = (cArgs + [nil]).withUnsafeBufferPointer { argp in
            (cEnv + [nil]).withUnsafeBufferPointer { envp in
                guard let a = argp.baseAddress, let e = envp.baseAddress else { return Int32(-1) }
                return posix_spawnp(&pid, argv[0], &actions, &attributes, a, e)
            }
        }
        guard spawned == 0 else { return Result(status: -1, timedOut: false) }
        var status: Int32 = 0
        var timedOut = false
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while true {
            let r = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if r == pid { break }
            if r == -1 {
                if errno == EINTR { continue }
                return Result(status: -1, timedOut: false)
            }
            if let deadline, Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1, errno == EINTR {}
                break
            }
            usleep(10_000)
        }
        let code: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code, timedOut: timedOut)
    }

    /// Ends the tmux server on socket `name` (`tmux -L name`) and what runs in its panes: asks with
    /// `kill-server`, kills with SIGKILL whatever is still alive a few seconds later, and removes
    /// the socket file.
    static func killTmuxServer(_ name: String, scratch: String) {
        let out = scratch + "/tmux-kill-\(UUID().uuidString).out"
        defer { unlink(out) }
        func ask(_ args: [String]) -> String {
            _ = run(["tmux", "-L", name] + args, stdoutPath: out, stderrPath: "/dev/null", timeout: 15)
            return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        }
        let facts = ask(["display-message", "-p", "#{pid} #{socket_path}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let server = facts.split(separator: " ", maxSplits: 1).first.flatMap { Int32($0) }
        // Where tmux puts it, for a server that has already ended (its last pane exited).
        let tmpdir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        let socketPath = facts.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init)
            ?? "\(tmpdir)/tmux-\(getuid())/\(name)"
        let panes = ask(["list-panes", "-a", "-F", "#{pane_pid}"]).split(separator: "\n").compactMap { Int32($0) }
        _ = ask(["kill-server"])
        let alive = ([server].compactMap { $0 } + panes).filter { $0 > 1 }
        let deadline = Date().addingTimeInterval(3)
        while alive.contains(where: { kill($0, 0) == 0 }), Date() < deadline { usleep(20_000) }
        for pid in alive where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
        // tmux leaves its socket file behind, after kill-server as after SIGKILL.
        if socketPath.hasSuffix("/" + name) { unlink(socketPath) }
    }
}

// The explorer's first frame, timed as a user sees it: lectern started as a whole process on a
// pseudo-terminal of its own, until the frame's last row (the status line's "? help") has been written.
import Foundation

#if canImport(Glibc)
import Glibc
#endif

// Linux's values on x86-64 and arm64 (the C macros behind them are not imported into Swift).
private let TIOCSPTLCK: UInt = 0x4004_5431
private let TIOCGPTN: UInt = 0x8004_5430
private let POSIX_SPAWN_SETSID: Int32 = 0x80

struct FirstFrameError: Error, CustomStringConvertible {
    var description: String
}

/// Milliseconds from starting `binary` on a new `columns`×`rows` pseudo-terminal until its output
/// has moved to the last row and written `marker` there (the status line's key hint, the frame's
/// last row); then `q` is typed and the process waited for. Throws when it never shows.
func firstFrameMs(binary: String, arguments: [String] = [], environment: [String: String],
                  columns: Int = 120, rows: Int = 40, marker: String = " help", timeout: Double = 20) throws -> Double {
    // /dev/ptmx by hand (the Glibc module does not export posix_openpt): unlock, then ask its number.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0, number: UInt32 = 0
    guard master >= 0, ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
        throw FirstFrameError(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    defer { close(master) }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slavePath = "/dev/pts/\(number)"

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // A new session whose first terminal opened is this one: it becomes the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, master)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSID))

    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }

    var pid: pid_t = 0
    let start = now()
    let spawned = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw FirstFrameError(description: "cannot start \(binary): \(String(cString: strerror(spawned)))") }

    var seen: [UInt8] = []
    let lastRow = Array("\u{1B}[\(rows);1H".utf8), needle = Array(marker.utf8)
    var rowAt: Int?
    var shownAt: UInt64?
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let deadline = start + UInt64(timeout * 1e9)
    while shownAt == nil, now() < deadline {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 50) > 0 else { continue }
        let n = read(master, &buffer, buffer.count)
        guard n > 0 else { break }
        seen += buffer[0..<n]
        if rowAt == nil { rowAt = find(seen, lastRow) }
        if let rowAt, find(seen[rowAt...], needle) != nil { shownAt = now() }
    }
    // Quit as a user does, then make sure the process is gone.
    _ = "q".utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, 1) }
    var status: Int32 = 0
    let quitBy = now() + 5_000_000_000
    while waitpid(pid, &status, WNOHANG) == 0 {
        // Drain what it writes while restoring the terminal, so it never blocks on a full pty.
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if poll(&poller, 1, 20) > 0 { _ = read(master, &buffer, buffer.count) }
        if now() > quitBy {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
            break
        }
    }
    guard let shownAt else {
        let tail = String(decoding: seen.suffix(400), as: UTF8.self).unicodeScalars
            .map { $0.value < 0x20 ? "^" + String(UnicodeScalar($0.value + 0x40)!) : String($0) }.joined()
        throw FirstFrameError(description: "\(binary) never showed “\(marker)” within \(timeout) s; its output ended: \(tail)")
    }
    return ms(shownAt - start)
}

/// Where `needle` starts in `haystack`, if it is there.
private func find(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var i = haystack.startIndex
    while i <= haystack.endIndex - needle.count {
        if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        i += 1
    }
    return nil
}

private func find(_ haystack: [UInt8], _ needle: [UInt8]) -> Int? { find(haystack[...], needle) }

/// The library of every sample schedule plus the bundled corpus, added into a fresh data folder:
/// the explorer's first frame on it, best and median of five whole processes.
func firstFrameRow(samples: String) throws -> (table: String, row: [String: Any]) {
    let home = outDir.appendingPathComponent("first-frame-home")
    try? FileManager.default.removeItem(at: home)
    for sub in ["data", "config", "home"] {
        try FileManager.default.createDirectory(at: home.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    let environment = [
        "HOME": home.appendingPathComponent("home").path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
        "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "TERM": "xterm-256color", "LANG": "C.UTF-8",
        "PATH": "/usr/bin:/bin", "TZ": "Europe/Berlin",
    ]
    let folder = URL(fileURLWithPath: samples).appendingPathComponent("schedules")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
    guard !files.isEmpty else { throw FirstFrameError(description: "no sample schedules in \(folder.path)") }
    var items = 0
    for file in files {
        let (status, _) = try run(lecternBinary, ["library", "add", folder.appendingPathComponent(file).path], in: environment)
        guard status == 0 else { throw FirstFrameError(description: "lectern library add \(file) exited \(status)") }
    }
    let (_, listed) = try run(lecternBinary, ["library", "list", "--json"], in: environment)
    if let entries = try JSONSerialization.jsonObject(with: listed) as? [[String: Any]] {
        items = entries.reduce(0) { $0 + (($1["items"] as? Int) ?? 0) }
    }
    var samplesMs: [Double] = []
    for _ in 0..<5 { samplesMs.append(try firstFrameMs(binary: lecternBinary, environment: environment)) }
    let best = samplesMs.min() ?? 0, median = percentile(samplesMs, 0.5)
    let table = "\nfirst frame (whole process on a pseudo-terminal, 120x40, best / median of 5)\n"
        + "library of \(files.count) sample schedules + bundled (\(items) items): \(fmt(best)) / \(fmt(median)) ms (target under 100 ms)\n"
    return (table, ["library": files + ["bundled"], "items": items, "bestMs": best, "medianMs": median])
}

/// Runs `path` with exactly `environment`: its status and standard output.
func run(_ path: String, _ arguments: [String], in environment: [String: String]) throws -> (status: Int32, out: Data) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    p.environment = environment
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, data)
}

import Foundation
import Testing

/// Signals and a vanished terminal end lectern promptly, even in the middle of a long frame: the
/// terminal is restored and nothing keeps running once its window is gone.
@Suite struct SignalsTUITests {
    /// Waits (polling against a deadline) until `pid` has ended.
    static func ended(_ pid: Int32, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if kill(pid, 0) != 0 { return true }
            usleep(20_000)
        }
        return kill(pid, 0) != 0
    }

    static func lecternPID(_ t: Tmux) -> Int32? {
        // As long as the screen waits elsewhere: a loaded machine starts the shell slowly.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let pid = t.childPID(ofPIDIn: t.path("script.pid")) { return pid }
            usleep(50_000)
        }
        return nil
    }

    /// Every frame computes for ten minutes (`LECTERN_BUSY_FRAME_MS`): a signal can only be acted
    /// on by the watchdog, which restores the terminal and exits with 128 + the signal.
    @Test(arguments: [("TERM", 143), ("INT", 130), ("HUP", 129)])
    func aSignalInTheMiddleOfALongFrameEndsLecternAndRestoresTheTerminal(signal: String, status: Int) throws {
        let t = try Tmux(width: 100, height: 30)
        defer { t.shutdown() }
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("LECTERN_BUSY_FRAME_MS=600000 \(script)")
        let pid = try #require(Self.lecternPID(t), "lectern never started: \(t.capture())")
        defer { if kill(pid, 0) == 0 { kill(pid, SIGKILL) } }
        // curses is on the alternate screen and the first frame is busy.
        #expect(t.waitUntil { _ in t.format("#{alternate_on}") == "1" } != nil, "curses never started: \(t.capture())")
        #expect(Tmux.spawnAndWait(["kill", "-\(signal)", "\(pid)"], outputPath: t.path("kill.out")) == 0)
        #expect(Self.ended(pid), "lectern \(pid) still runs after SIG\(signal)")
        #expect(t.waitFor("lectern exited \(status)"), "\(t.capture())")
        #expect(t.capture().contains("tty restored"), "\(t.capture())")
        #expect(t.format("#{alternate_on}") == "0")
        #expect(t.format("#{cursor_flag}") == "1")
        #expect(t.format("#{mouse_any_flag}") == "0")
    }

    /// Whether `pid` is running on a CPU (not waiting for input): inside a frame.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.range(of: ") ", options: .backwards) else { return false }
        return stat[close.upperBound...].hasPrefix("R")
    }

    /// A signal in the middle of a long frame while a bookmark change waits to be saved: the
    /// watchdog says on stderr what was not saved and exits with 74.
    @Test func aSignalInALongFrameWithAnUnsavedChangeSaysWhatWasNotSaved() throws {
        let t = try Tmux(width: 160, height: 40)
        defer { t.shutdown() }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: t.path("data") + "/lectern"))
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("clear; LECTERN_BUSY_FRAME_MS=4000 \(script)")
        #expect(t.waitFor("Deep Learning Architectures", timeout: 60), "\(t.capture())")
        let pid = try #require(Self.lecternPID(t), "lectern never started: \(t.capture())")
        defer { if kill(pid, 0) == 0 { kill(pid, SIGKILL) } }
        t.send("Tab")
        t.send("b")
        #expect(t.waitFor("Could not save bookmarks", timeout: 60), "\(t.capture())")
        t.send("j")
        let deadline = Date().addingTimeInterval(20)
        while !Self.isRunning(pid), Date() < deadline { usleep(10_000) }
        #expect(Tmux.spawnAndWait(["kill", "-TERM", "\(pid)"], outputPath: t.path("kill.out")) == 0)
        #expect(t.waitFor("lectern exited 74"), "\(t.capture())")
        let screen = t.capture()
        #expect(screen.contains("a signal ended lectern in the middle of a frame"), "\(screen)")
        #expect(screen.contains("not saved: bookmark \"\(BookmarksTUITests.firstTalk)"), "\(screen)")
        #expect(screen.contains("tty restored"), "\(screen)")
        #expect(t.format("#{alternate_on}") == "0")
    }

    /// The tmux server holding lectern is killed: lectern gets SIGHUP and ends, also when it is in
    /// the middle of a long frame, instead of running on with parent 1.
    @Test(arguments: [0, 600_000])
    func killingTheServerEndsLectern(busyMilliseconds: Int) throws {
        let t = try Tmux(width: 100, height: 30)
        defer { t.shutdown() }
        let script = try t.script("run.sh", TUITests.wrapper)
        t.run("LECTERN_BUSY_FRAME_MS=\(busyMilliseconds) \(script)")
        let pid = try #require(Self.lecternPID(t), "lectern never started: \(t.capture())")
        defer { if kill(pid, 0) == 0 { kill(pid, SIGKILL) } }
        if busyMilliseconds == 0 {
            #expect(t.waitFor("Deep Learning Architectures"), "\(t.capture())")
        } else {
            #expect(t.waitUntil { _ in t.format("#{alternate_on}") == "1" } != nil, "curses never started: \(t.capture())")
        }
        t.tmux(["kill-server"])
        #expect(Self.ended(pid), "lectern \(pid) still runs after its terminal went away")
    }

    /// lectern runs in a session of its own (`setsid`), so no SIGHUP reaches it when its window
    /// closes: it sees the terminal hang up on its next read and ends, saving as on q.
    @Test func aTerminalThatHangsUpWithoutSIGHUPEndsLectern() throws {
        let t = try Tmux(width: 100, height: 30)
        defer { t.shutdown() }
        let script = try t.script("run.sh", """
        echo $$ > "$D/script.pid"
        setsid "$LECTERN_BIN" "$@"

        """)
        t.run(script)
        let pid = try #require(Self.lecternPID(t), "lectern never started: \(t.capture())")
        defer { if kill(pid, 0) == 0 { kill(pid, SIGKILL) } }
        #expect(t.waitFor("Deep Learning Architectures"), "\(t.capture())")
        t.tmux(["kill-server"])
        #expect(Self.ended(pid), "lectern \(pid) still runs after its terminal hung up")
    }
}

import CLecternSignals

/// The process's signal handling while curses owns the terminal. The handlers (in C, async-signal-safe)
/// only set flags and wake the event loop through a self-pipe; the crash handler restores the terminal
/// and re-raises. Every call to the C side (`CLecternSignals`) lives in this file.
enum SignalTrap {
    /// Installs the handlers (before curses starts, so curses keeps them).
    static func install() { _ = lectern_install_signal_handlers() }
    /// Starts the watchdog once curses is on screen: a terminating signal the loop has not taken
    /// within 100 ms (a long frame) restores the terminal and ends the process from another thread.
    static func armWatchdog() { lectern_watchdog_arm() }
    /// What the watchdog says on stderr, exiting with 74, while bookmark changes wait to be saved
    /// (empty: nothing waits).
    static func setUnsavedReport(_ report: String) { lectern_set_unsaved_report(report) }
    /// Puts every handled signal back to its default action.
    static func uninstall() { lectern_reset_signal_handlers() }
    /// Whether the crash handler must call `endwin` before dying.
    static func setCursesActive(_ active: Bool) { lectern_set_curses_active(active ? 1 : 0) }
    /// The terminating signal received since the last call, if any.
    static func takeTerminate() -> Int32? {
        let s = lectern_take_terminate()
        return s == 0 ? nil : s
    }
    /// Forgets a Ctrl-C or Ctrl-Z that was meant for a program run while curses was suspended.
    static func discardInterrupts() { lectern_discard_interrupts() }
    static func takeSuspend() -> Bool { lectern_take_suspend() != 0 }
    static func takeResize() -> Bool { lectern_take_resize() != 0 }
    /// From any thread: tells the event loop that work done elsewhere has news, and wakes it.
    static func wakeLoop() { lectern_wake_loop() }
    /// Whether `wakeLoop` was called since the last call.
    static func takeWakeup() -> Bool { lectern_take_wakeup() != 0 }
    /// What waiting for input found.
    enum Wait { case input, hangup, nothing }
    /// Waits for stdin to become readable, the terminal to hang up or a signal to arrive.
    static func waitForInput(timeoutMilliseconds: Int) -> Wait {
        switch lectern_wait_input(Int32(clamping: timeoutMilliseconds)) {
        case 1: return .input
        case 2: return .hangup
        default: return .nothing
        }
    }
    /// Stops the process (SIGTSTP with its default action); returns once continued.
    static func suspendProcess() { lectern_suspend_self() }
}

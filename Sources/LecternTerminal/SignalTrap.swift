import CLecternSignals

/// The process's signal handling while curses owns the terminal. The handlers (in C, async-signal-safe)
/// only set flags and wake the event loop through a self-pipe; the crash handler restores the terminal
/// and re-raises. Every call to the C side (`CLecternSignals`) lives in this file.
enum SignalTrap {
    /// Installs the handlers (before curses starts, so curses keeps them).
    static func install() { _ = lectern_install_signal_handlers() }
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
    /// Waits for stdin to become readable or a signal to arrive; true when input is ready.
    static func waitForInput(timeoutMilliseconds: Int) -> Bool {
        lectern_wait_input(Int32(clamping: timeoutMilliseconds)) == 1
    }
    /// Stops the process (SIGTSTP with its default action); returns once continued.
    static func suspendProcess() { lectern_suspend_self() }
}

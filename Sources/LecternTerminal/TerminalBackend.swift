import LecternCore
import LecternRender

/// An input event read from the terminal.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouseClick(x: Int, y: Int)
    case mouseWheel(x: Int, y: Int, lines: Int)
    case resize(Size)
    /// A signal asked lectern to quit (SIGINT, SIGTERM, SIGHUP); the number is the signal's.
    case terminate(signal: Int32)
    /// Standard input was closed: nothing more will come.
    case endOfInput
    /// Work done off the event loop's thread has news waiting in the loop's `ActionInbox`.
    case wake
}

/// A terminal the run loop can draw on and read from: curses in the program, memory in tests.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// Writes the cells of `grid` that differ from what is on screen.
    func flush(_ grid: CellGrid)
    /// Waits up to `timeoutMilliseconds` (-1: forever) for the next input event.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Leaves the terminal exactly as it was found.
    func restore()
    /// Gives the terminal back to the shell for a while (an external editor runs).
    func suspend()
    /// Takes the terminal again after `suspend()`; the next flush redraws everything.
    func resume()
}

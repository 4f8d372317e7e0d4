import LecternCore
import LecternRender

/// An input event read from the terminal.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouseClick(x: Int, y: Int)
    case mouseWheel(x: Int, y: Int, lines: Int)
    case resize(Size)
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
}

/// What colors the terminal can show, as detected when curses starts.
public enum TerminalColorDepth: String, Hashable, Sendable {
    case trueColor = "truecolor"
    case ansi256 = "256"
    case ansi8 = "8"
    case none
}

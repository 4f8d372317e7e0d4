/// Why the full-screen explorer cannot start on this terminal.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    case notATerminal
    case dumbTerminal
    case termUnset
    case noTerminfo(term: String)
    case cursesFailed

    /// One line for stderr, suggesting the non-interactive commands.
    public var description: String {
        let hint = "use `lectern list` (or search, show) for plain output"
        switch self {
        case .notATerminal: return "not a terminal (stdin and stdout must be a tty); \(hint)"
        case .dumbTerminal: return "TERM=dumb cannot show the explorer; \(hint)"
        case .termUnset: return "TERM is not set; \(hint)"
        case .noTerminfo(let term): return "no terminfo entry for TERM=\(term); \(hint)"
        case .cursesFailed: return "cannot start the terminal screen; \(hint)"
        }
    }
}

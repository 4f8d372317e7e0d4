/// Why the event loop ended.
public enum LoopOutcome: Equatable, Sendable {
    /// The user quit (`q`, or an effect asked to).
    case quit
    /// A terminating signal arrived (SIGINT, SIGTERM, SIGHUP).
    case signal(Int32)
    /// Input ended (the terminal went away).
    case endOfInput
}

import LecternCore

/// What performing an `Effect` led to.
public enum EffectOutcome: Equatable, Sendable {
    /// Follow-up actions to send to the store (maybe none).
    case actions([Action])
    /// Leave the loop.
    case quit
}

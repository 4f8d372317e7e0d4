/// Owns the state, applies actions through `reduce`, and hands the effects to whoever runs them.
public final class Store {
    public private(set) var state: State

    public init(state: State) {
        self.state = state
    }

    /// Applies `action` and returns the effects the run loop must perform.
    @discardableResult
    public func send(_ action: Action) -> [Effect] {
        reduce(&state, action)
    }
}

import Foundation
import LecternCore

/// Actions from work done off the event loop's thread (an index built in the background): any thread
/// posts, the loop takes them after its next event. Posting wakes the loop through `wake`.
public final class ActionInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [Action] = []
    private let wake: @Sendable () -> Void

    /// `wake` makes the waiting loop return from `nextEvent` (the curses backend's self-pipe).
    public init(wake: @escaping @Sendable () -> Void = {}) {
        self.wake = wake
    }

    /// From any thread: leaves `action` for the loop and wakes it.
    public func post(_ action: Action) {
        lock.lock()
        pending.append(action)
        lock.unlock()
        wake()
    }

    /// The actions posted since the last call, in order.
    public func take() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let actions = pending
        pending = []
        return actions
    }
}

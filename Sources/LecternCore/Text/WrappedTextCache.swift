import Foundation

/// Remembers the last few wrapped abstracts, so that redrawing the details pane on every key does
/// not clean, sanitize and wrap a long abstract again. The key is the text itself and the width, so
/// a hit always gives exactly what wrapping would: callers stay pure functions of their inputs.
/// Owned by whoever renders (the run loop keeps one for the explorer's life); nothing is global.
public final class WrappedTextCache: @unchecked Sendable {

    private struct Key: Hashable {
        var text: String
        var width: Int
        /// What the text is (an abstract is cleaned of LaTeX, a title is not): the same text wraps
        /// differently as each.
        var kind: Kind
    }

    /// How a text is wrapped.
    public enum Kind: Hashable, Sendable {
        case abstract, plain
    }

    private let lock = NSLock()
    private let capacity: Int
    private var entries: [Key: WrappedAbstract] = [:]
    private var order: [Key] = []

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The wrapped form of `text` at `width`, from the cache or made by `make` (outside the lock).
    public func wrapped(_ text: String, width: Int, kind: Kind = .abstract, make: () -> WrappedAbstract) -> WrappedAbstract {
        let key = Key(text: text, width: width, kind: kind)
        lock.lock()
        if let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let made = make()
        lock.lock()
        if entries[key] == nil {
            entries[key] = made
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
        }
        lock.unlock()
        return made
    }
}

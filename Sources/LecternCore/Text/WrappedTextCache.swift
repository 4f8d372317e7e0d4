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

    /// The wrapped form of `text` at `width`, at least its first `lines` lines (all of it when the
    /// text has fewer), from the cache or made by `make` (outside the lock), which is asked for a
    /// number of lines. A cached start that is too short is wrapped again to twice its length or
    /// more, so scrolling down a long text line by line costs linear time in all.
    public func wrapped(_ text: String, width: Int, kind: Kind = .abstract, lines: Int = .max,
                        make: (_ maxLines: Int) -> WrappedAbstract) -> WrappedAbstract {
        let key = Key(text: text, width: width, kind: kind)
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let hit = cached, hit.complete || hit.lines.count >= lines { return hit }
        let ask = cached.map { lines == .max ? .max : max(lines, 2 * $0.lines.count) } ?? lines
        let made = make(ask)
        lock.lock()
        if entries[key] == nil { order.append(key) }
        if let old = entries[key], old.complete || old.lines.count >= made.lines.count {
            // Another caller made more meanwhile: keep theirs.
        } else {
            entries[key] = made
        }
        if order.count > capacity { entries[order.removeFirst()] = nil }
        lock.unlock()
        return made
    }

    /// How many lines of `text` at `width` are kept, and whether they are all of it (tests use it
    /// to see that no more is wrapped than the screen shows).
    public func cachedLines(_ text: String, width: Int, kind: Kind = .abstract) -> (count: Int, complete: Bool)? {
        lock.lock()
        defer { lock.unlock() }
        return entries[Key(text: text, width: width, kind: kind)].map { ($0.lines.count, $0.complete) }
    }
}

/// A fixed block of memory for `SimilarityCounts`' tables, reached through a plain pointer so that
/// updating an entry costs no copy-on-write check. Freed with its last reference; whoever holds the
/// pointer must also hold the buffer.
final class CountingBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let capacity: Int

    init(capacity: Int, filledWith value: Element) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        base.initialize(repeating: value, count: capacity)
    }

    /// A buffer of `capacity` holding this one's first `count` elements, the rest `value`.
    func grown(to capacity: Int, keeping count: Int, filledWith value: Element) -> CountingBuffer {
        let fresh = CountingBuffer(capacity: capacity, filledWith: value)
        fresh.base.update(from: base, count: count)
        return fresh
    }

    deinit { base.deallocate() }
}

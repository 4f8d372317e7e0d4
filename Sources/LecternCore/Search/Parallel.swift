import Dispatch
import Foundation

/// Splits index builds over the machine's cores. Every use divides work into independent parts
/// whose results are combined in a fixed order, so what is built never depends on the number of
/// threads or on timing.
enum Parallel {
    /// Parts to split a large job into: one per core, at most 8.
    static let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))

    /// `body(i)` for every i in `0..<count`, run concurrently; the results in order of i.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return count == 1 ? [body(0)] : [] }
        let results = UnsafeMutablePointer<T>.allocate(capacity: count)
        defer { results.deallocate() }
        let slots = UncheckedSendable(results)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                (slots.value + i).initialize(to: work.value(i))
            }
        }
        return Array(UnsafeMutableBufferPointer(start: results, count: count).moveInitializedElements())
    }

    /// Runs `body(i)` for every i in `0..<count` concurrently.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        _ = map(count, body)
    }

    /// `0..<total` cut into `parts` contiguous ranges of nearly equal size (empty ones dropped).
    static func chunks(_ total: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, total))
        return (0..<parts).map { p in (total * p / parts)..<(total * (p + 1) / parts) }
    }

    /// A value the caller promises is used safely across threads (each thread touches its own part).
    struct UncheckedSendable<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}

private extension UnsafeMutableBufferPointer {
    /// Moves the elements out into an array, leaving this memory uninitialized.
    func moveInitializedElements() -> [Element] {
        Array(unsafeUninitializedCapacity: count) { out, n in
            _ = out.moveInitialize(fromContentsOf: self)
            n = count
        }
    }
}

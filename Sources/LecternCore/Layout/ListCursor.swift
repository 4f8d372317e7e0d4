/// The selection and scroll position of a list, kept inside `0..<count`.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int = 0
    /// Index of the first visible entry.
    public var offset: Int = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta`, clamped, and scrolls so it stays within `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected + delta, count: count, visible: visible)
    }

    public mutating func select(_ index: Int, count: Int, visible: Int) {
        guard count > 0 else { self = ListCursor(); return }
        selected = min(max(0, index), count - 1)
        let rows = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = min(max(0, offset), max(0, count - rows))
    }

    /// Re-establishes the invariants after the list or the viewport changed.
    public mutating func clamp(count: Int, visible: Int) {
        select(selected, count: count, visible: visible)
    }
}

/// `ItemChanges` counted while the new items stream past: the old corpus is kept only as a hash of
/// each item (without where it came from) by id, so neither corpus is held whole. Two items count
/// as the same when their hashes are equal (64 bits; a collision would call a change unchanged).
public struct ItemChangesTally {
    private var before: [String: Int] = [:]
    private var seen = Set<String>()
    public private(set) var changes = ItemChanges()

    /// The old items, hashed; the corpus can be let go after this.
    public init(old: Corpus) {
        before.reserveCapacity(old.items.count)
        // The last of a repeated id counts, as in `ItemChanges(from:to:)`.
        for item in old.items {
            before[item.id] = Self.hash(item)
        }
    }

    /// Nothing seen yet: old items come through `addOld`.
    public init() {}

    /// Hashes one old item (the last of a repeated id counts).
    public mutating func addOld(_ item: Item) {
        before[item.id] = Self.hash(item)
    }

    /// Forgets the old items given so far.
    public mutating func resetOld() {
        before = [:]
    }

    /// Counts one new item (a repeated id counts once, as `ItemChanges` does).
    public mutating func see(_ item: Item) {
        guard seen.insert(item.id).inserted else { return }
        guard let previous = before[item.id] else { changes.new += 1; return }
        if previous == Self.hash(item) { changes.unchanged += 1 } else { changes.changed += 1 }
    }

    /// The changes once every new item was seen.
    public var result: ItemChanges {
        var out = changes
        out.gone = before.keys.filter { !seen.contains($0) }.count
        return out
    }

    static func hash(_ item: Item) -> Int {
        var copy = item
        copy.source = Provenance(file: "", line: 0)
        return copy.hashValue
    }
}

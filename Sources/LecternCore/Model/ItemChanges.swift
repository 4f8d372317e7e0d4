/// What re-importing a conference did to its items: how many are new, changed and gone, by id.
/// Where an item came from (file and line) does not count as a change.
public struct ItemChanges: Equatable, Sendable, CustomStringConvertible {
    public var new: Int
    public var changed: Int
    public var gone: Int
    public var unchanged: Int

    public init(new: Int = 0, changed: Int = 0, gone: Int = 0, unchanged: Int = 0) {
        self.new = new
        self.changed = changed
        self.gone = gone
        self.unchanged = unchanged
    }

    /// Compares the items of `old` and `new` by id.
    public init(from old: Corpus, to new: Corpus) {
        var before: [String: Item] = [:]
        for item in old.items { before[item.id] = item }
        self.init()
        var seen = Set<String>()
        for item in new.items where seen.insert(item.id).inserted {
            guard var previous = before[item.id] else { self.new += 1; continue }
            previous.source = item.source
            if previous == item { unchanged += 1 } else { changed += 1 }
        }
        gone = before.keys.filter { !seen.contains($0) }.count
    }

    public var description: String { "\(new) new, \(changed) changed, \(gone) gone" }
}

/// What the explorer knows of the plan beyond the bookmarks, read at the edge and handed in: what
/// the last re-import of each conference changed, and whose imported plans hold which items.
public struct PlanFacts: Equatable, Sendable {
    /// By item id.
    public private(set) var changes: [String: ScheduleChange]
    /// The names of the shared plans (`lectern bookmarks import`) each item is in, by item id.
    public private(set) var owners: [String: [String]]
    /// When each change was recorded (the `library add` that found it), by item id.
    public private(set) var recorded: [String: Timestamp]
    /// The shared plans themselves, by name order (what `P` merges).
    public private(set) var plans: [SharedPlan]
    /// The ids `is:changed` finds (new ones included) and those `is:shared` finds.
    public let changedIds: Set<String>
    public let sharedIds: Set<String>

    public init(changes: [String: ScheduleChange] = [:], owners: [String: [String]] = [:], recorded: [String: Timestamp] = [:],
                plans: [SharedPlan] = []) {
        self.changes = changes
        self.owners = owners
        self.recorded = recorded
        self.plans = plans
        changedIds = Set(changes.keys)
        sharedIds = Set(owners.keys)
    }

    /// `MOVED 10:30→11:30`: the flag a list shows beside a bookmarked item a re-import changed
    /// (a new item is no change to a plan), or nil.
    public func flag(of id: String) -> String? {
        guard let change = changes[id], change.kinds != [.new] else { return nil }
        return change.flag
    }

    /// The change a list flags beside a bookmarked item: a re-import changed it (a new item is no
    /// change to a plan) and the user has not seen it since the change was recorded (a change with
    /// no record time stays flagged until the item is seen at all). Nil otherwise.
    public func unseenChange(of id: String, seen: SeenItems) -> ScheduleChange? {
        guard let change = changes[id], change.kinds != [.new] else { return nil }
        if let at = recorded[id] { return seen.seen(id, since: at) ? nil : change }
        return seen.contains(id) ? nil : change
    }

    /// `flag(of:)` while the change is not seen (`unseenChange`).
    public func flag(of id: String, seen: SeenItems) -> String? {
        unseenChange(of: id, seen: seen)?.flag
    }

    /// `Alex's plan`, `Alex's and Sam's plans`, or nil.
    public func sharedIn(_ id: String) -> String? {
        guard let names = owners[id], !names.isEmpty else { return nil }
        let owned = names.map(Self.possessive)
        return owned.joined(separator: " and ") + (owned.count == 1 ? " plan" : " plans")
    }

    /// `Alex's`, `James'`.
    public static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }
}

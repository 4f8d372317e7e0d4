/// The items the user has seen in the explorer (their details had the focus), and when: newsboat's
/// read state. Pure data: storage lives in `SeenStore`.
///
/// On disk: `{"items": {"<item-id>": "<ISO-8601 time last seen>"}, "version": 1}`.
public struct SeenItems: Codable, Hashable, Sendable {
    public static let formatVersion = 1

    public var version: Int
    /// When each item was last seen (ISO-8601, UTC), by item id. An empty time: seen, not yet saved.
    public var items: [String: String]

    public init(version: Int = SeenItems.formatVersion, items: [String: String] = [:]) {
        self.version = version
        self.items = items
    }

    public init() { self.init(version: SeenItems.formatVersion, items: [:]) }

    public func contains(_ id: String) -> Bool { items[id] != nil }
    public var count: Int { items.count }
    public var ids: Set<String> { Set(items.keys) }

    /// When the item was seen; nil when it was not, or when the time is not known yet.
    public func seenAt(_ id: String) -> Timestamp? { items[id].flatMap(Timestamp.init(iso8601:)) }

    /// True when the item was seen at or after `time` (a time not yet known is now: after).
    public func seen(_ id: String, since time: Timestamp) -> Bool {
        guard let stamp = items[id] else { return false }
        guard let at = Timestamp(iso8601: stamp) else { return true }
        return at.epochSeconds >= time.epochSeconds
    }
}

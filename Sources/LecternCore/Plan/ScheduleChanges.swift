/// What changed in a conference between two imports, item by item: new, cancelled (gone), moved
/// (start, end or room), retitled, speakers changed. `lectern library add` keeps the list when it
/// replaces an entry, `lectern library changes` prints it.
public struct ScheduleChange: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case new, cancelled, moved, retitled, speakers
    }

    /// What a change compares of an item.
    public struct Slot: Codable, Equatable, Sendable {
        public var title: String
        public var authors: [String]
        public var start: Timestamp?
        public var end: Timestamp?
        public var room: String?
    }

    public var id: String
    public var kinds: [Kind]
    /// Nil for a new item.
    public var before: Slot?
    /// Nil for a cancelled one.
    public var after: Slot?

    /// The title now, or the last one known for a cancelled item.
    public var title: String { after?.title ?? before?.title ?? id }

    /// The changes from `old` to `new`, in the new schedule's time order, cancelled items last (in
    /// the old order). Papers (items without a time in both) count only as new or gone.
    public static func between(_ old: Corpus, _ new: Corpus) -> [ScheduleChange] {
        let before = slots(old), after = slots(new)
        var out: [ScheduleChange] = []
        for (id, now) in after.order.map({ ($0, after.byId[$0]!) }) {
            guard let was = before.byId[id] else {
                out.append(ScheduleChange(id: id, kinds: [.new], before: nil, after: now))
                continue
            }
            var kinds: [Kind] = []
            if was.start != now.start || was.end != now.end || was.room != now.room { kinds.append(.moved) }
            if was.title != now.title { kinds.append(.retitled) }
            if was.authors != now.authors { kinds.append(.speakers) }
            if !kinds.isEmpty { out.append(ScheduleChange(id: id, kinds: kinds, before: was, after: now)) }
        }
        for id in before.order where after.byId[id] == nil {
            out.append(ScheduleChange(id: id, kinds: [.cancelled], before: before.byId[id], after: nil))
        }
        return out
    }

    /// The items of `corpus` as slots, by id, in time order (the first of a repeated id wins).
    static func slots(_ corpus: Corpus) -> (byId: [String: Slot], order: [String]) {
        var byId: [String: Slot] = [:]
        var order: [(Int64, Int, String)] = []
        for (k, item) in corpus.items.enumerated() where byId[item.id] == nil {
            byId[item.id] = Slot(title: item.title, authors: item.authors, start: item.start, end: item.end,
                                 room: item.room)
            order.append((item.start?.epochSeconds ?? .max, k, item.id))
        }
        return (byId, order.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2))
    }

    /// `MOVED Sat 14:00→15:30, Saal 1→Saal G`, `CANCELLED`, `RETITLED`, `NEW`, `SPEAKERS`: the
    /// flag a list shows beside a changed item. Times are wall-clock in the schedule's own offset.
    public var flag: String {
        var parts: [String] = []
        for kind in kinds {
            switch kind {
            case .moved:
                var what: [String] = []
                if let a = before?.start, let b = after?.start, a != b {
                    let sameDay = a.wallClock.day == b.wallClock.day && a.wallClock.month == b.wallClock.month
                    what.append(TimeFormatting.clock(a, offset: a.utcOffsetSeconds) + "→" + (sameDay ? "" : CalendarNames.weekday(b.wallClock.weekday) + " ")
                                + TimeFormatting.clock(b, offset: b.utcOffsetSeconds))
                } else if before?.end != after?.end, let b = after?.end {
                    what.append("ends " + TimeFormatting.clock(b, offset: b.utcOffsetSeconds))
                }
                if before?.room != after?.room { what.append((before?.room ?? "no room") + "→" + (after?.room ?? "no room")) }
                parts.append("MOVED " + what.joined(separator: ", "))
            default:
                parts.append(kind.rawValue.uppercased())
            }
        }
        return parts.joined(separator: "; ")
    }
}

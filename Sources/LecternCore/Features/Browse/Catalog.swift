/// The sessions pane's rows and the items of each, derived once from the corpus, for each grouping.
///
/// A schedule is listed the way its attendees think of it: its days in date order, and under each
/// day its rooms (in the order the source lists them), its tracks (by name) or nothing more. With
/// more than one conference each one's header comes first, the newest conference first. The ICML pages, which have no
/// conference, keep their sessions by start time.
public struct Catalog: Equatable, Sendable {
    /// One day of one conference and its sessions (rooms), in room order.
    public struct Day: Hashable, Sendable {
        public var conference: String?
        /// `YYYY-MM-DD` in the conference's own clock.
        public var date: String
        /// Session ids, rooms in the order the source lists them.
        public var sessions: [String]
    }

    /// Rows of the sessions pane grouped by room: sessions (under their days), the papers, the bookmarks.
    public let entries: [SessionsEntry]
    /// Rows grouped by track under each day.
    public let trackEntries: [SessionsEntry]
    /// Rows with one per day.
    public let dayEntries: [SessionsEntry]
    /// Item indices per session id, in slot order.
    public let itemsBySession: [String: [Int]]
    /// Item indices of the conference, day and track rows, by time.
    public let itemsByGroup: [SessionsEntry: [Int]]
    /// Item indices of papers (items without a session) that belong to no named collection.
    public let paperIndices: [Int]
    /// Item indices of the papers of each named collection, in corpus order.
    public let itemsByCollection: [String: [Int]]
    /// The named collection of each paper in one.
    private let collectionOf: [Int: String]
    /// Every conference's days in order, conferences in the order the pane lists them.
    public let days: [Day]
    /// Position in `corpus.sessions` of each session id.
    private let sessionPositions: [String: Int]
    /// The day and track rows each scheduled item is listed under.
    private let groupsOfItem: [Int: (day: SessionsEntry, track: SessionsEntry?)]

    public static func == (a: Catalog, b: Catalog) -> Bool {
        a.entries == b.entries && a.trackEntries == b.trackEntries && a.dayEntries == b.dayEntries
            && a.itemsBySession == b.itemsBySession && a.itemsByGroup == b.itemsByGroup && a.paperIndices == b.paperIndices
            && a.itemsByCollection == b.itemsByCollection
    }

    /// `YYYY-MM-DD` of `time` in its own offset (the conference's clock).
    public static func date(of time: Timestamp) -> String {
        let w = time.wallClock
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(w.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(w.month) + "-" + two(w.day)
    }

    /// `collections`: what the papers of each source file are called (the library's entries of
    /// papers: "CHIL 2024 proceedings"); papers of other files are listed together, as papers.
    public init(corpus: Corpus, collections: [String: String] = [:]) {
        var bySession: [String: [Int]] = [:]
        var papers: [Int] = []
        var byCollection: [String: [Int]] = [:]
        var collectionOrder: [String] = []
        for (i, item) in corpus.items.enumerated() {
            if let s = item.sessionId {
                bySession[s, default: []].append(i)
            } else if let name = collections[item.source.file] {
                if byCollection[name] == nil { collectionOrder.append(name) }
                byCollection[name, default: []].append(i)
            } else {
                papers.append(i)
            }
        }
        itemsByCollection = byCollection
        var collectionOf: [Int: String] = [:]
        for (name, members) in byCollection { for i in members { collectionOf[i] = name } }
        self.collectionOf = collectionOf
        func byTime(_ v: [Int]) -> [Int] {
            v.sorted { a, b in
                let x = corpus.items[a], y = corpus.items[b]
                return (x.start?.epochSeconds ?? .max, a) < (y.start?.epochSeconds ?? .max, b)
            }
        }
        for (k, v) in bySession { bySession[k] = byTime(v) }
        itemsBySession = bySession
        paperIndices = papers
        var positions: [String: Int] = [:]
        for (k, s) in corpus.sessions.enumerated() where positions[s.id] == nil { positions[s.id] = k }
        sessionPositions = positions

        // The conferences, as their sessions first name them, then by start date.
        var blockOrder: [String?] = []
        var blockSessions: [String?: [Int]] = [:]
        for (k, s) in corpus.sessions.enumerated() where positions[s.id] == k {
            if blockSessions[s.conference] == nil { blockOrder.append(s.conference) }
            blockSessions[s.conference, default: []].append(k)
        }
        let startOf = Dictionary((corpus.conferences ?? []).map { ($0.id, $0.start) }, uniquingKeysWith: { a, _ in a })
        let titled = Set((corpus.conferences ?? []).map(\.id))
        // The newest conference first: the one being attended is most likely the last imported.
        let blocks = blockOrder.enumerated().sorted { a, b in
            let x = a.element.flatMap { startOf[$0] } ?? "", y = b.element.flatMap { startOf[$0] } ?? ""
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
        let headers = blocks.count > 1

        var room: [SessionsEntry] = [], track: [SessionsEntry] = [], day: [SessionsEntry] = []
        var groups: [SessionsEntry: [Int]] = [:]
        var days: [Day] = []
        var groupsOfItem: [Int: (day: SessionsEntry, track: SessionsEntry?)] = [:]
        for block in blocks {
            let members = blockSessions[block] ?? []
            if headers, let id = block, titled.contains(id) {
                let header = SessionsEntry.conference(id)
                room.append(header)
                track.append(header)
                day.append(header)
                groups[header] = byTime(members.flatMap { bySession[corpus.sessions[$0].id] ?? [] })
            }
            var roomOrder: [String: Int] = [:]
            for k in members {
                let name = corpus.sessions[k].room ?? corpus.sessions[k].title
                if roomOrder[name] == nil { roomOrder[name] = roomOrder.count }
            }
            var byDay: [String: [Int]] = [:]
            for k in members { byDay[Self.date(of: corpus.sessions[k].start), default: []].append(k) }
            let hasTracks = members.contains { k in
                (bySession[corpus.sessions[k].id] ?? []).contains { corpus.items[$0].track?.isEmpty == false }
            }
            let legacy = block == nil
            for date in byDay.keys.sorted() {
                let sessions = (byDay[date] ?? []).sorted { a, b in
                    let x = corpus.sessions[a], y = corpus.sessions[b]
                    if legacy { return (x.start, x.title, a) < (y.start, y.title, b) }
                    let rx = roomOrder[x.room ?? x.title] ?? .max, ry = roomOrder[y.room ?? y.title] ?? .max
                    return (rx, x.start.epochSeconds, a) < (ry, y.start.epochSeconds, b)
                }
                days.append(Day(conference: block, date: date, sessions: sessions.map { corpus.sessions[$0].id }))
                let dayEntry = SessionsEntry.day(conference: block, date: date)
                let dayItems = byTime(sessions.flatMap { bySession[corpus.sessions[$0].id] ?? [] })
                groups[dayEntry] = dayItems
                day.append(dayEntry)
                if !legacy { room.append(dayEntry) }
                room += sessions.map { .session(corpus.sessions[$0].id) }
                if hasTracks {
                    var byTrack: [String: [Int]] = [:]
                    for i in dayItems { byTrack[corpus.items[i].track ?? "", default: []].append(i) }
                    track.append(dayEntry)
                    let names = byTrack.keys.sorted { a, b in
                        (a.isEmpty ? 1 : 0, a.lowercased(), a) < (b.isEmpty ? 1 : 0, b.lowercased(), b)
                    }
                    for name in names {
                        let entry = SessionsEntry.track(conference: block, date: date, name: name)
                        track.append(entry)
                        groups[entry] = byTrack[name]
                        for i in byTrack[name] ?? [] { groupsOfItem[i] = (dayEntry, entry) }
                    }
                } else {
                    if legacy { track += sessions.map { .session(corpus.sessions[$0].id) } } else { track.append(dayEntry) }
                    for i in dayItems { groupsOfItem[i] = (dayEntry, nil) }
                }
            }
        }
        var tail: [SessionsEntry] = []
        tail += collectionOrder.map { .collection($0) }
        if !papers.isEmpty { tail.append(.trending) }
        tail.append(.bookmarks)
        entries = room + tail
        trackEntries = track + tail
        dayEntries = day + tail
        itemsByGroup = groups
        self.days = days
        self.groupsOfItem = groupsOfItem
    }

    /// The rows of the sessions pane in `grouping`.
    public func entries(_ grouping: SessionsGrouping) -> [SessionsEntry] {
        switch grouping {
        case .room: entries
        case .track: trackEntries
        case .day: dayEntries
        }
    }

    /// The items a session, conference, day or track row lists; nil for the papers and bookmarks.
    public func items(of entry: SessionsEntry) -> [Int]? {
        switch entry {
        case .session(let id): itemsBySession[id] ?? []
        case .conference, .day, .track: itemsByGroup[entry] ?? []
        case .collection(let name): itemsByCollection[name] ?? []
        case .trending, .bookmarks: nil
        }
    }

    /// The rows item `index` may be listed under, most specific first, in `grouping`.
    public func entries(containing index: Int, sessionId: String?, grouping: SessionsGrouping) -> [SessionsEntry] {
        guard let sessionId else { return [collectionOf[index].map { .collection($0) } ?? .trending] }
        let groups = groupsOfItem[index]
        switch grouping {
        case .room: return [.session(sessionId)] + (groups.map { [$0.day] } ?? [])
        case .track: return (groups.flatMap { $0.track }.map { [$0] } ?? []) + [.session(sessionId)] + (groups.map { [$0.day] } ?? [])
        case .day: return (groups.map { [$0.day] } ?? []) + [.session(sessionId)]
        }
    }

    public func session(id: String, in corpus: Corpus) -> Session? { sessionPositions[id].map { corpus.sessions[$0] } }
}

/// Everything the screen shows, as plain values. Changed only by `reduce`.
public struct State: Sendable {
    public var corpus: Corpus
    public var index: SearchIndex
    public var keyMap: KeyMap
    public var size: Size
    public var focus: PaneID = .sessions
    public var sessionsCursor = ListCursor()
    public var itemsCursor = ListCursor()
    public var detailsScroll = 0
    public var search = SearchState()
    public var bookmarks = Bookmarks()
    /// Help overlay, when open: its filter text and cursor.
    public var help: HelpState?
    /// A transient message for the status line.
    public var status: String?
    /// Text waiting for the user to confirm a clipboard write (OSC 52 reaches outside the terminal).
    public var pendingCopy: String?
    /// Narrow layouts: the details pane shown full-width.
    public var detailsZoomed = false
    public var now: Timestamp?
    /// The schedule view (`s`), the related-work panel (`r`) and the people panel (`a`), when open.
    public var schedule: ScheduleState?
    public var related: RelatedState?
    public var people: PeopleState?
    /// The related-work index, once built (off the UI thread, from the first frame on).
    public var similarity: SimilarityIndex?
    /// The related-work index has been asked for (`.buildSimilarityIndex`) and has not arrived yet.
    public var similarityRequested = false
    /// The people of the corpus, built the first time the people panel opens.
    public var peopleIndex: PeopleIndex?
    /// The schedule grid of the corpus, built the first time the schedule opens.
    public var scheduleModel: ScheduleModel?
    /// IANA id of the zone times are shown in (the conference zone is shown beside it).
    public var displayTimeZone: String = TimeFormatting.currentZoneIdentifier

    /// Rows of the sessions pane, derived from the corpus.
    public private(set) var sessionEntries: [SessionsEntry]
    /// Item indices per session id, in slot order.
    public private(set) var itemsBySession: [String: [Int]]
    /// Position in `corpus.sessions` of each session id.
    private let sessionPositions: [String: Int]
    /// Item indices of papers (items without a session).
    public private(set) var paperIndices: [Int]
    /// Item indices shown in the items pane right now.
    public internal(set) var visibleItems: [Int] = []

    public init(corpus: Corpus, size: Size = Size(width: 100, height: 30), keyMap: KeyMap = .defaults, index: SearchIndex? = nil) {
        self.corpus = corpus
        self.index = index ?? SearchIndex(corpus: corpus)
        self.keyMap = keyMap
        self.size = size
        var bySession: [String: [Int]] = [:]
        var papers: [Int] = []
        for (i, item) in corpus.items.enumerated() {
            if let s = item.sessionId { bySession[s, default: []].append(i) } else { papers.append(i) }
        }
        for (k, v) in bySession {
            bySession[k] = v.sorted { a, b in
                let x = corpus.items[a], y = corpus.items[b]
                return (x.start?.epochSeconds ?? .max, a) < (y.start?.epochSeconds ?? .max, b)
            }
        }
        itemsBySession = bySession
        paperIndices = papers
        var positions: [String: Int] = [:]
        for (k, s) in corpus.sessions.enumerated() where positions[s.id] == nil { positions[s.id] = k }
        sessionPositions = positions
        let sessions = corpus.sessions.sorted { ($0.start, $0.title) < ($1.start, $1.title) }
        var entries = sessions.map { SessionsEntry.session($0.id) }
        if !papers.isEmpty { entries.append(.trending) }
        entries.append(.bookmarks)
        sessionEntries = entries
        recomputeVisibleItems()
    }

    /// The entry selected in the sessions pane.
    public var selectedEntry: SessionsEntry? {
        sessionEntries.indices.contains(sessionsCursor.selected) ? sessionEntries[sessionsCursor.selected] : nil
    }

    /// The item selected in the items pane.
    public var selectedItem: Item? {
        guard visibleItems.indices.contains(itemsCursor.selected) else { return nil }
        return corpus.items[visibleItems[itemsCursor.selected]]
    }

    public func session(id: String) -> Session? { sessionPositions[id].map { corpus.sessions[$0] } }

    /// The rows of the help overlay for its current filter (the renderer shows exactly these).
    public var helpBindings: [Binding] { helpBindings(filter: help?.filter ?? "") }

    /// Bindings of the focused pane whose help text, command name or key names contain `filter`, ignoring case.
    public func helpBindings(filter: String) -> [Binding] {
        let all = keyMap.bindings(in: focus)
        guard !filter.isEmpty else { return all }
        return all.filter { b in
            ([b.help, b.command.rawValue] + b.keys.map(\.label) + b.keys.map(\.name)).contains {
                $0.range(of: filter, options: [.caseInsensitive]) != nil
            }
        }
    }

    /// Recomputes `visibleItems` from the selected entry and the search.
    mutating func recomputeVisibleItems() {
        if let results = search.results {
            visibleItems = results
        } else {
            switch selectedEntry {
            case .session(let id)?: visibleItems = itemsBySession[id] ?? []
            case .trending?: visibleItems = paperIndices
            case .bookmarks?: visibleItems = bookmarkedIndices()
            case nil: visibleItems = []
            }
        }
    }

    /// Bookmarked items present in the corpus, talks in time order then papers.
    public func bookmarkedIndices() -> [Int] {
        bookmarks.orderedIndices(in: corpus, index: index)
    }
}

/// The help overlay: typed filter and selection.
public struct HelpState: Hashable, Sendable {
    /// Lines the overlay shows after the key bindings (the search cheat sheet), at most.
    public static let cheatSheetLines = 16
    public var filter: String = ""
    public var cursor = ListCursor()
    public init() {}
}

/// Everything the screen shows, as plain values, composed of the features' own states. Changed only
/// by `reduce`.
public struct State: Equatable, Sendable {
    public var corpus: Corpus
    public var index: SearchIndex
    /// The sessions pane's rows and the items of each, derived from the corpus once.
    public let catalog: Catalog
    public var keyMap: KeyMap
    public var size: Size
    /// What the core needs from the world: the clock, the display zone.
    public var environment: Environment
    /// The three panes: focus, cursors, the details scroll.
    public var browse = BrowseFeature.State()
    /// The search bar.
    public var search = SearchFeature.State()
    /// Bookmarks, priorities and notes, as last loaded or saved (with changes not yet saved applied),
    /// and the changes `u` undoes.
    public var marks = BookmarksFeature.State()
    /// The bookmarks (`marks.bookmarks`).
    public var bookmarks: Bookmarks {
        get { marks.bookmarks }
        set { marks.bookmarks = newValue }
    }
    /// The items seen (their details had the focus) and what `u` undoes of `A`.
    public var seen = SeenFeature.State()
    /// Bookmark changes asked to be saved and not yet written (a failed write is retried with the
    /// next change, and quitting asks first while any are left).
    public var unsavedChanges: [BookmarkChange] = []
    /// What covers the panes and takes the keys, if anything: at most one, by construction.
    public var overlay: Overlay?
    /// A transient message for the status line. Every new message is also kept in `messages`, so
    /// that one cut short or cleared can be read in full with `M`.
    public var status: String? {
        didSet {
            if let status, !status.isEmpty, status != oldValue { messages.record(status) }
        }
    }
    /// Every status message of the session, oldest first (the `M` overlay lists them).
    public var messages = MessagesFeature.Log()
    /// Indexes built on first use (or off the UI thread) and kept.
    public var derived = Derived()

    public init(corpus: Corpus, size: Size = Size(width: 100, height: 30), keyMap: KeyMap = .defaults, index: SearchIndex? = nil,
                environment: Environment = Environment()) {
        self.corpus = corpus
        self.index = index ?? SearchIndex(corpus: corpus)
        self.catalog = Catalog(corpus: corpus, collections: environment.collections)
        self.keyMap = keyMap
        self.size = size
        self.environment = environment
        recomputeVisibleItems()
    }

    /// The layout for the current size.
    public var layout: PaneLayout { PaneLayout(size: size, detailsZoomed: browse.detailsZoomed) }

    // MARK: conveniences for views and tests

    public var focus: PaneID {
        get { browse.focus }
        set { browse.focus = newValue }
    }
    public var detailsScroll: Int {
        get { browse.detailsScroll }
        set { browse.detailsScroll = newValue }
    }
    public var now: Timestamp? {
        get { environment.now }
        set { environment.now = newValue }
    }
    public var displayTimeZone: String {
        get { environment.displayTimeZone }
        set { environment.displayTimeZone = newValue }
    }
    public var sessionsCursor: ListCursor { browse.sessionsCursor }
    public var itemsCursor: ListCursor { browse.itemsCursor }
    public var detailsZoomed: Bool { browse.detailsZoomed }
    public var visibleItems: [Int] { browse.visibleItems }
    /// The rows of the sessions pane, in the grouping chosen with `v`.
    public var sessionEntries: [SessionsEntry] { catalog.entries(browse.grouping) }

    /// The help overlay, when it is open.
    public var help: HelpFeature.State? { if case .help(let h)? = overlay { h } else { nil } }
    public var schedule: ScheduleFeature.State? { if case .schedule(let s)? = overlay { s } else { nil } }
    public var related: RelatedFeature.State? { if case .related(let r)? = overlay { r } else { nil } }
    public var people: PeopleFeature.State? { if case .people(let p)? = overlay { p } else { nil } }
    /// The messages overlay, when it is open.
    public var messagesOverlay: MessagesFeature.State? { if case .messages(let m)? = overlay { m } else { nil } }
    /// The question waiting for its answer, if any.
    public var question: ConfirmFeature.Question? { if case .confirm(let q)? = overlay { q } else { nil } }
    /// The links offered by `o`, while they wait for a digit.
    public var linksOffer: LinksFeature.State? { if case .links(let l)? = overlay { l } else { nil } }
    /// The export prompt while it is open (`x`).
    public var exportPrompt: ExportFeature.State? { if case .export(let e)? = overlay { e } else { nil } }

    /// The entry selected in the sessions pane.
    public var selectedEntry: SessionsEntry? {
        let entries = sessionEntries
        return entries.indices.contains(browse.sessionsCursor.selected) ? entries[browse.sessionsCursor.selected] : nil
    }

    /// Index into `corpus.items` of the selected item.
    public var selectedItemIndex: Int? {
        browse.visibleItems.indices.contains(browse.itemsCursor.selected) ? browse.visibleItems[browse.itemsCursor.selected] : nil
    }

    /// The item selected in the items pane.
    public var selectedItem: Item? { selectedItemIndex.map { corpus.items[$0] } }

    public func session(id: String) -> Session? { catalog.session(id: id, in: corpus) }

    /// The other records of the work `item` is a record of (a talk's paper, a paper's talk), once
    /// the records of each work are known.
    public func otherRecords(of item: Item) -> [Item] {
        guard let sameWork = derived.sameWork, let k = index.itemIndex(id: item.id) else { return [] }
        return sameWork.others(of: k).map { corpus.items[$0] }
    }

    /// `Paper of this talk: CHIL 2024 proceedings [id]`: what `other` is to `item`, and where it is.
    public func sameWorkLine(_ item: Item, _ other: Item) -> String {
        let role = item.start != nil && other.start == nil ? "Paper of this talk"
            : item.start == nil && other.start != nil ? "Talk of this paper" : "Also"
        let place = environment.collections[other.source.file] ?? other.venue
            ?? other.sessionId.flatMap { session(id: $0)?.title } ?? other.source.file
        return "\(role): \(place) [\(other.id)]"
    }

    /// The name a row of the sessions pane shows (and a jump matches): a session's title, a
    /// conference's, a day's (`Saturday 6 February`), a track's.
    public func name(of entry: SessionsEntry) -> String {
        switch entry {
        case .session(let id): return session(id: id)?.title ?? id
        case .conference(let id): return corpus.conferences?.first { $0.id == id }?.title ?? id
        case .day(_, let date): return Self.dayName(date)
        case .track(_, _, let name): return name.isEmpty ? "No track" : name
        case .trending: return "Trending papers"
        case .collection(let name): return name
        case .bookmarks: return "Bookmarks"
        }
    }

    /// `2021-02-06` → `Saturday 6 February`.
    public static func dayName(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return date }
        let t = Timestamp(year: parts[0], month: parts[1], day: parts[2], hour: 12, minute: 0, utcOffsetSeconds: 0)
        return CalendarNames.weekday(t.wallClock.weekday, short: false) + " \(parts[2]) " + CalendarNames.month(parts[1], short: false)
    }

    /// The sections of the help overlay for its current filter (the renderer shows exactly these).
    public var helpSections: [HelpFeature.Section] { helpSections(filter: help?.filter ?? "") }

    /// Every binding, in the help's sections, whose help text, command name or key names contain `filter`.
    public func helpSections(filter: String) -> [HelpFeature.Section] {
        HelpFeature.sections(keyMap, filter: filter)
    }

    /// The bindings the help overlay lists for its current filter.
    public var helpBindings: [Binding] { helpSections.flatMap(\.bindings) }

    /// Bookmarked items present in the corpus, talks in time order then papers.
    public func bookmarkedIndices() -> [Int] {
        bookmarks.orderedIndices(in: corpus, index: index)
    }

    /// Recomputes the items pane from the selected entry and the search.
    /// `results` by start time, the earliest first; items without one (papers) last, in the
    /// order they came.
    static func byTime(_ results: [Int], in corpus: Corpus) -> [Int] {
        let timed = results.enumerated().filter { corpus.items[$0.element].start != nil }
            .sorted { (corpus.items[$0.element].start!, $0.offset) < (corpus.items[$1.element].start!, $1.offset) }
            .map(\.element)
        return timed + results.filter { corpus.items[$0].start == nil }
    }

    mutating func recomputeVisibleItems() {
        if let results = search.results {
            browse.visibleItems = browse.resultsByTime ? Self.byTime(results, in: corpus) : results
        } else {
            switch selectedEntry {
            case .session(let id)?: browse.visibleItems = catalog.itemsBySession[id] ?? []
            case .conference?, .day?, .track?: browse.visibleItems = selectedEntry.flatMap { catalog.items(of: $0) } ?? []
            case .trending?: browse.visibleItems = catalog.paperIndices
            case .collection(let name)?: browse.visibleItems = catalog.itemsByCollection[name] ?? []
            case .bookmarks?: browse.visibleItems = bookmarkedIndices()
            case nil: browse.visibleItems = []
            }
        }
    }
}

extension State {
    /// Indexes of the corpus built on first use and kept for the session.
    public struct Derived: Equatable, Sendable {
        /// The related-work index, once built (off the UI thread, from the first frame on).
        public var similarity: SimilarityIndex?
        /// The related-work index has been asked for and has not arrived yet.
        public var similarityRequested = false
        /// Which records are one work (built off the UI thread, from the first frame on): until it
        /// arrives, search results list every record.
        public var sameWork: SameWork?
        /// The records of one work have been asked for and have not arrived yet.
        public var sameWorkRequested = false
        /// The people of the corpus, built the first time the people panel opens.
        public var people: PeopleIndex?
        /// The schedule's grids, a day each, built the first time the schedule opens.
        public var schedule: [ScheduleModel]?
        public init() {}
    }
}

/// The schedule view, the related-work panel and the people panel: opening them, their keys, and
/// opening an item from them.
extension State {
    /// True when one of the three panels covers the panes.
    public var extrasOpen: Bool { schedule != nil || related != nil || people != nil }

    /// Rows a panel list shows at once (the panel takes the body; border, header and footer aside).
    var extrasVisibleRows: Int { max(1, layout.rect(of: .schedule).height - 5) }

    // MARK: opening

    mutating func openSchedule() {
        let model = scheduleModel ?? ScheduleModel(corpus: corpus)
        scheduleModel = model
        guard !model.rows.isEmpty else {
            status = "No timed talks to schedule"
            return
        }
        var state = ScheduleState(model: model)
        let marks = model.nowAndNext(now)
        // On the day, what runs now (or next) comes first; otherwise the selected talk.
        if let r = marks.now ?? marks.next, let c = model.cells[r].firstIndex(where: { $0 != nil }) {
            state.row = r
            state.column = c
        } else if let selected = selectedItemIndex, let p = model.position(of: selected) {
            state.row = p.row
            state.column = p.column
        } else if let c = model.cells[0].firstIndex(where: { $0 != nil }) {
            state.column = c
        }
        related = nil
        people = nil
        schedule = state
    }

    /// Opens the related-work panel on the selected item; before the index is built, the panel waits
    /// for it (and asks for it, if nothing has yet).
    mutating func openRelated() -> [Effect] {
        guard let source = selectedItemIndex else { return [] }
        people = nil
        guard let similarity else {
            related = RelatedState(source: source, results: [], waiting: true)
            return requestSimilarityIndex()
        }
        related = RelatedState(source: source, results: similarity.similar(to: source, limit: State.relatedLimit))
        if related?.results.isEmpty == true { status = State.nothingRelated }
        return []
    }

    /// How many related items the panel lists.
    static let relatedLimit = 50
    static let nothingRelated = "Nothing shares a key term with this item"

    /// Asks the run loop to build the related-work index, unless it is built or on its way.
    mutating func requestSimilarityIndex() -> [Effect] {
        guard similarity == nil, !similarityRequested else { return [] }
        similarityRequested = true
        return [.buildSimilarityIndex]
    }

    /// Keeps the index that was built, and fills the panel if it is waiting for it.
    mutating func similarityIndexArrived(_ index: SimilarityIndex) {
        similarityRequested = false
        guard index.count == corpus.items.count else { return }
        similarity = index
        guard var r = related, r.waiting else { return }
        r.waiting = false
        r.results = index.similar(to: r.source, limit: State.relatedLimit)
        r.cursor = ListCursor()
        related = r
        if r.results.isEmpty { status = State.nothingRelated }
    }

    mutating func openPeople() {
        guard let source = selectedItemIndex else { return }
        let index = peopleIndex ?? PeopleIndex(corpus: corpus)
        peopleIndex = index
        let item = corpus.items[source]
        var names = item.authors
        if let sid = item.sessionId, let moderator = session(id: sid)?.moderator { names.append(moderator) }
        var seen = Set<String>()
        let found = names.compactMap { index.person(named: $0) }.filter { seen.insert($0.folded).inserted }
        guard !found.isEmpty else {
            status = "No authors listed for this item"
            return
        }
        related = nil
        people = PeopleState(source: source, people: found)
    }

    /// Index into `corpus.items` of the selected item.
    var selectedItemIndex: Int? {
        visibleItems.indices.contains(itemsCursor.selected) ? visibleItems[itemsCursor.selected] : nil
    }

    /// Closes the panels and shows item `index` in its session (or the trending papers), details focused.
    mutating func openItem(_ index: Int) {
        guard corpus.items.indices.contains(index) else { return }
        let item = corpus.items[index]
        let entry: SessionsEntry = item.sessionId.map { .session($0) } ?? .trending
        schedule = nil
        related = nil
        people = nil
        guard let e = sessionEntries.firstIndex(of: entry) else { return }
        selectSession(e)
        if let row = visibleItems.firstIndex(of: index) {
            itemsCursor.select(row, count: visibleItems.count, visible: layout.visibleEntries(of: .items))
        }
        detailsScroll = 0
        if layout.mode == .narrow { detailsZoomed = true }
        focus = .details
    }

    mutating func openSessionEntry(_ id: String) {
        schedule = nil
        related = nil
        people = nil
        if let e = sessionEntries.firstIndex(of: .session(id)) {
            selectSession(e)
            focus = .items
        }
    }

    // MARK: keys

    mutating func handleExtrasKey(_ key: Key) -> [Effect] {
        let command = keyMap.command(for: key, in: .schedule)
        if command == .quit { return [.quit] }
        if schedule != nil { return handleScheduleKey(key, command) }
        if related != nil { return handleRelatedKey(command) }
        return handlePeopleKey(command)
    }

    /// A list move for `command`, or nil when it is not one.
    func listDelta(_ command: Command?) -> Int? {
        let page = extrasVisibleRows
        switch command {
        case .moveUp?: return -1
        case .moveDown?: return 1
        case .pageUp?: return -page
        case .pageDown?: return page
        case .halfPageUp?: return -max(1, page / 2)
        case .halfPageDown?: return max(1, page / 2)
        case .top?: return Int.min / 2
        case .bottom?: return Int.max / 2
        default: return nil
        }
    }

    mutating func handleScheduleKey(_ key: Key, _ command: Command?) -> [Effect] {
        guard var s = schedule else { return [] }
        switch command {
        case .back?, .schedule?:
            schedule = nil
            return []
        case .open?:
            if let i = s.selectedItem { openItem(i) }
            return []
        case .toggleBookmark?:
            if let i = s.selectedItem { return toggleBookmark(corpus.items[i].id) }
            return []
        case .paneLeft?, .previousPane?, .paneRight?, .nextPane?:
            let step = (command == .paneLeft || command == .previousPane) ? -1 : 1
            var c = s.column + step
            while s.model.columns.indices.contains(c), s.model.filledRows(in: c).isEmpty { c += step }
            guard s.model.columns.indices.contains(c) else { return [] }
            let at = s.model.rows[s.row]
            let rows = s.model.filledRows(in: c)
            if let nearest = rows.min(by: { abs(s.model.rows[$0].epochSeconds - at.epochSeconds) < abs(s.model.rows[$1].epochSeconds - at.epochSeconds) }) {
                s.column = c
                s.row = nearest
            }
        default:
            guard let delta = listDelta(command) else { return [] }
            let rows = s.model.filledRows(in: s.column)
            guard let here = rows.firstIndex(of: s.row) ?? rows.firstIndex(where: { $0 > s.row }) else { return [] }
            let target = delta > Int.max / 4 ? rows.count - 1 : delta < Int.min / 4 ? 0 : min(max(0, here + delta), rows.count - 1)
            s.row = rows[target]
        }
        schedule = s
        return []
    }

    mutating func handleRelatedKey(_ command: Command?) -> [Effect] {
        guard var r = related else { return [] }
        switch command {
        case .back?, .related?:
            related = nil
            return []
        case .open?:
            if r.results.indices.contains(r.cursor.selected) { openItem(r.results[r.cursor.selected].index) }
            return []
        case .toggleBookmark?:
            if r.results.indices.contains(r.cursor.selected) { return toggleBookmark(corpus.items[r.results[r.cursor.selected].index].id) }
            return []
        default:
            guard let delta = listDelta(command) else { return [] }
            let target = delta > Int.max / 4 ? r.results.count - 1 : delta < Int.min / 4 ? 0 : r.cursor.selected + delta
            r.cursor.select(target, count: r.results.count, visible: extrasVisibleRows)
        }
        related = r
        return []
    }

    mutating func handlePeopleKey(_ command: Command?) -> [Effect] {
        guard var p = people else { return [] }
        switch command {
        case .back?, .people?:
            if p.chosen != nil, command == .back {
                p.chosen = nil
                p.workCursor = ListCursor()
            } else {
                people = nil
                return []
            }
        case .open?:
            if let chosen = p.chosen {
                _ = chosen
                let work = p.work
                guard work.indices.contains(p.workCursor.selected) else { return [] }
                switch work[p.workCursor.selected] {
                case .item(let i): openItem(i)
                case .session(let id): openSessionEntry(id)
                }
                return []
            }
            if p.people.indices.contains(p.cursor.selected) {
                p.chosen = p.cursor.selected
                p.workCursor = ListCursor()
            }
        default:
            guard let delta = listDelta(command) else { return [] }
            if p.chosen != nil {
                let count = p.work.count
                let target = delta > Int.max / 4 ? count - 1 : delta < Int.min / 4 ? 0 : p.workCursor.selected + delta
                p.workCursor.select(target, count: count, visible: extrasVisibleRows)
            } else {
                let count = p.people.count
                let target = delta > Int.max / 4 ? count - 1 : delta < Int.min / 4 ? 0 : p.cursor.selected + delta
                p.cursor.select(target, count: count, visible: extrasVisibleRows)
            }
        }
        people = p
        return []
    }
}

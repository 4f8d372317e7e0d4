/// The one place state changes: routes each action to the feature it concerns and composes what
/// the features report back. Pure: no I/O; side effects are returned as values. After any action,
/// an item whose details have the focus is seen.
public func reduce(_ state: inout State, _ action: Action) -> [Effect] {
    let effects = reduceAction(&state, action)
    return effects + state.noteSeen()
}

private func reduceAction(_ state: inout State, _ action: Action) -> [Effect] {
    switch action {
    case .keyPressed(let key):
        return state.route(key)
    case .terminalResized(let size):
        state.size = size
        state.browseAction(.laidOut)
        return []
    case .tick(let now):
        state.environment.now = now
        // A tick comes after seconds without input: a message has been read by then. A question
        // still waiting for its answer stays.
        if state.question == nil, state.exportPrompt == nil, state.linksOffer == nil { state.status = nil }
        return []
    case .firstFrameDrawn:
        return state.requestSimilarityIndex() + state.requestSameWork()
    case .sameWorkFound(let sameWork, let count):
        guard count == state.corpus.items.count else { return [] }
        state.derived.sameWork = sameWork
        state.derived.sameWorkRequested = false
        state.refreshSearch()
        return []
    case .similarityIndexBuilt(let index):
        state.derived.similarityRequested = false
        guard index.count == state.corpus.items.count else { return [] }
        state.derived.similarity = index
        if case .related(var r)? = state.overlay {
            if let message = RelatedFeature.reduce(&r, .indexArrived(index)) { state.status = message }
            state.overlay = .related(r)
        }
        return []
    case .bookmarks(let a):
        return state.bookmarksAction(a)
    case .seen(let a):
        return state.seenAction(a)
    case .bookmarksChangedOnDisk(let disk):
        // What is not saved yet stays, applied on top of the file.
        return state.bookmarksAction(.changedOnDisk(disk, unsaved: state.unsavedChanges))
    case .noteEdited(let id, let note):
        let title = state.index.itemIndex(id: id).map { state.corpus.items[$0].title } ?? id
        return state.bookmarksAction(.noteEdited(id, title: title, note: note))
    case .mouseClicked(let x, let y):
        state.browseAction(.clicked(x: x, y: y))
        return []
    case .mouseScrolled(let x, let y, let lines):
        state.browseAction(.wheeled(x: x, y: y, lines: lines))
        return []
    case .exportWouldOverwrite(let format, let input, let path):
        let question = ConfirmFeature.Question.overwriteExport(format, input, path: path)
        state.overlay = .confirm(question)
        state.status = question.prompt
        return []
    case .effectFinished(let message), .effectFailed(let message):
        state.status = message
        return []
    }
}

extension State {
    // MARK: keys

    /// A key, and what it does to the status line: a message stays until the next key that changes
    /// what the screen shows (a move, a search, an overlay opened or closed) and that key clears it,
    /// unless the key says something itself. The message stays readable in full with `M`.
    mutating func route(_ key: Key) -> [Effect] {
        let before = (browse: browse, search: search, overlay: overlay, status: status)
        let effects = takeKey(key)
        if status != nil, status == before.status, question == nil,
           browse != before.browse || search != before.search || overlay != before.overlay {
            status = nil
        }
        return effects
    }

    /// Who takes a key: the too-small screen, a question, the overlay, the search bar, or the
    /// panes, each resolving it through the key map in its own context.
    mutating func takeKey(_ key: Key) -> [Effect] {
        // Esc and a key typed quickly after it read as Alt with that key; where no Alt key is
        // bound they are the two keys they were.
        if case .alt(let c) = key, keyMap.command(for: key, in: keyContext) == nil {
            let effects = takeKey(.escape)
            return effects.contains(.quit) ? effects : effects + takeKey(.char(c))
        }
        if layout.mode == .tooSmall {
            return keyMap.command(for: key, in: .tooSmall) == .quit ? [.quit] : []
        }
        switch overlay {
        case .confirm(let question)?:
            let yes = keyMap.command(for: key, in: .confirm) == .answerYes
            overlay = nil
            if yes, case .mergePlan(let owner, let additions) = question { return bookmarksAction(.planMerged(owner, additions)) }
            let (effects, message) = ConfirmFeature.reduce(question, .answered(yes: yes))
            status = message
            return effects
        case .help(var help)?:
            let command = keyMap.command(for: key, in: HelpFeature.context(help))
            switch command {
            case .quit?: return [.quit]
            case .help? where !help.filtering:
                overlay = nil
                return []
            default:
                let rows = max(1, layout.overlay.height - 2)
                let lines = HelpFeature.lineCount(helpSections(filter: help.filter)) + HelpFeature.State.cheatSheetLines
                if let a = HelpFeature.action(for: command, key: key, filtering: help.filtering, lines: lines, rows: rows) {
                    HelpFeature.reduce(&help, a)
                }
                overlay = .help(help)
                return []
            }
        case .schedule?, .related?, .people?:
            return panelKey(keyMap.command(for: key, in: .panel))
        case .links(let offer)?:
            overlay = nil
            let (effects, message) = LinksFeature.answer(offer, key: key)
            status = message
            return effects
        case .export(var prompt)?:
            // The path is typed like a query: the search bar's keys edit it.
            guard let a = ExportFeature.action(for: keyMap.command(for: key, in: KeyContext.search), key: key) else { return [] }
            switch ExportFeature.reduce(&prompt, a) {
            case .open:
                overlay = .export(prompt)
                status = prompt.prompt
                return []
            case .closed(let effects, let message):
                overlay = nil
                status = message
                return effects
            }
        case .messages(var m)?:
            let command = keyMap.command(for: key, in: .messages)
            switch command {
            case .quit?: return perform(.quit)
            case .messages?: overlay = nil
            default:
                let area = layout.overlay
                let lines = MessagesFeature.lines(messages, width: MessagesFeature.textWidth(in: area)).count
                let rows = MessagesFeature.rows(in: area)
                if let move = ListMove(command, page: rows) { MessagesFeature.reduce(&m, .scrolled(move, lines: lines, rows: rows)) }
                overlay = .messages(m)
            }
            return []
        case nil:
            break
        }
        if browse.jump != nil {
            let command = keyMap.command(for: key, in: .jump)
            if command == .quit { return [.quit] }
            jumpKey(command, key: key)
            return []
        }
        if browse.focus == .search && search.editing {
            let command = keyMap.command(for: key, in: KeyContext.search)
            if command == .quit { return [.quit] }
            if let a = SearchFeature.action(for: command, key: key) { searchAction(a) }
            return []
        }
        guard let command = keyMap.command(for: key, in: browse.focus) else { return [] }
        return perform(command)
    }

    /// The context the next key is looked up in.
    var keyContext: KeyContext {
        if layout.mode == .tooSmall { return .tooSmall }
        switch overlay {
        case .confirm?: return .confirm
        case .help(let h)?: return HelpFeature.context(h)
        case .schedule?, .related?, .people?: return .panel
        case .export?: return .search
        case .links?: return .confirm
        case .messages?: return .messages
        case nil:
            if browse.jump != nil { return .jump }
            return browse.focus == .search && search.editing ? .search : KeyContext(browse.focus)
        }
    }

    /// A command in the panes.
    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .quit:
            guard unsavedChanges.isEmpty else {
                let question = ConfirmFeature.Question.quitUnsaved(unsavedChanges.count)
                overlay = .confirm(question)
                status = question.prompt
                return []
            }
            return [.quit]
        case .help:
            overlay = .help(HelpFeature.State())
        case .messages:
            overlay = .messages(MessagesFeature.State())
        case .focusSearch:
            browse.focus = .search
            searchAction(.focused)
        case .toggleBookmark:
            if !browse.marked.isEmpty { return bookmarksAction(.toggledAll(markedTargets)) }
            if let item = selectedItem { return bookmarksAction(.toggled(item.id, title: item.title)) }
        case .cyclePriority:
            if !browse.marked.isEmpty { return bookmarksAction(.priorityCycledAll(markedTargets)) }
            if let item = selectedItem { return bookmarksAction(.priorityCycled(item.id)) }
        case .toggleMark:
            toggleMark()
        case .toggleOrder:
            toggleResultsOrder()
        case .undo:
            return undo()
        case .toggleSeen:
            return seenAction(.toggledAll(browse.visibleItems.map { corpus.items[$0].id }, place: .init(marks.undo)))
        case .mergePlan:
            askToMergePlan()
        case .editNote:
            if let item = selectedItem { return [.editNote(itemId: item.id, current: bookmarks[item.id]?.note ?? "")] }
        case .copy:
            if let item = selectedItem {
                let question = ConfirmFeature.Question.copy("\(item.title) [\(item.id)]")
                overlay = .confirm(question)
                status = question.prompt
            }
        case .openURL:
            if let item = selectedItem {
                // The source's own links (event page, recording, slides) first, then those of the
                // abstract as the LaTeX cleaner finds them (the sentence's closing punctuation left out).
                let links = LinksFeature.links(of: item, others: otherRecords(of: item))
                guard let first = links.first else {
                    status = "No link in this item"
                    return []
                }
                guard links.count > 1 else { return [.openURL(first.url)] }
                let offer = LinksFeature.State(links: links)
                overlay = .links(offer)
                status = offer.prompt
            }
        case .export:
            // What is on screen is what is exported: never the results of an earlier, valid query.
            if search.isActive, let error = search.error {
                status = "Not exported: the query is invalid (\(error.message))"
                return []
            }
            let (input, name) = ExportRunner.input(for: self)
            let prompt = ExportFeature.State(input: input, baseName: name)
            overlay = .export(prompt)
            status = prompt.prompt
        case .schedule: openSchedule()
        case .cycleGrouping: cycleGrouping()
        case .jumpToName: startJump()
        case .related: return openRelated()
        case .people: openPeople()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        default:
            let page = layout.visibleEntries(of: browse.focus)
            if let a = BrowseFeature.action(for: command, page: page) { browseAction(a) }
        }
        return []
    }

    // MARK: composing the features

    /// Runs a browse action and what it asks of the search and the items pane.
    mutating func browseAction(_ action: BrowseFeature.Action) {
        let context = BrowseFeature.Context(layout: layout, sessionCount: sessionEntries.count, searchActive: search.isActive,
                                            detailsLineCount: { [self] in detailsLineCount(lines: $0) })
        let out = BrowseFeature.reduce(&browse, action, context)
        if out.sessionChanged {
            browse.marked = []
            if search.isActive { SearchFeature.apply("", to: &search, searchContext) }
            recomputeVisibleItems()
            browse.itemsCursor = ListCursor()
            browse.detailsScroll = 0
        }
        if out.itemsRecomputed { recomputeVisibleItems() }
        if out.marksCleared { status = "Cleared the marks" }
        if out.searchCleared { searchAction(.cleared) }
        if out.searchFocused { searchAction(.focused) }
    }

    /// Runs a search action; new results show in the items pane from the top.
    mutating func searchAction(_ action: SearchFeature.Action) {
        let out = SearchFeature.reduce(&search, action, searchContext)
        if out.searched {
            browse.marked = []
            recomputeVisibleItems()
            browse.itemsCursor.select(0, count: browse.visibleItems.count, visible: layout.visibleEntries(of: .items))
            browse.detailsScroll = 0
        }
        if out.left { browse.focus = .items }
    }

    var searchContext: SearchFeature.Context {
        SearchFeature.Context(index: index, bookmarks: bookmarks, clock: environment.clock, timeZone: environment.displayTimeZone,
                              now: environment.now, plan: environment.plan, sameWork: derived.sameWork, seen: seen.seen)
    }

    /// Runs a bookmarks action; the bookmarks list keeps its selection on the same item.
    mutating func bookmarksAction(_ action: BookmarksFeature.Action) -> [Effect] {
        let (effects, message) = BookmarksFeature.reduce(&marks, action)
        if let message { status = message }
        for case .persistBookmarkChange(let change) in effects { unsavedChanges.append(change) }
        if case .saved = action { unsavedChanges = [] }
        if BookmarksFeature.changesList(action), selectedEntry == .bookmarks, search.results == nil {
            let selectedId = selectedItem?.id
            recomputeVisibleItems()
            // Marks stay only on what is still listed.
            let listed = Set(browse.visibleItems.map { corpus.items[$0].id })
            browse.marked.formIntersection(listed)
            let i = selectedId.flatMap { id in browse.visibleItems.firstIndex { corpus.items[$0].id == id } } ?? browse.itemsCursor.selected
            browse.itemsCursor.select(i, count: browse.visibleItems.count, visible: layout.visibleEntries(of: .items))
        }
        return effects
    }

    /// Runs a seen action.
    mutating func seenAction(_ action: SeenFeature.Action) -> [Effect] {
        let (effects, message) = SeenFeature.reduce(&seen, action)
        if let message { status = message }
        return effects
    }

    /// After an action: the item whose details have the focus (and nothing covers them) is seen.
    mutating func noteSeen() -> [Effect] {
        guard seen.tracking, overlay == nil, browse.focus == .details, let item = selectedItem, !seen.isSeen(item.id) else { return [] }
        return seenAction(.viewed(item.id))
    }

    /// `u`: the latest change, of the bookmarks or of what is seen.
    mutating func undo() -> [Effect] {
        SeenFeature.isLatest(seen, bookmarksUndo: marks.undo) ? seenAction(.undone) : bookmarksAction(.undone)
    }

    /// `P`: asks whether to add the bookmarks a shared plan would add: the plan of the selected
    /// item, or the only one imported.
    mutating func askToMergePlan() {
        let plans = environment.plan.plans
        guard !plans.isEmpty else {
            status = "No shared plan is imported: lectern bookmarks import FILE reads one"
            return
        }
        let owners = selectedItem.flatMap { environment.plan.owners[$0.id] } ?? []
        guard let plan = plans.first(where: { owners.contains($0.name) }) ?? (plans.count == 1 ? plans.first : nil) else {
            status = "Plans of \(plans.map(\.name).joined(separator: ", ")) are imported: select an item of the one to merge, then P"
            return
        }
        let additions = plan.additions(to: bookmarks)
        guard !additions.isEmpty else {
            status = "Nothing to add: every item of \(PlanFacts.possessive(plan.name)) plan is bookmarked already"
            return
        }
        let question = ConfirmFeature.Question.mergePlan(plan.name, additions)
        overlay = .confirm(question)
        status = question.prompt
    }

    // MARK: marks and the order of results

    /// The marked items in the order they are listed.
    var markedIndices: [Int] {
        browse.visibleItems.filter { browse.marked.contains(corpus.items[$0].id) }
    }

    var markedTargets: [BookmarksFeature.Target] {
        markedIndices.map { BookmarksFeature.Target(id: corpus.items[$0].id, title: corpus.items[$0].title) }
    }

    /// Space: the selected item is marked (or unmarked) and the selection moves down one.
    mutating func toggleMark() {
        guard let item = selectedItem else { return }
        if browse.marked.remove(item.id) == nil { browse.marked.insert(item.id) }
        // In the details the next item opens, as it would after `j` in the list.
        let next = browse.itemsCursor.selected + 1
        if browse.focus == .items { browseAction(.moved(.by(1))) } else if next < browse.visibleItems.count { browseAction(.itemSelected(next)) }
        let n = browse.marked.count
        status = n == 0 ? "No marked items" : "\(n == 1 ? "1 item" : "\(n) items") marked: b, B and x act on them; Esc clears"
    }

    /// Runs the search again (what it reads has changed); the selection stays on its item, or on
    /// the record its work is now listed at.
    mutating func refreshSearch() {
        guard search.results != nil else { return }
        let selected = selectedItemIndex, cursor = search.cursor
        SearchFeature.apply(search.query, to: &search, searchContext)
        search.cursor = cursor
        recomputeVisibleItems()
        reselect(selected)
    }

    /// After the list was rebuilt: the selection back on item `selected`, or on another record of
    /// its work when the list shows that one instead; the first row when neither is listed.
    mutating func reselect(_ selected: Int?) {
        let records = selected.map { [$0] + (derived.sameWork?.others(of: $0) ?? []) } ?? []
        let i = browse.visibleItems.firstIndex { records.contains($0) } ?? 0
        browse.itemsCursor.select(i, count: browse.visibleItems.count, visible: layout.visibleEntries(of: .items))
    }

    /// Search results by start time (papers last) or by relevance; the selection stays on its item.
    mutating func toggleResultsOrder() {
        browse.resultsByTime.toggle()
        guard search.results != nil else {
            status = browse.resultsByTime ? "Search results will be by time" : "Search results will be by relevance"
            return
        }
        let selected = selectedItemIndex
        recomputeVisibleItems()
        reselect(selected)
        status = browse.resultsByTime ? "Results by time" : "Results by relevance"
    }

    /// Rows of the details pane's text for the selected item: all of them, or, for a long text,
    /// at least `lines` (only that much is wrapped).
    func detailsLineCount(lines: Int = .max) -> Int {
        guard let item = selectedItem else { return 0 }
        return DetailsText(item: item, state: self, width: DetailsText.textWidth(ofPane: layout.details), cache: environment.wrapCache, lines: lines).lineCount
    }

    // MARK: the panels

    /// A key in the schedule or a panel: its own moves, or what it asks of the panes.
    mutating func panelKey(_ command: Command?) -> [Effect] {
        if command == .quit { return perform(.quit) }
        if command == .undo { return undo() }
        if command == .messages { return perform(.messages) }
        let rows = panelRows
        switch overlay {
        case .schedule(var s)?:
            if let effects = itemPanelKey(command, own: .schedule, selected: s.selectedItem) { return effects }
            let visible = ScheduleFeature.columnsThatFit(width: layout.overlay.width - 2)
            if let a = ScheduleFeature.action(for: command, page: rows, visible: visible), let message = ScheduleFeature.reduce(&s, a) {
                status = message
            }
            if command == .previousDay || command == .nextDay {
                // A new day starts on the screen of rooms that holds its cursor.
                s.firstColumn = ScheduleFeature.page(of: s.column, visible: visible, count: s.model.columns.count)
            }
            overlay = .schedule(s)
        case .related(var r)?:
            if let effects = itemPanelKey(command, own: .related, selected: r.selectedItem) { return effects }
            if let move = ListMove(command, page: rows) { _ = RelatedFeature.reduce(&r, .moved(move, visible: rows)) }
            overlay = .related(r)
        case .people(var p)?:
            switch command {
            case .back? where p.chosen != nil:
                PeopleFeature.reduce(&p, .personLeft)
                overlay = .people(p)
            case .back?, .people?:
                overlay = nil
            case .open? where p.chosen != nil:
                switch p.selectedWork {
                case .item(let i)?: openItem(i)
                case .session(let id)?: openSessionEntry(id)
                case nil: break
                }
            case .open?:
                PeopleFeature.reduce(&p, .personChosen)
                overlay = .people(p)
            default:
                if let move = ListMove(command, page: rows) { PeopleFeature.reduce(&p, .moved(move, visible: rows)) }
                overlay = .people(p)
            }
        default:
            break
        }
        return []
    }

    /// The keys the schedule and the related-work panel share: their own key or Esc closes them,
    /// Enter opens the selected item, `b` bookmarks it; nil for any other key.
    mutating func itemPanelKey(_ command: Command?, own: Command, selected: Int?) -> [Effect]? {
        switch command {
        case .back?, own?:
            overlay = nil
            return []
        case .open?:
            if let selected { openItem(selected) }
            return []
        case .toggleBookmark?:
            return selected.map { toggleBookmark(at: $0) } ?? []
        default:
            return nil
        }
    }

    /// Rows a panel list shows at once (the panel takes the body; border, header and footer aside).
    var panelRows: Int { max(1, layout.overlay.height - 5) }

    mutating func toggleBookmark(at index: Int) -> [Effect] {
        let item = corpus.items[index]
        return bookmarksAction(.toggled(item.id, title: item.title))
    }

    mutating func openSchedule() {
        let days = derived.schedule ?? ScheduleModel.days(corpus: corpus, catalog: catalog)
        derived.schedule = days
        guard var schedule = ScheduleFeature.open(days: days, now: environment.now, selected: selectedItemIndex) else {
            status = "No timed talks to schedule"
            return
        }
        schedule.firstColumn = ScheduleFeature.page(of: schedule.column, visible: ScheduleFeature.columnsThatFit(width: layout.overlay.width - 2),
                                                    count: schedule.model.columns.count)
        overlay = .schedule(schedule)
    }

    /// Opens the related-work panel on the selected item; before the index is built, the panel
    /// waits for it (and asks for it, if nothing has yet).
    mutating func openRelated() -> [Effect] {
        guard let source = selectedItemIndex else { return [] }
        let panel = RelatedFeature.open(source, similarity: derived.similarity)
        overlay = .related(panel)
        if panel.waiting { return requestSimilarityIndex() }
        if panel.results.isEmpty { status = RelatedFeature.nothingRelated }
        return []
    }

    /// Asks the run loop to build the related-work index, unless it is built or on its way.
    mutating func requestSimilarityIndex() -> [Effect] {
        guard derived.similarity == nil, !derived.similarityRequested else { return [] }
        derived.similarityRequested = true
        return [.buildSimilarityIndex(corpus)]
    }

    /// The records of each work, found off the UI thread; until they arrive search lists every record.
    mutating func requestSameWork() -> [Effect] {
        guard derived.sameWork == nil, !derived.sameWorkRequested else { return [] }
        derived.sameWorkRequested = true
        return [.findSameWork(corpus)]
    }

    mutating func openPeople() {
        guard let source = selectedItemIndex else { return }
        let index = derived.people ?? PeopleIndex(corpus: corpus)
        derived.people = index
        let item = corpus.items[source]
        var names = item.authors
        if let sid = item.sessionId, let moderator = session(id: sid)?.moderator { names.append(moderator) }
        guard let panel = PeopleFeature.open(source, names: names, index: index) else {
            status = "No authors listed for this item"
            return
        }
        overlay = .people(panel)
    }

    /// Closes the overlay and shows item `index` in its session (or the trending papers), details focused.
    mutating func openItem(_ index: Int) {
        guard corpus.items.indices.contains(index) else { return }
        let item = corpus.items[index]
        overlay = nil
        let entries = sessionEntries
        let candidates = catalog.entries(containing: index, sessionId: item.sessionId, grouping: browse.grouping)
        guard let e = candidates.lazy.compactMap({ entries.firstIndex(of: $0) }).first else { return }
        browseAction(.sessionSelected(e))
        if let row = browse.visibleItems.firstIndex(of: index) { browseAction(.itemSelected(row)) }
        browse.detailsScroll = 0
        if layout.mode == .narrow { browse.detailsZoomed = true }
        browse.focus = .details
    }

    mutating func openSessionEntry(_ id: String) {
        overlay = nil
        let entries = sessionEntries
        let first = catalog.itemsBySession[id]?.first
        let candidates = first.map { catalog.entries(containing: $0, sessionId: id, grouping: browse.grouping) } ?? [.session(id)]
        if let e = candidates.lazy.compactMap({ entries.firstIndex(of: $0) }).first {
            browseAction(.sessionSelected(e))
            browse.focus = .items
        }
    }

    // MARK: conveniences for tests and tools that set a scene up directly

    /// Selects `entry` in the sessions pane and focuses the items, as Enter on it does.
    public mutating func openEntry(_ entry: SessionsEntry) {
        guard let i = sessionEntries.firstIndex(of: entry) else { return }
        browseAction(.sessionSelected(i))
        browse.focus = .items
    }

    /// Selects the item with `id` in the items pane, if it is listed.
    public mutating func selectItem(id: String) {
        if let i = browse.visibleItems.firstIndex(where: { corpus.items[$0].id == id }) { browseAction(.itemSelected(i)) }
    }

    /// Runs `query` as if typed into the search bar.
    public mutating func applySearch(_ query: String) {
        SearchFeature.apply(query, to: &search, searchContext)
        recomputeVisibleItems()
        browse.itemsCursor.select(0, count: browse.visibleItems.count, visible: layout.visibleEntries(of: .items))
        browse.detailsScroll = 0
    }

    /// Bookmarks (or unbookmarks) the item with `id`, as `b` on it does.
    public mutating func toggleBookmark(_ id: String) -> [Effect] {
        guard let position = index.itemIndex(id: id) else { return [] }
        return toggleBookmark(at: position)
    }
}

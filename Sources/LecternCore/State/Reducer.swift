/// The one place state changes. Pure: no I/O; side effects are returned as values.
public func reduce(_ state: inout State, _ action: Action) -> [Effect] {
    switch action {
    case .keyPressed(let key):
        return state.handleKey(key)
    case .terminalResized(let size):
        state.size = size
        state.clampCursors()
        return []
    case .tick(let now):
        state.now = now
        // A tick comes after seconds without input: a message has been read by then. A question
        // still waiting for its answer (copy with OSC 52?) stays.
        if state.pendingCopy == nil { state.status = nil }
        return []
    case .firstFrameDrawn:
        return state.requestSimilarityIndex()
    case .similarityIndexBuilt(let index):
        state.similarityIndexArrived(index)
        return []
    case .sessionOpened(let entry):
        if let i = state.sessionEntries.firstIndex(of: entry) {
            state.selectSession(i)
            state.focus = .items
        }
        return []
    case .itemSelected(let id):
        if let i = state.visibleItems.firstIndex(where: { state.corpus.items[$0].id == id }) {
            state.itemsCursor.select(i, count: state.visibleItems.count, visible: state.layout.visibleEntries(of: .items))
            state.detailsScroll = 0
        }
        return []
    case .searchQueryChanged(let query):
        state.applySearch(query)
        return []
    case .searchTimed(let microseconds):
        state.search.elapsedMicroseconds = microseconds
        return []
    case .bookmarkToggled(let id):
        return state.toggleBookmark(id)
    case .bookmarkPriorityCycled(let id):
        guard let b = state.bookmarks[id] else { return [] }
        let next: Bookmark.Priority = b.priority == .mustSee ? .maybe : .mustSee
        let change = BookmarkChange.setPriority(id, next)
        change.apply(to: &state.bookmarks)
        return [.persistBookmarkChange(change)]
    case .bookmarksLoaded(let bookmarks, let warning):
        state.bookmarks = bookmarks
        if let warning { state.status = warning }
        state.refreshBookmarkList()
        return []
    case .bookmarksSaved(let bookmarks):
        state.bookmarks = bookmarks
        state.refreshBookmarkList()
        return []
    case .bookmarksSaveFailed(let message):
        state.status = message
        return []
    case .noteEdited(let id, let note):
        let title = state.index.itemIndex(id: id).map { state.corpus.items[$0].title } ?? id
        let change = BookmarkChange.setNote(id, title: title, note: note)
        change.apply(to: &state.bookmarks)
        return [.persistBookmarkChange(change)]
    case .mouseClicked, .mouseScrolled:
        return state.handleMouse(action)
    case .effectFinished(let message), .effectFailed(let message):
        state.status = message
        return []
    }
}

extension State {
    /// The layout for the current size.
    public var layout: PaneLayout { PaneLayout(size: size, detailsZoomed: detailsZoomed) }

    mutating func clampCursors() {
        let l = layout
        sessionsCursor.clamp(count: sessionEntries.count, visible: l.visibleEntries(of: .sessions))
        itemsCursor.clamp(count: visibleItems.count, visible: l.visibleEntries(of: .items))
        if l.mode != .narrow { detailsZoomed = false }
        if !l.visiblePanes.contains(focus), focus != .search, let first = l.visiblePanes.first, l.mode != .tooSmall {
            focus = first
        }
    }

    mutating func selectSession(_ index: Int) {
        sessionsCursor.select(index, count: sessionEntries.count, visible: layout.visibleEntries(of: .sessions))
        if search.isActive { applySearch("") }
        recomputeVisibleItems()
        itemsCursor = ListCursor()
        detailsScroll = 0
    }

    mutating func applySearch(_ query: String) {
        search.query = query
        if query.isEmpty {
            search.results = nil
            search.error = nil
            search.note = nil
        } else {
            let outcome = index.search(query, bookmarks: bookmarks)
            if let error = outcome.error {
                search.error = error
            } else {
                search.error = nil
                search.results = outcome.results
                search.note = outcome.note
            }
        }
        recomputeVisibleItems()
        itemsCursor.select(0, count: visibleItems.count, visible: layout.visibleEntries(of: .items))
        detailsScroll = 0
    }

    mutating func refreshBookmarkList() {
        if selectedEntry == .bookmarks, search.results == nil {
            let selectedId = selectedItem?.id
            recomputeVisibleItems()
            let i = selectedId.flatMap { id in visibleItems.firstIndex { corpus.items[$0].id == id } } ?? itemsCursor.selected
            itemsCursor.select(i, count: visibleItems.count, visible: layout.visibleEntries(of: .items))
        }
    }

    mutating func toggleBookmark(_ id: String) -> [Effect] {
        guard let position = index.itemIndex(id: id) else { return [] }
        let item = corpus.items[position]
        let change: BookmarkChange = bookmarks.contains(id) ? .remove(id) : .add(Bookmark(itemId: id, title: item.title))
        change.apply(to: &bookmarks)
        status = bookmarks.contains(id) ? "Bookmarked: \(item.title)" : "Removed bookmark: \(item.title)"
        refreshBookmarkList()
        return [.persistBookmarkChange(change)]
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        if layout.mode == .tooSmall {
            if key == .char("q") || key == .ctrl("c") { return [.quit] }
            return []
        }
        if let text = pendingCopy {
            // A clipboard write is confirmed with y (or Enter); any other key cancels it.
            pendingCopy = nil
            if key == .char("y") || key == .enter {
                status = nil
                return [.copyToClipboard(text)]
            }
            status = "Not copied"
            return []
        }
        if help != nil { return handleHelpKey(key) }
        if extrasOpen { return handleExtrasKey(key) }
        if focus == .search && search.editing { return handleSearchKey(key) }
        guard let command = keyMap.command(for: key, in: focus) else { return [] }
        return perform(command)
    }

    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            search.editing = false
            applySearch("")
            focus = .items
        case .enter, .down, .tab:
            search.editing = false
            focus = .items
        case .backspace:
            if !search.query.isEmpty { applySearch(String(search.query.dropLast())) }
        case .ctrl("u"):
            applySearch("")
        case .ctrl("w"):
            applySearch(State.deletingLastWord(search.query))
        case .ctrl("c"):
            return [.quit]
        case .char(let c):
            applySearch(search.query + String(c))
        default:
            break
        }
        return []
    }

    mutating func handleHelpKey(_ key: Key) -> [Effect] {
        guard var h = help else { return [] }
        let rows = max(1, layout.rect(of: .help).height - 2)
        switch key {
        case .escape, .char("?"), .function(1):
            help = nil
            return []
        case .ctrl("c"):
            return [.quit]
        case .backspace:
            if !h.filter.isEmpty {
                h.filter.removeLast()
                h.cursor = ListCursor()
            }
        case .ctrl("u"):
            h.filter = ""
            h.cursor = ListCursor()
        case .char(let c):
            h.filter.append(c)
            h.cursor = ListCursor()
        default:
            // The cursor is the overlay's first visible line (the key lines plus the query cheat sheet).
            let lines = helpBindings(filter: h.filter).count + HelpState.cheatSheetLines
            let top = max(0, lines - rows + 2)
            let current = min(h.cursor.selected, top)
            let target: Int
            switch key {
            case .up: target = current - 1
            case .down: target = current + 1
            case .pageUp: target = current - rows
            case .pageDown: target = current + rows
            case .home: target = 0
            case .end: target = top
            default: target = current
            }
            h.cursor = ListCursor(selected: min(max(0, target), top), offset: 0)
        }
        help = h
        return []
    }

    mutating func perform(_ command: Command) -> [Effect] {
        let l = layout
        switch command {
        case .quit:
            return [.quit]
        case .help:
            help = HelpState()
        case .focusSearch:
            focus = .search
            search.editing = true
        case .moveUp: moveSelection(by: -1)
        case .moveDown: moveSelection(by: 1)
        case .pageUp: moveSelection(by: -l.visibleEntries(of: focus))
        case .pageDown: moveSelection(by: l.visibleEntries(of: focus))
        case .halfPageUp: moveSelection(by: -max(1, l.visibleEntries(of: focus) / 2))
        case .halfPageDown: moveSelection(by: max(1, l.visibleEntries(of: focus) / 2))
        case .top: moveSelection(by: Int.min / 2)
        case .bottom: moveSelection(by: Int.max / 2)
        case .nextPane, .paneRight: cycleFocus(by: 1, wrap: command == .nextPane)
        case .previousPane, .paneLeft: cycleFocus(by: -1, wrap: command == .previousPane)
        case .open:
            switch focus {
            case .sessions:
                recomputeVisibleItems()
                focus = .items
            case .items:
                if l.mode == .narrow { detailsZoomed = true }
                focus = .details
            default: break
            }
        case .back:
            if detailsZoomed {
                detailsZoomed = false
                focus = .items
            } else if search.isActive {
                applySearch("")
            } else if focus == .details {
                focus = .items
            } else if focus == .items {
                focus = .sessions
            }
        case .toggleBookmark:
            if let item = selectedItem { return toggleBookmark(item.id) }
        case .cyclePriority:
            if let item = selectedItem { return reduce(&self, .bookmarkPriorityCycled(item.id)) }
        case .editNote:
            if let item = selectedItem { return [.editNote(itemId: item.id, current: bookmarks[item.id]?.note ?? "")] }
        case .copy:
            if let item = selectedItem {
                let text = "\(item.title) [\(item.id)]"
                pendingCopy = text
                status = "Copy \u{201C}\(text)\u{201D} to the clipboard (via the terminal)? y/n"
            }
        case .openURL:
            if let item = selectedItem {
                // Links as the LaTeX cleaner finds them: the sentence's closing punctuation is left out.
                if let url = LaTeXCleaner.urls(in: item.abstract).first(where: { $0.hasPrefix("http") }) { return [.openURL(url)] }
                status = "No link in this abstract"
            }
        case .export:
            return [.export(format: "markdown")]
        case .schedule: openSchedule()
        case .related: return openRelated()
        case .people: openPeople()
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        }
        return []
    }

    /// `query` without its last word (and the spaces after it), as Ctrl-W in a shell.
    static func deletingLastWord(_ query: String) -> String {
        var s = Substring(query)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        while let last = s.last, !last.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// `n` / `N`: scrolls the details pane so the next (previous) abstract line with a match of the
    /// query is on top, wrapping around with a note in the status line.
    mutating func jumpToMatch(forward: Bool) {
        guard let item = selectedItem else { return }
        let highlighter = MatchHighlighter(query: search.query)
        guard !highlighter.isEmpty else {
            status = "No search query: type / to search"
            return
        }
        let shown = layout.details
        let rect = shown.isEmpty ? PaneLayout(size: size, detailsZoomed: true).details : shown
        let text = DetailsText(item: item, state: self, width: DetailsText.textWidth(ofPane: rect))
        let matches = text.matchLines(highlighter)
        let current = min(max(0, detailsScroll), max(0, text.lineCount - 1))
        guard let jump = DetailsText.jump(from: current, matches: matches, forward: forward),
              let position = matches.firstIndex(of: jump.line) else {
            status = "No match for \"\(search.query)\" in the abstract"
            return
        }
        detailsScroll = jump.line
        if jump.wrapped {
            status = forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM"
        } else {
            status = "Match line \(position + 1) of \(matches.count)"
        }
    }

    mutating func moveSelection(by delta: Int) {
        let l = layout
        switch focus {
        case .sessions:
            let before = sessionsCursor.selected
            let target = delta > Int.max / 4 ? sessionEntries.count - 1 : delta < Int.min / 4 ? 0 : before + delta
            sessionsCursor.select(target, count: sessionEntries.count, visible: l.visibleEntries(of: .sessions))
            if sessionsCursor.selected != before {
                if search.isActive { applySearch("") }
                recomputeVisibleItems()
                itemsCursor = ListCursor()
                detailsScroll = 0
            }
        case .items:
            let before = itemsCursor.selected
            let target = delta > Int.max / 4 ? visibleItems.count - 1 : delta < Int.min / 4 ? 0 : before + delta
            itemsCursor.select(target, count: visibleItems.count, visible: l.visibleEntries(of: .items))
            if itemsCursor.selected != before { detailsScroll = 0 }
        case .details:
            let target = delta > Int.max / 4 ? Int.max / 4 : delta < Int.min / 4 ? 0 : detailsScroll + delta
            detailsScroll = max(0, target)
        default:
            break
        }
    }

    mutating func cycleFocus(by step: Int, wrap: Bool) {
        let panes = layout.visiblePanes
        guard !panes.isEmpty else { return }
        let current = panes.firstIndex(of: focus) ?? 0
        var next = current + step
        if wrap { next = (next + panes.count) % panes.count } else { next = min(max(0, next), panes.count - 1) }
        focus = panes[next]
    }

    mutating func handleMouse(_ action: Action) -> [Effect] {
        let l = layout
        switch action {
        case .mouseClicked(let x, let y):
            for pane in l.visiblePanes where l.rect(of: pane).contains(x: x, y: y) {
                focus = pane
                let r = l.rect(of: pane)
                let row = y - r.y - 1
                guard row >= 0, row < r.height - 2 else { return [] }
                switch pane {
                case .sessions:
                    let i = sessionsCursor.offset + row / PaneLayout.rowsPerSession
                    if i < sessionEntries.count, i != sessionsCursor.selected { selectSession(i) }
                case .items:
                    let i = itemsCursor.offset + row / PaneLayout.rowsPerItem
                    if i < visibleItems.count {
                        itemsCursor.select(i, count: visibleItems.count, visible: l.visibleEntries(of: .items))
                        detailsScroll = 0
                    }
                default: break
                }
            }
            if l.searchBar.contains(x: x, y: y) {
                focus = .search
                search.editing = true
            }
        case .mouseScrolled(let x, let y, let lines):
            for pane in l.visiblePanes where l.rect(of: pane).contains(x: x, y: y) {
                let saved = focus
                focus = pane
                moveSelection(by: lines)
                focus = saved
            }
        default: break
        }
        return []
    }
}

extension State {
    // MARK: the grouping of the sessions pane (`v`)

    /// The next grouping under each day (room → track → day). The pane stays on the row that holds
    /// the selected item (or the same row, a day, a conference, the bookmarks), and a search stays.
    mutating func cycleGrouping() {
        let entry = selectedEntry
        let item = search.results == nil ? selectedItemIndex : nil
        browse.grouping = browse.grouping.next
        let entries = sessionEntries
        var target = entry.flatMap { entries.firstIndex(of: $0) }
        if target == nil, let item {
            let candidates = catalog.entries(containing: item, sessionId: corpus.items[item].sessionId, grouping: browse.grouping)
            target = candidates.lazy.compactMap { entries.firstIndex(of: $0) }.first
        }
        if target == nil, case .session(let id)? = entry, let first = catalog.itemsBySession[id]?.first {
            let candidates = catalog.entries(containing: first, sessionId: id, grouping: browse.grouping)
            target = candidates.lazy.compactMap { entries.firstIndex(of: $0) }.first
        }
        browse.sessionsCursor.select(target ?? 0, count: entries.count, visible: layout.visibleEntries(of: .sessions))
        if search.results == nil {
            recomputeVisibleItems()
            browse.marked = []
            let row = item.flatMap { browse.visibleItems.firstIndex(of: $0) } ?? 0
            browse.itemsCursor = ListCursor()
            browse.itemsCursor.select(row, count: browse.visibleItems.count, visible: layout.visibleEntries(of: .items))
            if row == 0 { browse.detailsScroll = 0 }
        }
        status = browse.grouping.label
    }

    // MARK: jumping to a name (`f`)

    /// Starts a jump in the sessions or items pane: what is typed next selects the first name
    /// containing it.
    mutating func startJump() {
        let pane = browse.focus
        guard pane == .sessions || pane == .items else { return }
        let origin = pane == .sessions ? browse.sessionsCursor.selected : browse.itemsCursor.selected
        browse.jump = BrowseFeature.Jump(pane: pane, origin: origin)
        status = Self.jumpPrompt("")
    }

    static func jumpPrompt(_ text: String) -> String { "Jump to: " + text }

    /// A key while a jump is typed: Enter keeps the row, Esc goes back, Backspace deletes, and a
    /// printable key is typed.
    mutating func jumpKey(_ command: Command?, key: Key) {
        guard var jump = browse.jump else { return }
        switch command {
        case .acceptSearch?:
            browse.jump = nil
            status = nil
            return
        case .back?:
            browse.jump = nil
            select(jump.origin, in: jump.pane)
            status = nil
            return
        case .deleteBackward?:
            guard !jump.text.isEmpty else { return }
            jump.text.removeLast()
        default:
            guard case .char(let c) = key else { return }
            jump.text.append(c)
        }
        browse.jump = jump
        guard !jump.text.isEmpty else {
            select(jump.origin, in: jump.pane)
            status = Self.jumpPrompt("")
            return
        }
        if let row = firstRow(containing: jump.text, in: jump.pane) {
            select(row, in: jump.pane)
            status = Self.jumpPrompt(jump.text)
        } else {
            status = Self.jumpPrompt(jump.text) + " (no name contains it)"
        }
    }

    /// The first row of `pane` whose name contains `text`, ignoring case.
    func firstRow(containing text: String, in pane: PaneID) -> Int? {
        let needle = text.lowercased()
        switch pane {
        case .sessions:
            return sessionEntries.firstIndex { name(of: $0).lowercased().contains(needle) }
        case .items:
            return browse.visibleItems.firstIndex { corpus.items[$0].displayTitle.lowercased().contains(needle) }
        default:
            return nil
        }
    }

    mutating func select(_ row: Int, in pane: PaneID) {
        switch pane {
        case .sessions:
            if row != browse.sessionsCursor.selected { browseAction(.sessionSelected(row)) }
        case .items:
            if row != browse.itemsCursor.selected { browseAction(.itemSelected(row)) }
        default:
            break
        }
    }
}

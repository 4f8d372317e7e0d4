import LecternCore

/// The middle pane: the talks of the selected entry or the search results. Two rows per item:
/// `17:00 [Oral] ★ Title…`, then the first authors (or, for papers without authors, the abstract).
/// When the list spans more than one day (search results, the bookmarks), each time has its day:
/// `Wed 00:00`.
struct ItemsView {
    let state: State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let focused = state.focus == .items
        grid.fill(rect, role: .normal)
        grid.box(rect, role: focused ? .borderFocused : .border, title: title, glyphs: glyphs)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let items = state.visibleItems
        let inBookmarks = state.selectedEntry == .bookmarks && state.search.results == nil
        let missing = inBookmarks ? missingBookmarks : []
        if items.isEmpty && missing.isEmpty {
            grid.put(spans: [Span(emptyMessage, .dim)], x: inner.x + 1, y: inner.y, width: inner.width - 2, ellipsis: glyphs.ellipsis)
            return
        }
        let visible = max(1, inner.height / PaneLayout.rowsPerItem)
        var cursor = state.itemsCursor
        cursor.clamp(count: items.count, visible: visible)
        drawMissing(missing, into: &grid, inner: inner, firstRow: max(0, items.count - cursor.offset))
        if items.count > visible {
            grid.boxFooter(rect, text: "\(cursor.selected + 1)/\(items.count)", role: focused ? .borderFocused : .border)
        }
        // Each field is highlighted with the words that may match in it (`title:x` only in titles).
        let highlighter = MatchHighlighter(query: state.search.query, fields: [.title])
        let authorHighlighter = MatchHighlighter(query: state.search.query, fields: [.authors])
        let clashes = inBookmarks ? ClashFinder.clashes(in: state.corpus, bookmarks: state.bookmarks, index: state.index) : [:]
        let timeColumn = items.contains { state.corpus.items[$0].start != nil }
        let withDay = timeColumn && TimeFormatting.spanDays(items.lazy.compactMap { state.corpus.items[$0].start }, in: state.displayTimeZone)
        let timeWidth = withDay ? 10 : 6
        let last = min(items.count, cursor.offset + visible)
        guard cursor.offset < last else { return }
        let now = state.now?.epochSeconds
        for i in cursor.offset..<last {
            let item = state.corpus.items[items[i]]
            let y = inner.y + (i - cursor.offset) * PaneLayout.rowsPerItem
            let selected = i == cursor.selected
            let override: Role? = selected ? (focused ? .selection : .selectionUnfocused) : nil
            if let override { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: min(PaneLayout.rowsPerItem, inner.y + inner.height - y)), role: override) }
            var first: [Span] = []
            // A talk that is over is dimmed: what is still to come stands out.
            let over = item.end.map { end in now.map { end.epochSeconds <= $0 } ?? false } ?? false
            if let start = item.start {
                let day = withDay ? TimeFormatting.weekday(start, in: state.displayTimeZone) + " " : ""
                first.append(Span(day + TimeFormatting.clock(start, in: state.displayTimeZone) + " ", over ? .dim : .time))
            } else if timeColumn {
                first.append(Span(String(repeating: " ", count: timeWidth), .normal))
            }
            first.append(Span("[\(item.kind.label)]", SpanBuilder.badgeRole(item.kind), bold: true))
            first.append(Span(" ", .normal))
            if clashes[item.id] != nil { first.append(Span("CLASH ", .clash, bold: true)) }
            // A bookmarked talk the last re-import of its conference changed says how (details: in full).
            // It stays flagged until the user has seen it since the change was recorded.
            if state.bookmarks.contains(item.id), let change = state.environment.plan.unseenChange(of: item.id, seen: state.seen.seen) {
                first.append(Span(change.kinds.map { $0.rawValue.uppercased() }.joined(separator: "/") + " ", .clash, bold: true))
            }
            if let mark = SpanBuilder.bookmarkMark(item.id, in: state.bookmarks, glyphs: glyphs) { first.append(mark) }
            first += SpanBuilder.highlighted(item.displayTitle(session: item.sessionId.flatMap { state.session(id: $0) }), role: over ? .dim : .title, highlighter)
            grid.put(spans: first, x: inner.x + 1, y: y, width: inner.width - 2, ellipsis: glyphs.ellipsis, override: override)
            if state.browse.marked.contains(item.id) {
                // The mark takes the column left of the text, on both rows of the item.
                for row in y..<min(y + PaneLayout.rowsPerItem, inner.y + inner.height) {
                    grid.put(spans: [Span(glyphs.marked, .clash, bold: true)], x: inner.x, y: row, width: 1, ellipsis: "", override: override)
                }
            } else if state.seen.isUnseen(item.id) {
                // Not seen yet: a dot in the same column, as a mail reader marks what is unread.
                grid.put(spans: [Span(glyphs.unseen, .time)], x: inner.x, y: y, width: 1, ellipsis: "", override: override)
            }

            guard y + 1 < inner.y + inner.height else { continue }
            let indent = timeColumn ? timeWidth : 0
            let second: [Span]
            if item.authors.isEmpty {
                second = [Span(SpanBuilder.snippet(item.abstract), .dim)]
            } else {
                second = SpanBuilder.highlighted(SpanBuilder.shortAuthors(item.authors), role: .author, authorHighlighter)
            }
            grid.put(spans: second, x: inner.x + 1 + indent, y: y + 1, width: inner.width - 2 - indent, ellipsis: glyphs.ellipsis, override: override)
        }
    }

    /// Bookmarks whose item is not in this corpus, by title: kept, and shown after the others.
    var missingBookmarks: [Bookmark] {
        let ids = Set(state.corpus.items.map(\.id))
        return state.bookmarks.entries.values.filter { !ids.contains($0.itemId) }
            .sorted { ($0.title, $0.itemId) < ($1.title, $1.itemId) }
    }

    /// Draws the missing bookmarks (not selectable) in the entry slots from `firstRow` on.
    func drawMissing(_ missing: [Bookmark], into grid: inout CellGrid, inner: Rect, firstRow: Int) {
        let visible = max(1, inner.height / PaneLayout.rowsPerItem)
        guard firstRow < visible else { return }
        for (k, bookmark) in missing.prefix(visible - firstRow).enumerated() {
            let y = inner.y + (firstRow + k) * PaneLayout.rowsPerItem
            let gone = state.environment.plan.changes[bookmark.itemId]?.kinds.contains(.cancelled) == true
            let first = [gone ? Span("[Cancelled] ", .clash, bold: true) : Span("[Missing] ", .dim), SpanBuilder.bookmarkMark(bookmark.priority, glyphs: glyphs), Span(bookmark.title, .dim)]
            grid.put(spans: first, x: inner.x + 1, y: y, width: inner.width - 2, ellipsis: glyphs.ellipsis)
            if y + 1 < inner.y + inner.height {
                grid.put(spans: [Span("missing from corpus (\(bookmark.itemId))", .dim)], x: inner.x + 7, y: y + 1, width: inner.width - 8, ellipsis: glyphs.ellipsis)
            }
        }
    }

    var title: String {
        if state.search.results != nil { return state.browse.resultsByTime ? "Search results by time" : "Search results" }
        switch state.selectedEntry {
        case .session(let id)?: return state.session(id: id)?.title ?? "Talks"
        case .trending?: return "Trending papers"
        case .collection(let name)?: return TerminalSafe.sanitize(name)
        case .bookmarks?: return "Bookmarks"
        case .track(_, let date, _)?: return state.name(of: state.selectedEntry!) + " " + glyphs.separator + " " + State.dayName(date)
        case let entry?: return state.name(of: entry)
        case nil: return "Talks"
        }
    }

    var emptyMessage: String {
        if state.search.results != nil { return "No matches" }
        switch state.selectedEntry {
        case .bookmarks?: return "No bookmarks yet: press b on a talk"
        case .trending?, .collection?: return "No papers"
        default: return "No talks in this session"
        }
    }
}

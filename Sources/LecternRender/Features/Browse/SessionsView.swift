import LecternCore

/// The left pane: every session (title, then local day and time range and moderator), then the
/// "Trending papers" and "Bookmarks" entries. Two rows per entry.
struct SessionsView {
    let state: State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let focused = state.focus == .sessions
        grid.fill(rect, role: .normal)
        grid.box(rect, role: focused ? .borderFocused : .border, title: "Sessions", glyphs: glyphs)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let entries = state.sessionEntries
        let visible = max(1, inner.height / PaneLayout.rowsPerSession)
        var cursor = state.sessionsCursor
        cursor.clamp(count: entries.count, visible: visible)
        if entries.count > visible {
            grid.boxFooter(rect, text: "\(cursor.selected + 1)/\(entries.count)", role: focused ? .borderFocused : .border)
        }
        let last = min(entries.count, cursor.offset + visible)
        guard cursor.offset < last else { return }
        // The titles on screen, so that two cut to the same text can be told apart.
        let shown: [String] = entries[cursor.offset..<last].compactMap { entry in
            switch entry {
            case .session(let id): return state.session(id: id).map { TerminalSafe.sanitize($0.title) }
            case .track, .conference: return TerminalSafe.sanitize(state.name(of: entry))
            default: return nil
            }
        }
        for i in cursor.offset..<last {
            let y = inner.y + (i - cursor.offset) * PaneLayout.rowsPerSession
            let selected = i == cursor.selected
            let override: Role? = selected ? (focused ? .selection : .selectionUnfocused) : nil
            if let override { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: min(PaneLayout.rowsPerSession, inner.y + inner.height - y)), role: override) }
            let (first, second) = lines(for: entries[i], width: inner.width - 2, siblings: shown)
            grid.put(spans: first, x: inner.x + 1, y: y, width: inner.width - 2, ellipsis: glyphs.ellipsis, override: override)
            if y + 1 < inner.y + inner.height {
                grid.put(spans: second, x: inner.x + 1, y: y + 1, width: inner.width - 2, ellipsis: glyphs.ellipsis, override: override)
            }
        }
    }

    /// The two rows of an entry. When the time range fits but leaves too little room for the
    /// moderator, the moderator is left out rather than cutting the zone.
    /// `siblings`: the other titles on screen; a title that would be cut to the same text as one
    /// of them is cut in the middle instead.
    func lines(for entry: SessionsEntry, width: Int, siblings: [String] = []) -> ([Span], [Span]) {
        switch entry {
        case .session(let id):
            guard let session = state.session(id: id) else { return ([Span(id, .title)], []) }
            let time = glyphs.times(TimeFormatting.range(session.start, session.end, in: state.displayTimeZone, zones: state.environment.zones))
            var second = [Span(time, .time)]
            let room = width - DisplayWidth.of(time) - 3
            if let moderator = session.moderator, !moderator.isEmpty, room >= min(8, DisplayWidth.of(moderator)) {
                second.append(Span(" \(glyphs.separator) ", .dim))
                second.append(Span(moderator, .moderator))
            }
            let title = DisplayWidth.truncateDistinct(TerminalSafe.sanitize(session.title), among: siblings, to: width, ellipsis: glyphs.ellipsis)
            return ([Span(title, .title, bold: true)], second)
        case .conference(let id):
            let title = DisplayWidth.truncateDistinct(TerminalSafe.sanitize(state.name(of: entry)), among: siblings, to: width, ellipsis: glyphs.ellipsis)
            var second = [Span(count(state.catalog.items(of: entry)?.count ?? 0), .dim)]
            if let c = state.corpus.conferences?.first(where: { $0.id == id }) {
                let dates = c.start == c.end ? c.start : c.start + " " + glyphs.dash + " " + c.end
                second.insert(Span(TerminalSafe.sanitize(dates) + " \(glyphs.separator) ", .time), at: 0)
            }
            return ([Span(title, .paneTitle, bold: true)], second)
        case .day:
            let items = state.catalog.items(of: entry) ?? []
            var text = count(items.count)
            if case .room = state.browse.grouping {
                let rooms = state.catalog.days.first { .day(conference: $0.conference, date: $0.date) == entry }?.sessions.count ?? 0
                text += " \(glyphs.separator) " + (rooms == 1 ? "1 room" : "\(rooms) rooms")
            }
            return ([Span(glyphs.times(state.name(of: entry)), .heading, bold: true)], [Span(text, .dim)])
        case .track:
            let items = state.catalog.items(of: entry) ?? []
            let title = DisplayWidth.truncateDistinct(TerminalSafe.sanitize(state.name(of: entry)), among: siblings, to: width, ellipsis: glyphs.ellipsis)
            var second: [Span] = []
            let starts = items.compactMap { state.corpus.items[$0].start }
            if let first = starts.min() {
                let end = items.compactMap { state.corpus.items[$0].end }.max()
                second.append(Span(glyphs.times(TimeFormatting.range(first, end, in: state.displayTimeZone, zones: state.environment.zones)), .time))
                second.append(Span(" \(glyphs.separator) ", .dim))
            }
            second.append(Span(count(items.count), .dim))
            return ([Span(title, .title, bold: true)], second)
        case .collection:
            let n = state.catalog.items(of: entry)?.count ?? 0
            let title = DisplayWidth.truncateDistinct(TerminalSafe.sanitize(state.name(of: entry)), among: siblings, to: width, ellipsis: glyphs.ellipsis)
            return ([Span(title, .title, bold: true)], [Span(n == 1 ? "1 paper" : "\(n) papers", .dim)])
        case .trending:
            let n = state.catalog.paperIndices.count
            return ([Span("Trending papers (\(n))", .title, bold: true)], [Span("papers without a session", .dim)])
        case .bookmarks:
            let n = state.bookmarkedIndices().count
            let hint = n == 0 ? "none yet: b marks a talk" : "talks by time, then papers"
            return ([Span(glyphs.bookmark + " ", .bookmark), Span("Bookmarks (\(n))", .title, bold: true)], [Span(hint, .dim)])
        }
    }

    func count(_ n: Int) -> String { n == 1 ? "1 talk" : "\(n) talks" }
}

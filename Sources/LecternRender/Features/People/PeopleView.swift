import LecternCore

/// The `a` panel: the authors (and the session's moderator) of the selected item; choosing one
/// lists the sessions they moderate and all their talks and papers.
struct PeopleView {
    let state: State
    let people: PeopleFeature.State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in area: Rect) {
        guard let frame = PanelFrame(clearing: area, in: &grid) else { return }
        let (inner, body) = (frame.inner, frame.body)
        let source = state.corpus.items[people.source]
        let rows: [[Span]]
        let selected: Int
        let title: String
        let hint: String
        if let chosen = people.chosen, people.people.indices.contains(chosen) {
            let person = people.people[chosen]
            title = "People: " + person.name + " " + glyphs.separator + " " + summary(person)
            rows = people.work.map(workLine)
            selected = people.workCursor.selected
            hint = "↑↓ move  Enter open  Esc back to the authors"
        } else {
            title = "People of: " + source.displayTitle
            let moderator = source.sessionId.flatMap { state.session(id: $0)?.moderator }.map(PeopleIndex.fold)
            rows = people.people.map { p in
                var line = [Span(p.name, .author, bold: true), Span("  " + summary(p), .dim)]
                if p.folded == moderator, !source.authors.map(PeopleIndex.fold).contains(p.folded) {
                    line.insert(Span("Moderator  ", .moderator), at: 0)
                }
                return line
            }
            selected = people.cursor.selected
            hint = "↑↓ move  Enter show their talks and papers  Esc close"
        }
        grid.box(area, role: .borderFocused, title: title, glyphs: glyphs)
        let visible = max(1, body.height)
        let offset = PanelFrame.firstRow(selected: selected, count: rows.count, visible: visible)
        for (k, line) in rows.dropFirst(offset).prefix(visible).enumerated() {
            let y = body.y + k
            let isCursor = offset + k == selected
            if isCursor { grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), role: .selection) }
            grid.put(spans: line, x: body.x + 1, y: y, width: body.width - 2, ellipsis: glyphs.ellipsis, override: isCursor ? .selection : nil)
        }
        grid.put(spans: [Span(hint, .dim)], x: inner.x + 1, y: inner.y + inner.height - 1, width: inner.width - 2, ellipsis: glyphs.ellipsis)
        if rows.count > visible { grid.boxFooter(area, text: "\(selected + 1)/\(rows.count)", role: .borderFocused) }
    }

    func summary(_ p: Person) -> String {
        var parts: [String] = []
        if !p.items.isEmpty { parts.append("\(p.items.count) item" + (p.items.count == 1 ? "" : "s")) }
        if !p.moderatedSessions.isEmpty { parts.append("moderates \(p.moderatedSessions.count)") }
        return parts.joined(separator: ", ")
    }

    func workLine(_ entry: PeopleEntry) -> [Span] {
        switch entry {
        case .session(let id):
            let session = state.session(id: id)
            // Time, kind, title: the order of every list's rows.
            var line: [Span] = []
            if let s = session { line.append(Span(TimeFormatting.range(s.start, s.end, in: state.displayTimeZone, zones: state.environment.zones) + " ", .time)) }
            line += [Span("[Moderator] ", .moderator, bold: true), Span(session?.title ?? id, .title, bold: true)]
            return line
        case .item(let i):
            let item = state.corpus.items[i]
            var line: [Span] = []
            if let start = item.start { line.append(Span(TimeFormatting.clock(start, in: state.displayTimeZone) + " ", .time)) }
            line.append(Span("[\(item.kind.label)] ", SpanBuilder.badgeRole(item.kind), bold: true))
            if let mark = SpanBuilder.bookmarkMark(item.id, in: state.bookmarks, glyphs: glyphs) { line.append(mark) }
            line.append(Span(item.displayTitle, .title))
            return line
        }
    }
}

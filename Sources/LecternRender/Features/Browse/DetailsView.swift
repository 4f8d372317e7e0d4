import LecternCore

/// The right pane (or full width when zoomed): everything about the selected item, the abstract
/// word-wrapped and scrolled by `state.detailsScroll`, with a scroll indicator on the right edge.
struct DetailsView {
    let state: State
    let glyphs: Glyphs
    /// Wrapped abstracts kept between frames, when the caller keeps them.
    var cache: WrappedTextCache? = nil

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let focused = state.focus == .details
        let borderRole: Role = focused ? .borderFocused : .border
        grid.fill(rect, role: .normal)
        grid.box(rect, role: borderRole, title: "Details", glyphs: glyphs)
        let inner = rect.inner
        guard inner.width >= 3, !inner.isEmpty else { return }
        let textWidth = DetailsText.textWidth(ofPane: rect)
        // Only the rows on screen are styled: a 200 KB abstract costs its (cached) wrapping, not
        // a span list per line on every frame.
        // A long title or abstract is wrapped only down to the pane's last row.
        let needed = state.detailsScroll > Int.max - inner.height ? Int.max : max(0, state.detailsScroll) + inner.height
        let text = state.selectedItem.map { DetailsText(item: $0, state: state, width: textWidth, separator: glyphs.separator, dash: glyphs.dash, cache: cache, lines: needed) }
        let count = text?.lineCount ?? entryLines(width: textWidth).count
        let maxScroll = max(0, count - inner.height)
        let scroll = min(max(0, state.detailsScroll), maxScroll)
        let content = lines(width: textWidth, text: text, visible: scroll..<(scroll + inner.height))
        for row in 0..<inner.height {
            let i = scroll + row
            guard i < content.count else { break }
            grid.put(spans: content[i], x: inner.x + 1, y: inner.y + row, width: textWidth, ellipsis: glyphs.ellipsis)
        }
        if maxScroll > 0 {
            // Not wrapped to the end: the thumb and the footer use the estimated length ("~").
            let complete = text?.complete ?? true
            let total = complete ? content.count : max(content.count, text?.estimatedLineCount ?? 0)
            let totalScroll = max(1, total - inner.height)
            let track = inner.height
            let thumb = max(1, track * inner.height / total)
            let top = min(track - thumb, (track - thumb) * scroll / totalScroll)
            for t in top..<min(track, top + thumb) {
                grid.set(Cell(glyphs.scrollThumb, role: borderRole), x: rect.x + rect.width - 1, y: inner.y + t)
            }
            let end = min(content.count, scroll + inner.height)
            grid.boxFooter(rect, text: "\(scroll + 1)-\(end)/\(complete ? "" : "~")\(total)", role: borderRole)
        }
    }

    /// The pane's content as wrapped, styled lines: `DetailsText` (shared with the reducer's `n` /
    /// `N`) gives the wrapped text, this gives it roles.
    func lines(width: Int, text: DetailsText? = nil, visible: Range<Int> = 0..<Int.max) -> [[Span]] {
        guard let item = state.selectedItem else { return entryLines(width: width) }
        // Each field is highlighted with the words that may match in it: `title:x` only in the title.
        let query = state.search.query
        let hl = MatchHighlighter(query: query, fields: [.abstract])
        let titleHL = MatchHighlighter(query: query, fields: [.title])
        let authorsHL = MatchHighlighter(query: query, fields: [.authors])
        let sessionHL = MatchHighlighter(query: query, fields: [.session, .moderator])
        let otherHL = MatchHighlighter(query: query, fields: [])
        let text = text ?? DetailsText(item: item, state: state, width: width, separator: glyphs.separator, dash: glyphs.dash, cache: cache)
        var out: [[Span]] = []
        func labelled(_ label: String, _ body: [String], _ role: Role, _ hl: MatchHighlighter) {
            let pad = String(repeating: " ", count: DisplayWidth.of(label))
            var inZone = false
            for (n, line) in body.enumerated() {
                var spans = SpanBuilder.highlighted(line, role: role, hl)
                if role == .time {
                    // The conference zone part, from " (" on, is painted `.zone`, across wrapped lines too.
                    if inZone {
                        spans = [Span(line, .zone)]
                    } else if line.contains(" (") || line.hasPrefix("(") {
                        spans = line.hasPrefix("(") ? [Span(line, .zone)] : SpanBuilder.time(line)
                        inZone = true
                    }
                }
                out.append([Span(n == 0 ? label : pad, .heading)] + spans)
            }
        }

        for line in text.title { out.append(SpanBuilder.highlighted(line, role: .title, titleHL, bold: true)) }
        for line in text.authors { out.append(SpanBuilder.highlighted(line, role: .author, authorsHL)) }
        out.append([])
        labelled("Session  ", text.session, .moderator, sessionHL)
        labelled("Time     ", text.time, .time, otherHL)
        for fact in text.facts { labelled(fact.label, fact.lines, fact.label.hasPrefix("Link") ? .link : .normal, otherHL) }
        var kind = [Span("Kind     ", .heading), Span(item.kind.label, SpanBuilder.badgeRole(item.kind), bold: true)]
        if item.kindInferred == true { kind.append(Span(" (inferred)", .dim)) }
        out.append(kind)
        if text.bookmarked, let bookmark = state.bookmarks[item.id] {
            let priority = bookmark.priority == .mustSee ? "must see" : "maybe"
            out.append([Span("Bookmark ", .heading), SpanBuilder.bookmarkMark(bookmark.priority, glyphs: glyphs), Span(priority, bookmark.priority == .mustSee ? .bookmark : .bookmarkMaybe)])
            labelled("Note     ", text.note, .normal, otherHL)
        }
        for clash in text.clashes {
            let label = [Span("CLASH", .clash, bold: true), Span(" with ", .normal)]
            for (n, line) in clash.title.enumerated() {
                out.append((n == 0 ? label : [Span(String(repeating: " ", count: DetailsText.clashLabelWidth), .normal)]) + [Span(line, .title)])
            }
        }
        for notice in text.notices {
            let pad = String(repeating: " ", count: DisplayWidth.of(notice.label))
            for (n, line) in notice.lines.enumerated() {
                out.append([Span(n == 0 ? notice.label : pad, .heading), Span(line, notice.label.hasPrefix("Changed") ? .clash : .normal)])
            }
        }
        out.append([])
        if text.abstract.isEmpty {
            out.append([Span("No abstract.", .dim)])
        } else {
            out.append([Span("Abstract", .heading, bold: true)])
            for (n, line) in text.abstract.enumerated() {
                guard visible.contains(out.count) else { out.append([]); continue }
                let spans = SpanBuilder.linked(SpanBuilder.highlighted(line, role: .normal, hl), ranges: text.abstractLinks[n])
                out.append(SpanBuilder.emboldened(spans, ranges: text.abstractBold[n]))
            }
        }
        out.append([])
        out.append([Span("Source   \(TerminalSafe.sanitize(item.source.file)):\(item.source.line)", .dim)])
        return out
    }

    /// Shown when no item is selected: what the selected sessions entry is.
    func entryLines(width: Int) -> [[Span]] {
        var out: [[Span]] = []
        switch state.selectedEntry {
        case .session(let id)?:
            guard let s = state.session(id: id) else { break }
            for line in DisplayWidth.wrap(TerminalSafe.sanitize(s.title), width: width) { out.append([Span(line, .title, bold: true)]) }
            out.append(SpanBuilder.time(glyphs.times(TimeFormatting.localWithConference(s.start, s.end, session: s, local: state.displayTimeZone, zones: state.environment.zones))))
            if let m = s.moderator { out.append([Span("Moderator ", .heading), Span(m, .moderator)]) }
        default:
            break
        }
        if out.isEmpty || state.visibleItems.isEmpty {
            out.append([Span("Nothing selected.", .dim)])
        }
        return out
    }
}

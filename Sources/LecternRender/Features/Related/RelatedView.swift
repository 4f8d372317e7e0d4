import LecternCore

/// The `r` panel: the talks and papers most similar to the selected item, each with its score and
/// the shared key terms that explain it.
struct RelatedView {
    let state: State
    let related: RelatedFeature.State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in area: Rect) {
        guard let frame = PanelFrame(clearing: area, in: &grid) else { return }
        let (inner, body) = (frame.inner, frame.body)
        let source = state.corpus.items[related.source]
        grid.box(area, role: .borderFocused, title: "Related to: " + source.displayTitle, glyphs: glyphs)
        let perEntry = 2
        let visible = max(1, body.height / perEntry)
        let selected = related.cursor.selected
        let offset = PanelFrame.firstRow(selected: selected, count: related.results.count, visible: visible)
        if related.waiting {
            grid.put(spans: [Span("Building the related-work index" + glyphs.ellipsis, .dim)], x: body.x + 1, y: body.y, width: body.width - 2)
        } else if related.results.isEmpty {
            grid.put(spans: [Span("Nothing shares a key term with this item.", .dim)], x: body.x + 1, y: body.y, width: body.width - 2)
        }
        for (k, result) in related.results.dropFirst(offset).prefix(visible).enumerated() {
            let n = offset + k
            let item = state.corpus.items[result.index]
            let y = body.y + k * perEntry
            let isCursor = n == selected
            let row = Rect(x: body.x, y: y, width: body.width, height: perEntry)
            if isCursor { grid.fill(row, role: .selection) }
            let score = String(Int((result.score * 100).rounded()))
            let where_ = item.sessionId.flatMap { state.session(id: $0)?.title } ?? "Trending papers"
            grid.put(spans: [
                Span(String(repeating: " ", count: max(0, 3 - score.count)) + score + "% ", .time, bold: true),
                Span("[\(item.kind.label)]", SpanBuilder.badgeRole(item.kind), bold: true), Span(" "),
                SpanBuilder.bookmarkMark(item.id, in: state.bookmarks, glyphs: glyphs) ?? Span(""), Span(item.displayTitle, .title, bold: true),
            ], x: body.x + 1, y: y, width: body.width - 2, ellipsis: glyphs.ellipsis, override: isCursor ? .selection : nil)
            grid.put(spans: [
                Span("     shared: ", .dim), Span(result.terms.joined(separator: ", "), .match),
                Span("  " + glyphs.separator + " " + where_, .dim),
            ], x: body.x + 1, y: y + 1, width: body.width - 2, ellipsis: glyphs.ellipsis, override: isCursor ? .selection : nil)
        }
        grid.put(spans: [Span("↑↓ move  Enter open  b bookmark  Esc close", .dim)],
                 x: inner.x + 1, y: inner.y + inner.height - 1, width: inner.width - 2, ellipsis: glyphs.ellipsis)
        if !related.results.isEmpty {
            grid.boxFooter(area, text: "\(selected + 1)/\(related.results.count)", role: .borderFocused)
        }
    }
}

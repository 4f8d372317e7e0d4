import LecternCore

/// The top bar: `/` prompt, the query with the cursor, an inline query error, and the result count.
struct SearchBarView {
    let state: State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: .searchBar)
        let y = rect.y
        let search = state.search
        let count: String
        if let results = search.results {
            count = results.count == 1 ? "1 result" : "\(results.count) results"
        } else {
            count = "\(state.corpus.items.count) items"
        }
        let countWidth = DisplayWidth.of(count)
        let showCount = rect.width >= countWidth + 20
        let leftWidth = showCount ? rect.width - countWidth - 2 : rect.width
        if showCount {
            grid.put(count, x: rect.x + rect.width - countWidth - 1, y: y, role: .status)
        }

        var spans = [Span("/", .searchPrompt, bold: true), Span(" ", .searchBar)]
        let query = TerminalSafe.sanitize(search.query)
        if query.isEmpty && !search.editing {
            spans.append(Span("search talks and papers", .dim))
        } else {
            spans.append(Span(query, .searchBar))
        }
        let queryEnd = 2 + DisplayWidth.of(query)
        if let error = search.error {
            spans.append(Span("  " + error.description, .searchError))
        }
        let width = max(0, leftWidth - 1)
        grid.put(spans: spans, x: rect.x + 1, y: y, width: width, ellipsis: glyphs.ellipsis)
        if search.editing {
            let cx = rect.x + 1 + min(queryEnd, max(0, width - 1))
            grid.cursor = GridPoint(x: cx, y: y)
        }
    }
}

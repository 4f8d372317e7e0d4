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
        let width = max(0, leftWidth - 1)
        var query = TerminalSafe.sanitize(search.query)
        // The cursor's column: the width of the query before it (the cursor counts characters).
        let before = TerminalSafe.sanitize(String(search.query.prefix(search.cursor)))
        var cursorColumn = 2 + DisplayWidth.of(before)
        if search.editing, cursorColumn > width - 1, width > 4 {
            // A query longer than the bar scrolls so the cursor stays in view, the start cut.
            var drop = 0
            let chars = Array(query)
            while drop < chars.count, 2 + DisplayWidth.of(glyphs.ellipsis) + DisplayWidth.of(String(chars[drop..<min(chars.count, before.count)])) > width - 1 {
                drop += 1
            }
            query = glyphs.ellipsis + String(chars[drop...])
            cursorColumn = 2 + DisplayWidth.of(glyphs.ellipsis) + DisplayWidth.of(String(chars[drop..<min(chars.count, before.count)]))
        }
        if query.isEmpty && !search.editing {
            spans.append(Span("search talks and papers", .dim))
        } else {
            spans.append(Span(query, .searchBar))
        }
        if let error = search.error {
            spans.append(Span("  " + error.description, .searchError))
        }
        grid.put(spans: spans, x: rect.x + 1, y: y, width: width, ellipsis: glyphs.ellipsis)
        if search.editing {
            let cx = rect.x + 1 + min(cursorColumn, max(0, width - 1))
            grid.cursor = GridPoint(x: cx, y: y)
        }
    }
}

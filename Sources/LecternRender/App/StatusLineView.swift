import LecternCore

/// The bottom bar: position in the list, the active filter or query, a transient message or the
/// search note, the search time, and the help key hint.
struct StatusLineView {
    let state: State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: .status)
        var right: [Span] = []
        if let micros = state.search.elapsedMicroseconds, let results = state.search.results {
            let ms = Double(micros) / 1000
            // Sub-millisecond searches are the common case: show them as such, not as "0.0 ms".
            let shown = ms < 0.1 ? "<0.1" : ms < 10 ? (Double(Int(ms * 10)) / 10).description : String(Int(ms))
            let noun = results.count == 1 ? "result" : "results"
            right.append(Span("\(results.count) \(noun) in \(shown) ms  ", .status))
        }
        if let key = state.keyMap.bindings.first(where: { $0.command == .help })?.keys.first {
            right.append(Span(key.label, .helpKey, bold: true))
            right.append(Span(" help", .status))
        }
        var rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        if rightWidth + 12 > rect.width { right = []; rightWidth = 0 }

        var left: [Span] = []
        let count = state.visibleItems.count
        let position = count == 0 ? 0 : min(state.itemsCursor.selected, count - 1) + 1
        left.append(Span("\(position)/\(count)", .status, bold: true))
        left.append(Span("  ", .status))
        if state.search.isActive {
            left.append(Span("search: " + state.search.query, .status))
        } else {
            left.append(Span(entryName, .status))
        }
        if let message = state.status, !message.isEmpty {
            left.append(Span("  " + message, .statusMessage))
        } else if let note = state.search.note, !note.isEmpty {
            left.append(Span("  " + note, .statusMessage))
        }
        let leftWidth = rect.width - 1 - (rightWidth > 0 ? rightWidth + 2 : 0)
        grid.put(spans: left, x: rect.x + 1, y: rect.y, width: leftWidth, ellipsis: glyphs.ellipsis)
        if rightWidth > 0 {
            grid.put(spans: right, x: rect.x + rect.width - 1 - rightWidth, y: rect.y, width: rightWidth)
        }
    }

    var entryName: String {
        switch state.selectedEntry {
        case .session(let id)?: return state.session(id: id)?.title ?? id
        case .trending?: return "Trending papers"
        case .bookmarks?: return "Bookmarks"
        case nil: return ""
        }
    }
}

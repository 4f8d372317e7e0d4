import LecternCore

/// The `M` overlay: every status message of the session, oldest first and newest last, each
/// wrapped in full, scrolled to the end when it opens.
struct MessagesView {
    let state: State
    let messages: MessagesFeature.State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in area: Rect) {
        guard area.width >= 12, area.height >= 4 else { return }
        let width = min(area.width - 2, 100)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
        grid.fill(rect, role: .normal)
        let count = state.messages.entries.count
        grid.box(rect, role: .borderFocused, title: "Messages (\(count))", glyphs: glyphs)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let textWidth = MessagesFeature.textWidth(in: area)
        var lines = MessagesFeature.lines(state.messages, width: textWidth)
        if lines.isEmpty { lines = ["No messages yet."] }
        let rows = MessagesFeature.rows(in: area)
        let last = max(0, lines.count - rows)
        let top = min(max(0, messages.top), last)
        for row in 0..<min(rows, inner.height) where top + row < lines.count {
            let text = lines[top + row]
            grid.put(spans: [Span(text, count == 0 ? .dim : .normal)], x: inner.x + 1, y: inner.y + row, width: textWidth, ellipsis: glyphs.ellipsis)
        }
        if last > 0 { grid.boxFooter(rect, text: "\(top + 1)-\(min(lines.count, top + rows))/\(lines.count)", role: .borderFocused) }
    }
}

import LecternCore

/// The bottom bar: position in the list, the active filter or query, a transient message or the
/// search note, the search time, and the help key hint.
struct StatusLineView {
    let state: State
    let glyphs: Glyphs

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, role: .status)
        if let question = state.question, state.status == question.prompt {
            // A question takes the whole line, so that its y/n always shows.
            grid.put(spans: [Span(fitted(question, room: rect.width - 2), .statusMessage)], x: rect.x + 1, y: rect.y,
                     width: rect.width - 1, ellipsis: glyphs.ellipsis)
            return
        }
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

        let leftWidth = rect.width - 1 - (rightWidth > 0 ? rightWidth + 2 : 0)
        var left: [Span] = []
        let count = state.visibleItems.count
        let position = "\(count == 0 ? 0 : min(state.itemsCursor.selected, count - 1) + 1)/\(count)"
        left.append(Span(position, .status, bold: true))
        var name = TerminalSafe.sanitize(state.search.isActive ? "search: " + state.search.query : entryName)
        let fixed = DisplayWidth.of(position) + 2
        if let message = shown(room: leftWidth - fixed) {
            // The message wins the room: the session title (or query) is shortened, then left out.
            let room = leftWidth - fixed - DisplayWidth.of(message) - 2
            name = room >= 8 ? DisplayWidth.truncate(name, to: room, ellipsis: glyphs.ellipsis) : ""
            if !name.isEmpty { left.append(Span("  " + name, .status)) }
            left.append(Span("  " + message, .statusMessage))
        } else {
            left.append(Span("  " + name, .status))
        }
        grid.put(spans: left, x: rect.x + 1, y: rect.y, width: leftWidth, ellipsis: glyphs.ellipsis)
        if rightWidth > 0 {
            grid.put(spans: right, x: rect.x + rect.width - 1 - rightWidth, y: rect.y, width: rightWidth)
        }
    }

    /// The message to show in `room` columns: the status message or the search's note.
    func shown(room: Int) -> String? {
        state.status.flatMap({ $0.isEmpty ? nil : TerminalSafe.sanitize($0) })
            ?? state.search.note.flatMap({ $0.isEmpty ? nil : TerminalSafe.sanitize($0) })
    }

    /// A question's prompt in `room` columns: a copy question shortens the title it quotes, the
    /// quit question says it in fewer words, so that the question and its `y/n` fit.
    func fitted(_ question: ConfirmFeature.Question, room: Int) -> String {
        let prompt = TerminalSafe.sanitize(question.prompt)
        guard DisplayWidth.of(prompt) > room else { return prompt }
        let quoted: String
        switch question {
        case .quitUnsaved(let count): return "\(count) unsaved change\(count == 1 ? "" : "s"). Quit anyway? y/n"
        case .copy(let text): quoted = text
        case .overwriteExport(_, _, let path):
            // The path is shortened from the front: its file name and the question stay.
            let ask = " exists. Replace it? y/n"
            let keep = max(1, room - DisplayWidth.of(ask) - 1)
            let shown = DisplayWidth.of(path) <= keep ? path : glyphs.ellipsis + String(path.suffix(keep))
            return TerminalSafe.sanitize(shown) + ask
        case .mergePlan(_, let additions):
            return "Add \(additions.count) shared item\(additions.count == 1 ? "" : "s")? y/n"
        }
        // "Title [id]": the title is shortened, the id kept.
        var title = TerminalSafe.sanitize(quoted), id = ""
        if title.hasSuffix("]"), let open = title.range(of: " [", options: .backwards) {
            id = String(title[open.lowerBound...])
            title = String(title[..<open.lowerBound])
        }
        let rest = DisplayWidth.of(ConfirmFeature.Question.copy(id).prompt)
        if room - rest >= 8 {
            return ConfirmFeature.Question.copy(DisplayWidth.truncate(title, to: room - rest, ellipsis: glyphs.ellipsis) + id).prompt
        }
        // Narrower still: the question in fewer words, the title shortened further.
        let short = { (t: String) in "Copy \u{201C}\(t)\u{201D}? y/n" }
        return short(DisplayWidth.truncate(title, to: max(1, room - DisplayWidth.of(short(id))), ellipsis: glyphs.ellipsis) + id)
    }

    var entryName: String {
        switch state.selectedEntry {
        case let entry?: return state.name(of: entry)
        case nil: return ""
        }
    }
}

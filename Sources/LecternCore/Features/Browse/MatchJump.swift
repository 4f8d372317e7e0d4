extension State {
    /// `n` / `N`: scrolls the details pane so the next (previous) abstract line with a match of the
    /// query is on top, wrapping around with a note in the status line.
    mutating func jumpToMatch(forward: Bool) {
        guard let item = selectedItem else { return }
        // Only the words that may match in an abstract (`title:x` does not).
        let highlighter = MatchHighlighter(query: search.query, fields: [.abstract])
        guard !MatchHighlighter(query: search.query).isEmpty else {
            status = "No search query: type / to search"
            return
        }
        let shown = layout.details
        let rect = shown.isEmpty ? PaneLayout(size: size, detailsZoomed: true).details : shown
        let text = DetailsText(item: item, state: self, width: DetailsText.textWidth(ofPane: rect), cache: environment.wrapCache)
        let matches = text.matchLines(highlighter)
        let current = min(max(0, browse.detailsScroll), max(0, text.lineCount - 1))
        guard let jump = DetailsText.jump(from: current, matches: matches, forward: forward),
              let position = matches.firstIndex(of: jump.line) else {
            status = "No match for \"\(search.query)\" in the abstract"
            return
        }
        browse.detailsScroll = jump.line
        if jump.wrapped {
            status = forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM"
        } else {
            status = "Match line \(position + 1) of \(matches.count)"
        }
    }
}

/// The details pane's text for one item at one width: every block already word-wrapped, and the
/// line where the abstract starts. The details view styles these lines and the reducer finds the
/// abstract's matches in them (`n` / `N`), so the two can never disagree on where a match is.
///
/// The pane's lines, in order: title, authors, a blank line, session, time, room, track, type,
/// language and links (those the item has), kind, bookmark and
/// note, clashes, a blank line, the "Abstract" heading (or "No abstract."), the abstract, a blank
/// line and the source. Labelled blocks are wrapped after a label of `labelWidth` columns, clash
/// titles after `clashLabelWidth` columns.
public struct DetailsText: Sendable {
    /// Columns of a label such as `"Session  "`.
    public static let labelWidth = 9
    /// Columns of `"CLASH with "`.
    public static let clashLabelWidth = 11

    public var title: [String]
    public var authors: [String]
    /// The session title (and moderator), wrapped after the label; empty without a session.
    public var session: [String]
    /// The time range, wrapped after the label; empty without a time.
    public var time: [String]
    /// What a schedule says of the talk beside its time, each a label and its text wrapped after
    /// it: the room, track, event type, language, and each link (`Link     Recording: https://…`).
    public var facts: [(label: String, lines: [String])]
    /// True when the item is bookmarked (one "Bookmark" line).
    public var bookmarked: Bool
    /// The bookmark's note, wrapped after the label; empty without a note.
    public var note: [String]
    /// For each clashing bookmark, its id and its title wrapped after "CLASH with ".
    public var clashes: [(id: String, title: [String])]
    /// What the plan knows beyond the bookmark, each a label and its text wrapped after it: what the
    /// last re-import changed (`Changed  MOVED 10:30→11:30`), whose imported plans hold the item.
    public var notices: [(label: String, lines: [String])]
    /// The abstract, cleaned, sanitized and wrapped paragraph by paragraph; empty when there is none.
    public var abstract: [String]
    /// Per abstract line, the character ranges the LaTeX marks bold.
    public var abstractBold: [[Range<Int>]]
    /// Per abstract line, the character ranges of links (a link cut over lines is link on each).
    public var abstractLinks: [[Range<Int>]]
    /// False when only the first lines of a long title or abstract were wrapped (the `lines` asked
    /// for): `lineCount` is then at least that many, and `estimatedLineCount` guesses the whole.
    public var complete: Bool
    /// All the pane's lines when `complete`, otherwise an estimate of them.
    public var estimatedLineCount: Int

    /// The text width inside a details pane of `pane` (its border and a margin column each side).
    public static func textWidth(ofPane pane: Rect) -> Int { pane.width - 4 }

    /// `separator` and `dash` are the glyphs the session and time texts use; the ASCII and Unicode
    /// glyph sets have the same widths, so the wrapping does not depend on them.
    /// `cache`, when given, keeps wrapped abstracts between frames (the renderer owns one).
    /// `lines`: how many of the pane's lines are needed (the scroll offset plus the pane's height);
    /// a title or abstract longer than that is wrapped only as far as it shows, plus one line.
    public init(item: Item, state: State, width: Int, separator: String = "·", dash: String = "–", cache: WrappedTextCache? = nil,
                lines needed: Int = .max) {
        let width = max(1, width)
        let labelled = max(1, width - DetailsText.labelWidth)
        let session = item.sessionId.flatMap { state.session(id: $0) }
        // A title can be as long as an abstract (a megabyte word is valid data): it is cached too.
        let shownTitle = item.displayTitle(session: session)
        let wrapTitle = { (limit: Int) in WrappedAbstract(plain: shownTitle, width: width, maxLines: limit) }
        let titleLimit = WrappedAbstract.limit(needed, for: shownTitle)
        let wrappedTitle = cache.map { $0.wrapped(shownTitle, width: width, kind: .plain, lines: titleLimit, make: wrapTitle) } ?? wrapTitle(titleLimit)
        title = wrappedTitle.lines
        authors = item.authors.isEmpty ? [] : DisplayWidth.wrap(TerminalSafe.sanitize(item.authors.joined(separator: ", ")), width: width)
        if let session {
            var text = session.title
            if let m = session.moderator, !m.isEmpty { text += " \(separator) moderator " + m }
            self.session = DisplayWidth.wrap(TerminalSafe.sanitize(text), width: labelled)
        } else {
            self.session = []
        }
        if let start = item.start {
            let text = TimeFormatting.localWithConference(start, item.end, session: session, local: state.displayTimeZone, zones: state.environment.zones)
            time = DisplayWidth.wrap(TerminalSafe.sanitize(dash == "–" ? text : text.replacingOccurrences(of: "–", with: dash)), width: labelled)
        } else {
            time = []
        }
        var facts: [(label: String, lines: [String])] = []
        func fact(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            facts.append((label, DisplayWidth.wrap(TerminalSafe.sanitize(value), width: labelled)))
        }
        fact("Room     ", item.room)
        fact("Track    ", item.track)
        fact("Type     ", item.type)
        fact("Language ", item.language)
        for link in item.links ?? [] {
            fact("Link     ", link.title.isEmpty || link.title == link.url ? link.url : link.title + ": " + link.url)
        }
        self.facts = facts
        let bookmark = state.bookmarks[item.id]
        bookmarked = bookmark != nil
        if let note = bookmark?.note, !note.isEmpty {
            self.note = DisplayWidth.wrap(TerminalSafe.sanitize(note), width: labelled)
        } else {
            note = []
        }
        let others = ClashFinder.clashes(in: state.corpus, bookmarks: state.bookmarks, index: state.index)[item.id] ?? []
        clashes = others.map { other in
            let title = state.index.itemIndex(id: other).map { state.corpus.items[$0].displayTitle } ?? other
            return (other, DisplayWidth.wrap(TerminalSafe.sanitize(title), width: max(1, width - DetailsText.clashLabelWidth)))
        }
        var notices: [(label: String, lines: [String])] = []
        let plan = state.environment.plan
        if let change = plan.changes[item.id] {
            notices.append(("Changed  ", DisplayWidth.wrap(TerminalSafe.sanitize(change.flag), width: labelled)))
        }
        if let shared = plan.sharedIn(item.id) {
            notices.append(("Shared   ", DisplayWidth.wrap(TerminalSafe.sanitize("also in " + shared), width: labelled)))
        }
        // The other records of the same work: "Paper of this talk", "Talk of this paper".
        for other in state.otherRecords(of: item) {
            notices.append(("Same work", DisplayWidth.wrap(TerminalSafe.sanitize(state.sameWorkLine(item, other)), width: labelled)))
        }
        self.notices = notices
        abstract = []
        abstractBold = []
        abstractLinks = []
        complete = true
        estimatedLineCount = 0
        // The abstract's lines that can show: the rest of `needed` after the lines above it.
        let room = WrappedAbstract.limit(needed == .max ? .max : max(1, needed - abstractStart), for: item.abstract)
        let make = { (limit: Int) in WrappedAbstract(abstract: item.abstract, width: width, maxLines: limit) }
        let wrapped = cache.map { $0.wrapped(item.abstract, width: width, lines: room, make: make) } ?? make(room)
        abstract = wrapped.lines
        abstractBold = wrapped.bold
        abstractLinks = wrapped.links
        complete = wrappedTitle.complete && wrapped.complete
        estimatedLineCount = lineCount + (wrappedTitle.estimatedLineCount - title.count) + (wrapped.estimatedLineCount - abstract.count)
    }

    /// The index of the abstract's first line in the pane's content (just after the heading).
    public var abstractStart: Int {
        title.count + authors.count + 1 + session.count + time.count + facts.reduce(0) { $0 + $1.lines.count } + 1
            + (bookmarked ? 1 + note.count : 0) + clashes.reduce(0) { $0 + $1.title.count }
            + notices.reduce(0) { $0 + $1.lines.count } + 1 + 1
    }

    /// All the pane's lines.
    public var lineCount: Int { abstractStart + abstract.count + 2 }

    /// Indices (in the pane's content) of the abstract lines where `highlighter` finds a match.
    public func matchLines(_ highlighter: MatchHighlighter) -> [Int] {
        guard !highlighter.isEmpty else { return [] }
        let start = abstractStart
        return abstract.indices.filter { !highlighter.ranges(in: abstract[$0]).isEmpty }.map { start + $0 }
    }

    /// Where `n` (`forward`) or `N` goes from the top line `current`: the first match line below it
    /// (or above it), wrapping around to the other end (`wrapped`); nil without any match.
    public static func jump(from current: Int, matches: [Int], forward: Bool) -> (line: Int, wrapped: Bool)? {
        guard let first = matches.first, let last = matches.last else { return nil }
        if forward {
            if let next = matches.first(where: { $0 > current }) { return (next, false) }
            return (first, true)
        }
        if let previous = matches.last(where: { $0 < current }) { return (previous, false) }
        return (last, true)
    }
}

import LecternCore

/// The `s` view: the day as a timeline. Time runs down the side (the viewer's zone, the
/// conference's zone beside it), sessions are columns, each talk is a slot. Bookmarked talks are
/// starred and highlighted, clashing bookmarks marked `!`, the free time between bookmarks shows in
/// the gutter and as break lines, and `▶`/`›` mark the talk running now and the next one.
struct ScheduleView {
    let state: State
    let schedule: ScheduleFeature.State
    let glyphs: Glyphs

    /// One line of the timeline: a row of slots, or a break between rows.
    enum Line: Equatable {
        case slots(Int)
        case gap(from: Timestamp, to: Timestamp)
    }

    func draw(into grid: inout CellGrid, in area: Rect) {
        guard area.width >= 20, area.height >= 6 else { return }
        let model = schedule.model
        grid.fill(area, role: .normal)
        let marks = model.nowAndNext(state.now)
        var title = "Schedule"
        if let id = model.conference, schedule.days.contains(where: { $0.conference != id }),
           let conference = state.corpus.conferences?.first(where: { $0.id == id }) {
            title += " " + glyphs.separator + " " + (conference.acronym ?? conference.title)
        }
        if let date = model.date {
            title += " " + glyphs.separator + " " + State.dayName(date)
        } else if let first = model.rows.first {
            title += " " + glyphs.separator + " " + TimeFormatting.day(first, in: state.displayTimeZone)
        }
        let days = schedule.conferenceDays
        if days.count > 1 { title += " (day \(days.index + 1)/\(days.count))" }
        if let now = state.now, marks.now != nil || marks.next != nil {
            title += " " + glyphs.separator + " now " + TimeFormatting.clock(now, in: state.displayTimeZone)
        }
        grid.box(area, role: .borderFocused, title: title, glyphs: glyphs)
        let inner = area.inner
        guard inner.height >= 4, let firstRow = model.rows.first else { return }

        let bookmarked = Set(model.cells.flatMap { $0 }.compactMap { $0 }.filter { state.bookmarks.contains(state.corpus.items[$0].id) })
        let clashing = clashes(among: bookmarked)
        let lines = timeline(model)

        // Columns that fit, keeping the cursor's column in view.
        let timeWidth = ScheduleFeature.timeWidth
        let fit = ScheduleFeature.columnsThatFit(width: inner.width)
        let shown = min(fit, model.columns.count)
        let firstColumn = min(max(min(schedule.firstColumn, schedule.column), schedule.column - shown + 1), max(0, model.columns.count - shown))
        let columnWidth = shown > 0 ? (inner.width - timeWidth) / shown : 0

        // Header: zones, then session titles (a prefix all of them share shortened to initials).
        let headers = ScheduleView.shortTitles(model.columns.map(\.title))
        let conference = model.columns.first
        let localZone = TimeFormatting.abbreviation(of: state.displayTimeZone, at: firstRow, zones: state.environment.zones)
        let conferenceZone = conference.flatMap { $0.zoneAbbreviation } ?? conference.map { TimeFormatting.abbreviation(of: $0.timeZone, at: firstRow, zones: state.environment.zones) } ?? ""
        grid.put(spans: [Span(" " + pad(localZone, 5) + " " + pad(conferenceZone, 5), .zone, bold: true)],
                 x: inner.x, y: inner.y, width: timeWidth, ellipsis: glyphs.ellipsis)
        for k in 0..<shown {
            let c = firstColumn + k
            let x = inner.x + timeWidth + k * columnWidth
            let role: Role = c == schedule.column ? .paneTitle : .heading
            grid.put(spans: [Span(headers[c], role, bold: true)], x: x, y: inner.y, width: columnWidth - 1, ellipsis: glyphs.ellipsis)
        }
        if firstColumn > 0 { grid.put("‹", x: inner.x + timeWidth - 1, y: inner.y, role: .dim) }
        if firstColumn + shown < model.columns.count { grid.put("›", x: inner.x + inner.width - 1, y: inner.y, role: .dim) }

        // Body, scrolled so the cursor's line stays in view.
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 2)
        let cursorLine = lines.firstIndex(of: .slots(schedule.row)) ?? 0
        let offset = min(max(0, cursorLine - body.height / 2), max(0, lines.count - body.height))
        let span = bookmarkSpan(bookmarked)
        for (k, line) in lines.dropFirst(offset).prefix(body.height).enumerated() {
            let y = body.y + k
            switch line {
            case .gap(let from, let to):
                let minutes = Int((to.epochSeconds - from.epochSeconds) / 60)
                let between = span.map { from >= $0.first && to <= $0.last } ?? false
                let text = (between ? "free " : "break ") + ScheduleView.duration(minutes)
                    + " (" + TimeFormatting.clock(from, in: state.displayTimeZone) + "–" + TimeFormatting.clock(to, in: state.displayTimeZone) + ")"
                let rule = String(repeating: "┄", count: 3)
                grid.put(spans: [Span("       " + rule + " " + text + " " + rule, between ? .bookmark : .dim)],
                         x: body.x, y: y, width: body.width, ellipsis: glyphs.ellipsis)
            case .slots(let r):
                let start = model.rows[r]
                let marker = marks.now == r ? "▶" : marks.next == r ? "›" : " "
                let local = TimeFormatting.clock(start, in: state.displayTimeZone)
                let conf = TimeFormatting.clock(start, offset: start.utcOffsetSeconds)
                let covered = bookmarked.contains { i in
                    guard let s = state.corpus.items[i].start, let e = state.corpus.items[i].end else { return false }
                    return s <= start && start < e
                }
                let inside = span.map { start > $0.first && start < $0.last } ?? false
                let gutter = covered ? "┃" : inside ? "┊" : " "
                grid.put(spans: [
                    Span(marker, .statusMessage, bold: true), Span(local, .time), Span(" "), Span(conf, .zone),
                    Span(" "), Span(gutter, covered ? .bookmark : .dim),
                ], x: body.x, y: y, width: timeWidth, ellipsis: glyphs.ellipsis)
                for k in 0..<shown {
                    let c = firstColumn + k
                    guard let i = model.cells[r][c] else { continue }
                    let item = state.corpus.items[i]
                    let x = body.x + timeWidth + k * columnWidth
                    let isCursor = r == schedule.row && c == schedule.column
                    let isBookmarked = bookmarked.contains(i)
                    let isClash = clashing.contains(i)
                    let role: Role = isCursor ? .selection : isClash ? .clash : isBookmarked ? .bookmark : .normal
                    let mark = isClash ? "!" : state.bookmarks[item.id].map { glyphs.mark($0.priority) } ?? ""
                    let label = item.kind == .qa ? "Q&A" : item.displayTitle
                    grid.fill(Rect(x: x, y: y, width: columnWidth - 1, height: 1), role: role)
                    grid.put(spans: [Span(mark, role, bold: true), Span(label, role, bold: isBookmarked)],
                             x: x, y: y, width: columnWidth - 1, ellipsis: glyphs.ellipsis)
                }
            }
        }
        let dayKeys = days.count > 1 ? "[ ] day  " : ""
        let rooms = model.columns.count > shown ? "< > rooms \(firstColumn + 1)-\(firstColumn + shown)/\(model.columns.count)  " : ""
        let hint = "↑↓ talk  ←→ session  " + dayKeys + rooms + "Enter open  b bookmark  Esc close  " + glyphs.bookmark + " must see  " + glyphs.maybe + " maybe  ! clash"
        grid.put(spans: [Span(hint, .dim)], x: inner.x + 1, y: inner.y + inner.height - 1, width: inner.width - 2, ellipsis: glyphs.ellipsis)
        if lines.count > body.height {
            grid.boxFooter(area, text: "\(offset + 1)-\(min(lines.count, offset + body.height))/\(lines.count)", role: .borderFocused)
        }
    }

    /// The rows, with a break line wherever no talk runs between one row and the next.
    func timeline(_ model: ScheduleModel) -> [Line] {
        var lines: [Line] = []
        var latestEnd: Timestamp?
        for (r, start) in model.rows.enumerated() {
            if let end = latestEnd, start > end { lines.append(.gap(from: end, to: start)) }
            lines.append(.slots(r))
            latestEnd = max(latestEnd ?? model.rowEnds[r], model.rowEnds[r])
        }
        return lines
    }

    /// From the first bookmarked talk's start to the last one's end.
    func bookmarkSpan(_ items: Set<Int>) -> (first: Timestamp, last: Timestamp)? {
        let starts = items.compactMap { state.corpus.items[$0].start }
        let ends = items.compactMap { state.corpus.items[$0].end }
        guard let first = starts.min(), let last = ends.max(), items.count > 1 else { return nil }
        return (first, last)
    }

    /// Bookmarked talks whose time overlaps another bookmarked talk.
    func clashes(among items: Set<Int>) -> Set<Int> {
        let timed = items.compactMap { i -> (Int, Timestamp, Timestamp)? in
            guard let s = state.corpus.items[i].start, let e = state.corpus.items[i].end else { return nil }
            return (i, s, e)
        }
        var out = Set<Int>()
        for a in timed {
            for b in timed where a.0 != b.0 && a.1 < b.2 && b.1 < a.2 { out.insert(a.0) }
        }
        return out
    }

    /// `Deep Learning Architectures`, `Deep Learning 1` → `DL Architectures`, `DL 1`.
    static func shortTitles(_ titles: [String]) -> [String] {
        let words = titles.map { $0.split(separator: " ").map(String.init) }
        guard titles.count > 1, let first = words.first else { return titles }
        var shared = 0
        while shared < first.count, words.allSatisfy({ $0.count > shared + 1 && $0[shared] == first[shared] }) { shared += 1 }
        guard shared > 0 else { return titles }
        let initials = first.prefix(shared).compactMap(\.first).map(String.init).joined()
        return words.map { ([initials] + $0.dropFirst(shared)).joined(separator: " ") }
    }

    static func duration(_ minutes: Int) -> String {
        minutes < 60 ? "\(minutes) min" : minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }

    func pad(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }
}

import LecternCore

/// The drawing primitives every view uses. All text is passed through `TerminalSafe.sanitize` and
/// measured with `DisplayWidth`; a wide character takes its cell plus a continuation cell, and one
/// that does not fit before the clip's right edge becomes a space.
extension CellGrid {
    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// Writes one cell, keeping wide characters whole: overwriting half of a wide character
    /// blanks its other half.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let old = self[x, y]
        // A continuation written after its wide cell keeps that cell; anything else cuts it.
        if old.isContinuation, x > 0, !cell.isContinuation {
            var lead = self[x - 1, y]
            if lead.width == 2 {
                lead = Cell(" ", role: lead.role)
                self[x - 1, y] = lead
            }
        }
        if old.width == 2, x + 1 < size.width, self[x + 1, y].isContinuation, cell.width != 2 {
            self[x + 1, y] = Cell(" ", role: self[x + 1, y].role)
        }
        self[x, y] = cell
    }

    /// Paints `rect` (clipped to the grid) with spaces of `role`.
    public mutating func fill(_ rect: Rect, role: Role) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) { set(Cell(" ", role: role), x: x, y: y) }
        }
    }

    /// Changes the role of every cell in `rect`, keeping the characters.
    public mutating func restyle(_ rect: Rect, role: Role) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<(r.y + r.height) {
            for x in r.x..<(r.x + r.width) {
                var c = self[x, y]
                c.role = role
                self[x, y] = c
            }
        }
    }

    /// Draws `text` from `x`, `y`, clipped to `clip` (the grid when nil). Returns the column after
    /// the last cell drawn. Zero-width graphemes on their own are dropped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role, bold: Bool = false, clip: Rect? = nil) -> Int {
        draw(sanitized: TerminalSafe.sanitize(text), x: x, y: y, role: role, bold: bold, clip: clip)
    }

    /// `put` for text already passed through `TerminalSafe.sanitize` (control characters are still skipped).
    mutating func draw(sanitized text: String, x: Int, y: Int, role: Role, bold: Bool, clip: Rect?) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.y + area.height else { return x }
        let right = area.x + area.width
        var cx = x
        for ch in text {
            if cx >= right { break }
            if DisplayWidth.needsSanitizing(ch) { continue }
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if cx < area.x { cx += w; continue }
            if w == 2 {
                if cx + 1 >= right {
                    set(Cell(" ", role: role, bold: bold), x: cx, y: y)
                    cx += 1
                    break
                }
                set(Cell(ch, width: 2, role: role, bold: bold), x: cx, y: y)
                set(Cell.continuation(role: role), x: cx + 1, y: y)
                cx += 2
            } else {
                set(Cell(ch, width: 1, role: role, bold: bold), x: cx, y: y)
                cx += 1
            }
        }
        return cx
    }

    /// Draws a line of spans in `width` columns from `x`, `y`, ending with `ellipsis` (painted like
    /// the span it cuts) when it does not fit. Returns the column after the last cell drawn.
    @discardableResult
    public mutating func put(spans: [Span], x: Int, y: Int, width: Int, ellipsis: String = "…", override: Role? = nil) -> Int {
        guard width > 0 else { return x }
        let clip = Rect(x: x, y: y, width: width, height: 1)
        // Only what can show is sanitized and measured: a megabyte title costs one row's worth.
        // (A span is cut to a generous number of characters; a cut one always ends with the ellipsis.)
        let limit = width * 8 + 64
        var cut = false
        let safe = spans.map { span -> Span in
            var text = span.text
            if text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex {
                text = String(text[..<end])
                cut = true
            }
            return Span(TerminalSafe.sanitize(text), span.role, bold: span.bold)
        }
        let total = cut ? width + 1 : safe.reduce(0) { $0 + DisplayWidth.of($1.text) }
        func role(_ r: Role) -> Role {
            guard let override else { return r }
            return r == .match ? .match : override
        }
        var cx = x
        if total <= width {
            for s in safe { cx = draw(sanitized: s.text, x: cx, y: y, role: role(s.role), bold: s.bold, clip: clip) }
            return cx
        }
        let room = width - DisplayWidth.of(ellipsis)
        var used = 0
        var lastRole = safe.first.map { role($0.role) } ?? role(.normal)
        outer: for s in safe {
            var kept = ""
            var full = true
            for ch in s.text {
                let w = DisplayWidth.of(ch)
                if used + w > room { full = false; break }
                kept.append(ch)
                used += w
            }
            cx = draw(sanitized: kept, x: cx, y: y, role: role(s.role), bold: s.bold, clip: clip)
            if !full { lastRole = role(s.role); break outer }
        }
        return put(ellipsis, x: cx, y: y, role: lastRole, clip: clip)
    }

    /// Draws a border around `rect` with an optional title in the top edge.
    public mutating func box(_ rect: Rect, role: Role, title: String? = nil, titleRole: Role = .paneTitle, glyphs: Glyphs = .unicode) {
        guard rect.width >= 2, rect.height >= 2 else { fill(rect, role: role); return }
        let x0 = rect.x, y0 = rect.y, x1 = rect.x + rect.width - 1, y1 = rect.y + rect.height - 1
        for x in (x0 + 1)..<x1 {
            set(Cell(glyphs.horizontal, role: role), x: x, y: y0)
            set(Cell(glyphs.horizontal, role: role), x: x, y: y1)
        }
        for y in (y0 + 1)..<y1 {
            set(Cell(glyphs.vertical, role: role), x: x0, y: y)
            set(Cell(glyphs.vertical, role: role), x: x1, y: y)
        }
        set(Cell(glyphs.topLeft, role: role), x: x0, y: y0)
        set(Cell(glyphs.topRight, role: role), x: x1, y: y0)
        set(Cell(glyphs.bottomLeft, role: role), x: x0, y: y1)
        set(Cell(glyphs.bottomRight, role: role), x: x1, y: y1)
        if let title, rect.width >= 6 {
            let t = DisplayWidth.truncate(TerminalSafe.sanitize(title), to: rect.width - 4, ellipsis: glyphs.ellipsis)
            put(" " + t + " ", x: x0 + 1, y: y0, role: titleRole, clip: Rect(x: x0 + 1, y: y0, width: rect.width - 2, height: 1))
        }
    }

    /// Draws a label into the bottom edge of a box, right-aligned.
    public mutating func boxFooter(_ rect: Rect, text: String, role: Role) {
        guard rect.width >= 6, rect.height >= 2 else { return }
        let label = " " + text + " "
        let w = DisplayWidth.of(label)
        guard w <= rect.width - 2 else { return }
        put(label, x: rect.x + rect.width - 1 - w, y: rect.y + rect.height - 1, role: role)
    }
}

extension Rect {
    /// The part of this rectangle inside `other` (`.zero`-sized when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(x + width, other.x + other.width), y1 = min(y + height, other.y + other.height)
        guard x1 > x0, y1 > y0 else { return Rect(x: x0, y: y0, width: 0, height: 0) }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The rectangle inside a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

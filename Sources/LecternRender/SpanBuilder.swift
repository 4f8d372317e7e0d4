import Foundation
import LecternCore

/// Builds spans for views: search matches split out with `Role.match`, author lists shortened.
enum SpanBuilder {
    /// The mark of the bookmark on item `id` and a space (`★ ` must see, `☆ ` maybe, in their own
    /// roles), or nil when the item is not bookmarked.
    static func bookmarkMark(_ id: String, in bookmarks: Bookmarks, glyphs: Glyphs) -> Span? {
        bookmarks[id].map { bookmarkMark($0.priority, glyphs: glyphs) }
    }

    static func bookmarkMark(_ priority: Bookmark.Priority, glyphs: Glyphs) -> Span {
        Span(glyphs.mark(priority) + " ", priority == .mustSee ? .bookmark : .bookmarkMaybe)
    }

    /// `text` (sanitized) as spans of `role`, with the highlighter's matches painted `.match`.
    static func highlighted(_ text: String, role: Role, _ highlighter: MatchHighlighter, bold: Bool = false) -> [Span] {
        let safe = TerminalSafe.sanitize(text)
        guard !highlighter.isEmpty else { return [Span(safe, role, bold: bold)] }
        var spans: [Span] = []
        var i = safe.startIndex
        for r in highlighter.ranges(in: safe) where r.lowerBound >= i {
            if i < r.lowerBound { spans.append(Span(String(safe[i..<r.lowerBound]), role, bold: bold)) }
            spans.append(Span(String(safe[r]), .match, bold: bold))
            i = r.upperBound
        }
        if i < safe.endIndex { spans.append(Span(String(safe[i...]), role, bold: bold)) }
        return spans
    }

    /// `spans` with the characters in `ranges` (offsets into their joined text) made bold.
    static func emboldened(_ spans: [Span], ranges: [Range<Int>]) -> [Span] {
        restyled(spans, ranges: ranges) { span, inRange in (span.role, span.bold || inRange) }
    }

    /// The characters of `ranges` (offsets into the line) painted `.link` where they are `role`;
    /// a highlighted match inside a link keeps its highlight and the link goes on after it.
    static func linked(_ spans: [Span], ranges: [Range<Int>], role: Role = .normal) -> [Span] {
        restyled(spans, ranges: ranges) { span, inRange in (span.role == role && inRange ? .link : span.role, span.bold) }
    }

    /// `spans` cut where `style` paints a character otherwise: it is given the character's span and
    /// whether its offset (into the joined text) is in `ranges`.
    private static func restyled(_ spans: [Span], ranges: [Range<Int>], _ style: (Span, Bool) -> (Role, Bool)) -> [Span] {
        guard !ranges.isEmpty else { return spans }
        var out: [Span] = []
        var offset = 0
        for span in spans {
            var run = ""
            var current = (span.role, span.bold)
            for c in span.text {
                let next = style(span, ranges.contains { $0.contains(offset) })
                if next != current, !run.isEmpty {
                    out.append(Span(run, current.0, bold: current.1))
                    run = ""
                }
                current = next
                run.append(c)
                offset += 1
            }
            if !run.isEmpty { out.append(Span(run, current.0, bold: current.1)) }
        }
        return out
    }

    /// A time text such as `14:00 CEST (05:00 PDT)` with the conference part painted `.zone`.
    static func time(_ text: String) -> [Span] {
        guard let r = text.range(of: " (") else { return [Span(text, .time)] }
        return [Span(String(text[..<r.lowerBound]), .time), Span(String(text[r.lowerBound...]), .zone)]
    }

    /// The first authors for a list row: all of up to three, else two and "et al.".
    static func shortAuthors(_ authors: [String]) -> String {
        if authors.count <= 3 { return authors.joined(separator: ", ") }
        return authors.prefix(2).joined(separator: ", ") + " et al."
    }

    /// The badge role for an item kind.
    static func badgeRole(_ kind: ItemKind) -> Role {
        switch kind {
        case .oral: return .badgeOral
        case .spotlight: return .badgeSpotlight
        case .qa: return .badgeQA
        case .paper: return .badgePaper
        case .talk: return .badgeOral
        }
    }

    /// A single-line preview of an abstract.
    static func snippet(_ text: String) -> String {
        TerminalSafe.sanitize(LaTeXCleaner.clean(String(text.prefix(240)))).split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
}

import Foundation
import LecternCore

/// The `?` overlay, generated from the key map: every binding (key labels and help text) in
/// sections by where it works, filtered by what is typed after `/`, then a cheat sheet of the
/// query language.
struct HelpOverlay {
    let state: State
    let help: HelpFeature.State
    let glyphs: Glyphs

    /// The query language in one screen, as (example, meaning).
    static let cheatSheet: [(String, String)] = [
        ("transf", "words are ANDed; each matches as a prefix"),
        ("\"exact phrase\"", "a phrase, word for word (last word a prefix until closed)"),
        ("-word", "exclude items with the word"),
        ("a | b", "either a or b"),
        ("title: author:", "search one field (also abstract: session: moderator:)"),
        ("kind:oral", "oral, spotlight, qa or paper"),
        ("room:janson", "a schedule's room (also track: type: lang: conf:)"),
        ("is:bookmarked", "only bookmarked items (is:noted: with a note)"),
        ("day:tue", "talks on a day, in the zone the screen shows"),
        ("after:17:00", "start time bounds (before:18:00), your zone"),
    ]

    func draw(into grid: inout CellGrid, in area: Rect) {
        guard area.width >= 10, area.height >= 4 else { return }
        let width = min(area.width - 2, 78)
        let height = area.height - (area.height > 12 ? 2 : 0)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        grid.fill(rect, role: .normal)
        grid.box(rect, role: .borderFocused, title: "Help: every key (you are in \(state.focus.rawValue))", glyphs: glyphs)
        let inner = rect.inner
        guard inner.height >= 2, inner.width >= 6 else { return }
        let textWidth = inner.width - 2
        let filter = TerminalSafe.sanitize(help.filter)
        let prompt = filter.isEmpty && !help.filtering ? "/ filters  q or Esc closes" : filter
        grid.put(spans: [Span("Filter: ", .searchPrompt, bold: true), Span(prompt, filter.isEmpty ? .dim : .normal)],
                 x: inner.x + 1, y: inner.y, width: textWidth, ellipsis: glyphs.ellipsis)
        if help.filtering { grid.cursor = GridPoint(x: min(inner.x + 9 + DisplayWidth.of(filter), inner.x + inner.width - 1), y: inner.y) }

        let content = lines(filter: filter)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        guard !body.isEmpty else { return }
        let maxScroll = max(0, content.count - body.height)
        let scroll = min(max(0, help.cursor.selected), maxScroll)
        for row in 0..<body.height where scroll + row < content.count {
            grid.put(spans: content[scroll + row], x: body.x + 1, y: body.y + row, width: textWidth, ellipsis: glyphs.ellipsis)
        }
        if maxScroll > 0 { grid.boxFooter(rect, text: "\(scroll + 1)-\(min(content.count, scroll + body.height))/\(content.count)", role: .borderFocused) }
    }

    func matches(_ filter: String, _ texts: [String]) -> Bool {
        filter.isEmpty || texts.contains { $0.range(of: filter, options: [.caseInsensitive]) != nil }
    }

    func lines(filter: String) -> [[Span]] {
        let keyColumn = 16
        func pad(_ s: String) -> String {
            let w = DisplayWidth.of(s)
            return w >= keyColumn ? s + " " : s + String(repeating: " ", count: keyColumn - w)
        }
        var out: [[Span]] = []
        for section in state.helpSections(filter: filter) {
            if !out.isEmpty { out.append([]) }
            out.append([Span(section.title, .heading, bold: true)])
            for binding in section.bindings {
                out.append([Span(pad(binding.keys.map(\.label).joined(separator: " ")), .helpKey, bold: true), Span(binding.help, .normal)])
            }
        }
        if out.isEmpty { out.append([Span("No keys match \"\(filter)\"", .dim)]) }
        let sheet = HelpOverlay.cheatSheet.filter { matches(filter, [$0.0, $0.1, "search", "query"]) }
        if !sheet.isEmpty {
            out.append([])
            out.append([Span("Search (/)", .heading, bold: true)])
            for (example, meaning) in sheet {
                out.append([Span(pad(example), .helpKey), Span(meaning, .normal)])
            }
        }
        return out
    }
}

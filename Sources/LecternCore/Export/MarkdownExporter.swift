import Foundation

/// A readable plan: talks grouped by day and session with times, room, authors, priority and notes;
/// papers after; bookmarks missing from the corpus last.
public enum MarkdownExporter {
    public static func render(_ input: ExportInput) -> ExportResult {
        var out = "# lectern plan\n"
        let talks = input.items.filter { $0.start != nil }
        let papers = input.items.filter { $0.start == nil }
        var lastDay = ""
        var lastSession: String?
        for item in talks.sorted(by: { ($0.start?.epochSeconds ?? 0, $0.title) < ($1.start?.epochSeconds ?? 0, $1.title) }) {
            guard let start = item.start else { continue }
            let session = input.session(of: item)
            let day = TimeFormatting.wallDayLong(start)
            if day != lastDay {
                out += "\n## \(day)\n"
                lastDay = day
                lastSession = nil
            }
            if session?.id != lastSession || lastSession == nil {
                lastSession = session?.id
                if let s = session {
                    var heading = "\n### \(escape(s.title)) (\(time(s.start))–\(time(s.end))\(zone(s)))\n"
                    if let m = s.moderator, !m.isEmpty { heading += "\nModerator: \(escape(m))\n" }
                    out += heading
                } else {
                    out += "\n### Other talks\n"
                }
            }
            let span = item.end.map { "\(time(start))–\(time($0))" } ?? time(start)
            out += "\n" + entry(item, prefix: "**\(span)\(session.map(zone) ?? "")** ", input: input)
        }
        if !papers.isEmpty {
            out += "\n## Papers\n"
            for item in papers { out += "\n" + entry(item, prefix: "", input: input) }
        }
        if !input.missing.isEmpty {
            out += "\n## Missing from corpus\n"
            for b in input.missing {
                out += "\n- \(escape(b.title)) (`\(b.itemId)`) — \(b.priority.label)\n"
                if let note = b.nonEmptyNote { out += quote(note) }
            }
        }
        return ExportResult(text: out, count: input.items.count + input.missing.count)
    }

    static func entry(_ item: Item, prefix: String, input: ExportInput) -> String {
        var line = "- \(prefix)\(escape(item.title)) — \(item.kind.label)"
        if let b = input.bookmarks[item.id] { line += " · \(b.priority.label)" }
        line += "\n"
        if let room = item.room, !room.isEmpty { line += "  Room: \(escape(room))\n" }
        if !item.authors.isEmpty { line += "  \(escape(item.authors.joined(separator: ", ")))\n" }
        if let note = input.bookmarks[item.id]?.nonEmptyNote { line += quote(note) }
        let links = urls(in: item.abstract)
        if !links.isEmpty { line += "  Links: " + links.map { "<\($0)>" }.joined(separator: " ") + "\n" }
        return line
    }

    static func quote(_ note: String) -> String {
        note.split(separator: "\n", omittingEmptySubsequences: false).map { "  > " + escape(String($0)) }.joined(separator: "\n") + "\n"
    }

    static func time(_ t: Timestamp) -> String {
        let w = t.wallClock
        return String(format: "%02d:%02d", w.hour, w.minute)
    }

    static func zone(_ s: Session) -> String { s.zoneAbbreviation.map { " " + $0 } ?? "" }

    /// http(s) links in an abstract, trailing punctuation trimmed.
    static func urls(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { word -> String? in
            guard word.hasPrefix("http://") || word.hasPrefix("https://") else { return nil }
            var w = String(word)
            while let last = w.last, ".,;:)]}>\"'".contains(last) { w.removeLast() }
            return w.contains("<") || w.contains(">") ? nil : w
        }
    }

    /// Escapes Markdown's inline specials so titles and notes read as written; controls and
    /// bidirectional formatting characters become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if TerminalSafe.isControlOrBidi(s) {
                out += " "
            } else if "\\`*_[]<>#|~".unicodeScalars.contains(s) {
                out += "\\" + String(s)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}

import Foundation

/// A readable plan: talks grouped by day and session with times, room, authors, priority and notes;
/// papers after; bookmarks missing from the corpus last. Written for every CommonMark reader
/// (pandoc, GitHub, markdown-it): times in the reader's zone with the conference's beside them,
/// titles' LaTeX as readable text, every special character escaped, a note as a block quote set
/// off by blank lines, line breaks (LF, CRLF or CR) kept as lines.
public enum MarkdownExporter {
    public static func render(_ input: ExportInput) -> ExportResult {
        var out = "# lectern plan\n"
        if let query = input.query { out += "\nSearch: \(escape(query))\n" }
        let talks = input.items.filter { $0.start != nil }
        let papers = input.items.filter { $0.start == nil }
        var lastDay = ""
        var lastSession: String?
        for item in talks.sorted(by: { ($0.start?.epochSeconds ?? 0, $0.title) < ($1.start?.epochSeconds ?? 0, $1.title) }) {
            guard let start = item.start else { continue }
            let session = input.session(of: item)
            let zone = input.displayTimeZone ?? session?.timeZone ?? "UTC"
            let day = TimeFormatting.dayLong(start, in: zone)
            if day != lastDay {
                out += "\n## \(day)\n"
                lastDay = day
                lastSession = nil
            }
            if session?.id != lastSession || lastSession == nil {
                lastSession = session?.id
                if let s = session {
                    out += "\n### \(escape(s.title)) — \(TimeFormatting.clocksWithConference(s.start, s.end, session: s, local: zone, zones: input.zones))\n"
                    if let m = s.moderator, !m.isEmpty { out += "\nModerator: \(escape(m))\n" }
                } else {
                    out += "\n### Other talks\n"
                }
            }
            let span = TimeFormatting.clocksWithConference(start, item.end, session: session, local: zone, zones: input.zones)
            out += "\n" + entry(item, prefix: "**\(span)** ", input: input)
        }
        if !papers.isEmpty {
            out += "\n## Papers\n"
            for item in papers { out += "\n" + entry(item, prefix: "", input: input) }
        }
        if !input.missing.isEmpty {
            out += "\n## Missing from corpus\n"
            for b in input.missing {
                out += "\n- \(escapeLine(b.title)) (`\(b.itemId.replacingOccurrences(of: "`", with: "'"))`) — \(b.priority.label)\n"
                if let note = b.nonEmptyNote { out += "\n" + quote(note) }
            }
        }
        return ExportResult(text: out, count: input.items.count + input.missing.count)
    }

    /// A list item: the time (if any) and title, then room, authors, the note and the links, each
    /// indented into the item.
    static func entry(_ item: Item, prefix: String, input: ExportInput) -> String {
        let title = escape(item.displayTitle(session: input.session(of: item)))
        var line = "- \(prefix.isEmpty ? escapeLineStart(title) : prefix + title) — \(item.kind.label)"
        if let b = input.bookmarks[item.id] { line += " · \(b.priority.label)" }
        line += "\n"
        if let room = item.room, !room.isEmpty { line += "  Room: \(escape(room))\n" }
        if !item.authors.isEmpty { line += "  \(escapeLine(item.authors.joined(separator: ", ")))\n" }
        if let note = input.bookmarks[item.id]?.nonEmptyNote { line += "\n" + quote(note) }
        let links = urls(in: item.abstract)
        if !links.isEmpty {
            if input.bookmarks[item.id]?.nonEmptyNote != nil { line += "\n" }
            line += "  Links: " + links.map { "<\($0)>" }.joined(separator: " ") + "\n"
        }
        return line
    }

    /// A note as a block quote inside a list item, one quoted line per line of the note (a
    /// trailing `\\` keeps the break, as CommonMark and pandoc read it). What follows it starts
    /// after a blank line, so that nothing is pulled into the quote.
    static func quote(_ note: String) -> String {
        let lines = ExportText.lines(note).map { $0.trimmingCharacters(in: .whitespaces) }
        var out = ""
        for (n, line) in lines.enumerated() {
            let breaks = n + 1 < lines.count && !line.isEmpty && !lines[n + 1].isEmpty
            out += line.isEmpty ? "  >\n" : "  > " + escapeLine(line) + (breaks ? "\\" : "") + "\n"
        }
        return out
    }

    /// http(s) links in an abstract, trailing punctuation trimmed.
    static func urls(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { word -> String? in
            guard word.hasPrefix("http://") || word.hasPrefix("https://") else { return nil }
            var w = String(word)
            while let last = w.last, ".,;:)]}>\"'".contains(last) { w.removeLast() }
            return w.contains("<") || w.contains(">") ? nil : w
        }
    }

    /// Escapes Markdown's inline specials (CommonMark's backslash escapes, plus pandoc's `$` math
    /// and `^` `~` super- and subscripts) so titles and notes read as written; controls and
    /// bidirectional formatting characters become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            if TerminalSafe.isControlOrBidi(s) {
                out += " "
            } else if "\\`*_[]<>#|~$^!".unicodeScalars.contains(s) {
                out += "\\" + String(s)
            } else if s == "&", i + 1 < scalars.count, scalars[i + 1] == "#" || scalars[i + 1].properties.isAlphabetic {
                out += "\\&"  // what could start an entity (`&amp;`)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// A line of text that starts a block: escaped, its leading and trailing blanks dropped (they
    /// would make a code block or a hard break), and its start kept from reading as a list, a
    /// heading or a rule.
    static func escapeLine(_ text: String) -> String {
        escapeLineStart(escape(text.trimmingCharacters(in: .whitespaces)))
    }

    /// `- x`, `+ x`, `= x`, `1. x`, `1) x` at the start of escaped text lose their meaning.
    static func escapeLineStart(_ escaped: String) -> String {
        guard let first = escaped.first else { return escaped }
        if "-+=".contains(first) { return "\\" + escaped }
        let digits = escaped.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let next = escaped.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + escaped.dropFirst(digits.count)
        }
        return escaped
    }
}

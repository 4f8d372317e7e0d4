import Foundation

/// BibTeX: `@inproceedings` per talk (booktitle from `ConferenceName`), `@misc` per paper.
/// Keys are `lastnameYEARfirstword` (`a`, `b`... on collisions); text is LaTeX-escaped, UTF-8 kept.
public enum BibTeXExporter {
    public static func render(_ input: ExportInput, booktitle: String? = nil) -> ExportResult {
        var used: [String: Int] = [:]
        var entries: [String] = []
        for item in input.items {
            let session = input.session(of: item)
            let year = item.start.map { $0.wallClock.year } ?? session.map { $0.start.wallClock.year }
            var key = citationKey(authors: item.authors, year: year, title: item.title)
            let n = used[key, default: 0]
            used[key] = n + 1
            if n > 0 { key += suffix(n) }
            var fields: [(String, String)] = [("title", escapeKeepingLaTeX(item.title))]
            if !item.authors.isEmpty {
                fields.append(("author", item.authors.map { escape($0) }.joined(separator: " and ")))
            }
            let type: String
            if let session {
                type = "inproceedings"
                fields.append(("booktitle", escape(booktitle ?? ConferenceName.infer(for: session) ?? session.title)))
                if let year { fields.append(("year", String(year))) }
                if let start = item.start {
                    // BibTeX's month macros: jan, feb, …
                    fields.append(("month", CalendarNames.month(start.wallClock.month).lowercased()))
                }
            } else {
                type = "misc"
                if let year { fields.append(("year", String(year))) }
            }
            if !item.abstract.isEmpty { fields.append(("abstract", escapeKeepingLaTeX(item.abstract))) }
            var note: [String] = []
            if let session { note.append("Session: " + session.title) }
            if let b = input.bookmarks[item.id] {
                note.append("Priority: " + b.priority.label)
                if let text = b.nonEmptyNote { note.append(text) }
            }
            if !note.isEmpty { fields.append(("note", escape(note.joined(separator: ". ")))) }
            let body = fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
            entries.append("@\(type){\(key),\n\(body)\n}\n")
        }
        var notes: [String] = []
        if !input.missing.isEmpty {
            notes.append("\(input.missing.count) bookmark\(input.missing.count == 1 ? " is" : "s are") missing from the corpus and left out")
        }
        return ExportResult(text: entries.joined(separator: "\n"), notes: notes, count: entries.count)
    }

    static func suffix(_ n: Int) -> String {
        var n = n
        var s = ""
        repeat {
            s = String(UnicodeScalar(UInt8(97 + (n - 1) % 26))) + s
            n = (n - 1) / 26
        } while n > 0
        return s
    }

    static let stopWords: Set<String> = ["a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "at", "by", "from", "is", "are", "do", "does", "what", "how", "why", "when", "towards", "toward"]

    /// `lastnameYEARfirstword`, ASCII letters and digits only.
    public static func citationKey(authors: [String], year: Int?, title: String) -> String {
        let last = authors.first.flatMap { $0.split(separator: " ").last.map(String.init) }.map(asciiFold) ?? ""
        let words = title.split { !$0.isLetter && !$0.isNumber }.map { asciiFold(String($0)) }.filter { !$0.isEmpty }
        let first = words.first { !stopWords.contains($0) } ?? words.first ?? "untitled"
        let key = (last.isEmpty ? "anon" : last) + (year.map(String.init) ?? "") + first
        return key
    }

    static func asciiFold(_ s: String) -> String {
        let folded = s.applyingTransform(.stripDiacritics, reverse: false) ?? s
        return String(folded.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// Escapes LaTeX's special characters: & % $ # _ { } ~ ^ \. Diacritics stay as UTF-8.
    /// Braces become `\{` `\}` when they pair up, else `\textbraceleft{}` (BibTeX counts braces
    /// even after a backslash, so an unpaired `\{` would end the field early).
    public static func escape(_ text: String) -> String {
        let balanced = bracesBalance(Array(text))
        var out = ""
        for c in clean(text) {
            switch c {
            case "{": out += balanced ? "\\{" : "\\textbraceleft{}"
            case "}": out += balanced ? "\\}" : "\\textbraceright{}"
            case "&", "%", "$", "#", "_": out += "\\" + String(c)
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\\": out += "\\textbackslash{}"
            default: out.append(c)
            }
        }
        return out
    }

    /// Abstracts may already hold LaTeX (`$\ell_2$`, `\'e`, `\%`): math spans and commands are kept,
    /// bare specials are escaped, and braces are kept only when they balance.
    public static func escapeKeepingLaTeX(_ text: String) -> String {
        let chars = Array(clean(text))
        let dollars = chars.filter { $0 == "$" }.count
        let hasCommand = chars.indices.contains { i in
            chars[i] == "\\" && i + 1 < chars.count && (chars[i + 1].isLetter || latexSymbols.contains(chars[i + 1]))
        }
        guard hasCommand || (dollars >= 2 && dollars % 2 == 0) else { return escape(text) }
        let mathOK = dollars % 2 == 0
        let balanced = bracesBalance(chars)
        var out = ""
        var inMath = false
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count {
                let next = chars[i + 1]
                if next.isLetter {
                    var j = i + 1
                    while j < chars.count, chars[j].isLetter, chars[j].isASCII { j += 1 }
                    out += String(chars[i..<max(j, i + 2)])
                    i = max(j, i + 2)
                } else if "{}".contains(next) && !balanced {
                    out += next == "{" ? "\\textbraceleft{}" : "\\textbraceright{}"
                    i += 2
                } else if latexSymbols.contains(next) {
                    out += "\\" + String(next)
                    i += 2
                } else {
                    out += "\\textbackslash{}"
                    i += 1
                }
                continue
            }
            switch c {
            case "$":
                if mathOK { inMath.toggle(); out += "$" } else { out += "\\$" }
            case "{", "}":
                out += balanced ? String(c) : (c == "{" ? "\\textbraceleft{}" : "\\textbraceright{}")
            case "_", "^":
                out += inMath ? String(c) : (c == "_" ? "\\_" : "\\textasciicircum{}")
            case "&", "%", "#":
                out += "\\" + String(c)
            case "~":
                out += inMath ? "~" : "\\textasciitilde{}"
            case "\\":
                out += "\\textbackslash{}"
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// Characters that form a LaTeX command after a backslash: accents and escaped specials.
    static let latexSymbols: Set<Character> = ["'", "\"", "^", "`", "~", "=", ".", "%", "&", "$", "#", "_", "{", "}", ",", ";", ":", "!", "\\"]

    /// True when every `}` closes an earlier `{` and none is left open.
    static func bracesBalance(_ chars: [Character]) -> Bool {
        var depth = 0
        for c in chars {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// Newlines, controls and bidirectional formatting characters become spaces (a field is one paragraph).
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { TerminalSafe.isControlOrBidi($0) ? " " : $0 }))
    }
}

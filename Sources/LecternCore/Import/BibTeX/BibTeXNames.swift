import Foundation

/// BibTeX name lists (`author`, `editor`) in display order: split on `and` outside braces, each name
/// read as "First von Last", "von Last, First" or "von Last, Jr, First", then shown as
/// "First von Last, Jr" with LaTeX decoded. `and others` becomes "et al.".
enum BibTeXNames {
    static func displayNames(_ field: String) -> [String] {
        split(field).compactMap { raw in
            let name = raw.trimmedWhitespace
            if name.isEmpty { return nil }
            if name == "others" { return "et al." }
            let shown = LaTeXText.decode(display(name))
            return shown.isEmpty ? nil : shown
        }
    }

    /// The names of a list: split at ` and ` (any case, any whitespace) outside braces.
    static func split(_ field: String) -> [String] {
        let c = Array(field)
        var names: [String] = []
        var current = ""
        var depth = 0
        var k = 0
        while k < c.count {
            let ch = c[k]
            if ch == "{" { depth += 1 } else if ch == "}" { depth = max(0, depth - 1) }
            if depth == 0, ch.isWhitespace, k + 4 < c.count,
               c[k + 1].lowercased() == "a", c[k + 2].lowercased() == "n", c[k + 3].lowercased() == "d", c[k + 4].isWhitespace {
                names.append(current)
                current = ""
                k += 5
                continue
            }
            current.append(ch)
            k += 1
        }
        names.append(current)
        return names
    }

    /// One name in display order, LaTeX still in it.
    static func display(_ name: String) -> String {
        let parts = commaParts(name).map(words)
        let first: [String], von: [String], last: [String], jr: [String]
        switch parts.count {
        case 1:
            let w = parts[0]
            guard w.count > 1 else { return w.joined(separator: " ") }
            // von: from the first lowercase word to the last lowercase one, never the last word.
            let body = w.dropLast()
            if let start = body.firstIndex(where: isLowercase), let end = body.lastIndex(where: isLowercase) {
                first = Array(w[..<start])
                von = Array(w[start...end])
                last = Array(w[(end + 1)...])
            } else {
                first = Array(w.dropLast())
                von = []
                last = [w[w.count - 1]]
            }
            jr = []
        default:
            let lead = parts[0]
            var vonEnd = 0
            if lead.count > 1, let end = lead.dropLast().lastIndex(where: isLowercase) { vonEnd = end + 1 }
            von = Array(lead[..<vonEnd])
            last = Array(lead[vonEnd...])
            if parts.count == 2 {
                jr = []
                first = parts[1]
            } else {
                jr = parts[1]
                first = parts[2...].flatMap { $0 }
            }
        }
        var shown = (first + von + last).joined(separator: " ")
        if !jr.isEmpty { shown += ", " + jr.joined(separator: " ") }
        return shown
    }

    /// The comma-separated parts of a name, outside braces (empty parts kept: "von Last, , First").
    private static func commaParts(_ name: String) -> [String] {
        split(name, keepingEmpty: true) { $0 == "," }
    }

    /// Words split at whitespace and `~` outside braces.
    private static func words(_ part: String) -> [String] {
        split(part, keepingEmpty: false) { $0.isWhitespace || $0 == "~" }
    }

    /// `text` cut at every character outside braces that `isSeparator` accepts.
    private static func split(_ text: String, keepingEmpty: Bool, at isSeparator: (Character) -> Bool) -> [String] {
        var pieces: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            if ch == "{" { depth += 1 } else if ch == "}" { depth = max(0, depth - 1) }
            if depth == 0, isSeparator(ch) {
                if keepingEmpty || !current.isEmpty { pieces.append(current) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if keepingEmpty || !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// BibTeX's test for a "von" word: its first letter outside braces is lowercase; a brace group
    /// opening with a command (`{\"u}`) counts by the letter it decorates, any other group not at all.
    static func isLowercase(_ word: String) -> Bool {
        let c = Array(word)
        var k = 0
        var depth = 0
        while k < c.count {
            let ch = c[k]
            if ch == "{" {
                if depth == 0, k + 1 < c.count, c[k + 1] == "\\" {
                    // Special character: skip the command name, then look at the next letter.
                    var j = k + 2
                    while j < c.count, c[j].isLetter, c[j].isASCII { j += 1 }
                    if j == k + 2 { j += 1 }
                    while j < c.count, let letter = Optional(c[j]), !letter.isLetter { j += 1 }
                    if j < c.count { return c[j].isLowercase }
                    return false
                }
                depth += 1
            } else if ch == "}" {
                depth = max(0, depth - 1)
            } else if ch == "\\", depth == 0 {
                // \"a at the top level: the letter after the accent command decides.
                var j = k + 1
                if j < c.count, !c[j].isLetter { j += 1 } else { while j < c.count, c[j].isLetter, c[j].isASCII { j += 1 } }
                k = j
                continue
            } else if ch.isLetter, depth == 0 {
                return ch.isLowercase
            }
            k += 1
        }
        return false
    }
}

/// HTML as readable text, the way schedules' abstracts should be read in a terminal: paragraphs
/// separated by a blank line, list items as bullets, links kept with their URL, entities decoded,
/// no tags left. Text without markup is kept as it is (only trimmed, line endings unified).
public enum HTMLText {
    /// The readable text of `source`; linear in its length.
    public static func readable(_ source: String) -> String {
        let text = unifiedLineEndings(source)
        guard looksLikeHTML(text) else { return tidy(text) }
        var out = Output()
        var links: [String?] = []
        var skipDepth = 0
        var pre = 0
        let s = Array(text.unicodeScalars)
        var i = 0
        var run = ""
        func flushText() {
            guard !run.isEmpty else { return }
            if skipDepth == 0 { out.text(Entities.decode(run), pre: pre > 0) }
            run = ""
        }
        while i < s.count {
            let c = s[i]
            if c == "<", i + 1 < s.count, s[i + 1] == "/" || s[i + 1] == "!" || s[i + 1].properties.isAlphabetic {
                flushText()
                if s[i + 1] == "!" {
                    // A comment or declaration: skipped up to its end.
                    var j = i + 2
                    let comment = j + 1 < s.count && s[j] == "-" && s[j + 1] == "-"
                    while j < s.count {
                        if comment ? (s[j] == ">" && j >= i + 5 && s[j - 1] == "-" && s[j - 2] == "-") : s[j] == ">" { break }
                        j += 1
                    }
                    i = j + 1
                    continue
                }
                var j = i + 1
                var quote: Unicode.Scalar?
                while j < s.count {
                    if let q = quote { if s[j] == q { quote = nil } }
                    else if s[j] == "\"" || s[j] == "'" { quote = s[j] }
                    else if s[j] == ">" { break }
                    j += 1
                }
                let tag = Tag(String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)])))
                i = j + 1
                switch tag.name {
                case "script", "style":
                    skipDepth += tag.closing ? (skipDepth > 0 ? -1 : 0) : 1
                case "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "header", "footer":
                    out.paragraph()
                case "pre":
                    out.paragraph()
                    pre += tag.closing ? (pre > 0 ? -1 : 0) : 1
                case "br":
                    out.lineBreak()
                case "tr", "dt", "dd":
                    out.lineBreak()
                case "ul", "ol":
                    out.paragraph()
                case "li":
                    if !tag.closing { out.bullet() } else { out.lineBreak() }
                case "hr":
                    out.paragraph()
                case "td", "th":
                    if !tag.closing { out.text(" ", pre: false) }
                case "img":
                    if let alt = tag.attribute("alt"), !alt.isEmpty { out.text(Entities.decode(alt), pre: false) }
                case "a":
                    if tag.closing {
                        if let last = links.popLast(), let url = last, !out.endsWith(url) { out.text(" (\(url))", pre: false, glue: true) }
                    } else {
                        let href = tag.attribute("href").map { Entities.decode($0).trimmingCharacters(in: .whitespaces) }
                        links.append(href.flatMap { $0.isEmpty || $0.hasPrefix("#") || $0.lowercased().hasPrefix("javascript:") ? nil : $0 })
                    }
                default:
                    break
                }
                continue
            }
            run.unicodeScalars.append(c)
            i += 1
        }
        flushText()
        return out.result()
    }

    /// The text with every CR LF pair written as LF, as Foundation's `replacingOccurrences` does
    /// (which leaves a CR LF that a combining mark follows: those go to Foundation).
    static func unifiedLineEndings(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(0x0D) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() {
            if b == 0x0A, i > 0, bytes[i - 1] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] >= 0x80 { return text.replacingOccurrences(of: "\r\n", with: "\n") }
                if i > 1, bytes[i - 2] >= 0x80 { return text.replacingOccurrences(of: "\r\n", with: "\n") }
                out[out.count - 1] = 0x0A
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The tags whose presence makes a text HTML.
    static let knownTags: [[UInt8]] = ["<p>", "<p ", "<br", "</p>", "<a ", "</a>", "<ul", "<ol", "<li", "<div", "<em>", "<strong>", "<b>", "<i>",
                                       "<h1", "<h2", "<h3", "<h4", "<pre", "<code>", "<blockquote", "<span", "<img", "<table"].map { Array($0.utf8) }

    /// True when the text has a tag lectern knows or an HTML entity beside markup.
    static func looksLikeHTML(_ text: String) -> Bool {
        if let answer = looksLikeHTMLByBytes(text) { return answer }
        return looksLikeHTMLByCharacters(text)
    }

    /// `looksLikeHTML` on the UTF-8 bytes, ASCII letters in any case: nil when the bytes cannot
    /// tell (a tag found beside a non-ASCII character, which may join it into one character, or a
    /// character whose lowercase is ASCII: U+0130 and the Kelvin sign).
    static func looksLikeHTMLByBytes(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard b.contains(UInt8(ascii: "<")) else { return false }
            var unsure = false
            for i in 0..<b.count {
                let c = b[i]
                if c == 0xC4, i + 1 < b.count, b[i + 1] == 0xB0 { unsure = true }
                if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x84, b[i + 2] == 0xAA { unsure = true }
                guard c == UInt8(ascii: "<") else { continue }
                for tag in knownTags where i + tag.count <= b.count {
                    var k = 1
                    while k < tag.count {
                        var x = b[i + k]
                        if x >= UInt8(ascii: "A"), x <= UInt8(ascii: "Z") { x += 32 }
                        if x != tag[k] { break }
                        k += 1
                    }
                    guard k == tag.count else { continue }
                    if i > 0, b[i - 1] >= 0x80 { return nil }
                    if i + k < b.count, b[i + k] >= 0x80 { return nil }
                    return true
                }
            }
            return unsure ? nil : false
        } ?? nil
    }

    /// `looksLikeHTML` by Foundation's search of the lowercased text, which matches whole characters.
    static func looksLikeHTMLByCharacters(_ text: String) -> Bool {
        guard text.contains("<") else { return false }
        let lower = text.lowercased()
        for tag in ["<p>", "<p ", "<br", "</p>", "<a ", "</a>", "<ul", "<ol", "<li", "<div", "<em>", "<strong>", "<b>", "<i>",
                    "<h1", "<h2", "<h3", "<h4", "<pre", "<code>", "<blockquote", "<span", "<img", "<table"] where lower.contains(tag) {
            return true
        }
        return false
    }

    /// Plain text: line endings unified, trailing spaces and blank-line runs dropped, trimmed.
    /// (Lines and their ends as characters: a CR LF is one character and ends no line, a space
    /// after a non-ASCII scalar is measured as part of the character it may belong to.)
    static func tidy(_ text: String) -> String {
        var out: [UInt8] = []
        var wroteLine = false
        var blank = 0
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { b in
            out.reserveCapacity(b.count)
            var start = 0
            var i = 0
            while i <= b.count {
                guard i == b.count || b[i] == 0x0A && (i == 0 || b[i - 1] != 0x0D) else { i += 1; continue }
                var end = i
                while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D {
                    if b[end - 1] == 0x20, end - 1 > start, b[end - 2] >= 0x80 {
                        // The space may join the character before it: measured as characters.
                        let line = Substring(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
                        end = start + trimmedByCharacters(line).utf8.count
                        break
                    }
                    end -= 1
                }
                if end == start {
                    blank += 1
                } else {
                    if wroteLine { out.append(0x0A); if blank > 0 { out.append(0x0A) } }
                    blank = 0
                    wroteLine = true
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<end]))
                }
                start = i + 1
                i += 1
            }
        }
        if scanned == nil { return tidyByCharacters(text) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line without its trailing spaces, tabs and CRs, character by character.
    static func trimmedByCharacters(_ line: Substring) -> Substring {
        var l = line
        while let last = l.last, last == " " || last == "\t" || last == "\r" { l = l.dropLast() }
        return l
    }

    /// `tidy` character by character.
    static func tidyByCharacters(_ text: String) -> String {
        var lines: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = trimmedByCharacters(line)
            if l.isEmpty { blank += 1; continue }
            if !lines.isEmpty && blank > 0 { lines.append("") }
            blank = 0
            lines.append(l)
        }
        return lines.joined(separator: "\n")
    }

    /// A tag's name (lowercased), whether it closes, and its attributes on demand.
    struct Tag {
        var name: String
        var closing: Bool
        var body: String

        init(_ inside: String) {
            var b = Substring(inside)
            closing = b.hasPrefix("/")
            if closing { b = b.dropFirst() }
            let end = b.firstIndex { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "/" } ?? b.endIndex
            name = b[..<end].lowercased()
            body = String(b[end...])
        }

        func attribute(_ wanted: String) -> String? {
            let u = Array(body.unicodeScalars)
            var i = 0
            while i < u.count {
                while i < u.count, u[i] == " " || u[i] == "\t" || u[i] == "\n" || u[i] == "/" { i += 1 }
                var name = ""
                while i < u.count, u[i] != "=", u[i] != " ", u[i] != "\t", u[i] != "\n", u[i] != "/" { name.unicodeScalars.append(u[i]); i += 1 }
                while i < u.count, u[i] == " " { i += 1 }
                var value = ""
                if i < u.count, u[i] == "=" {
                    i += 1
                    while i < u.count, u[i] == " " { i += 1 }
                    if i < u.count, u[i] == "\"" || u[i] == "'" {
                        let q = u[i]
                        i += 1
                        while i < u.count, u[i] != q { value.unicodeScalars.append(u[i]); i += 1 }
                        i += 1
                    } else {
                        while i < u.count, u[i] != " ", u[i] != "\t", u[i] != "\n" { value.unicodeScalars.append(u[i]); i += 1 }
                    }
                }
                if name.lowercased() == wanted { return value }
                if name.isEmpty { i += 1 }
            }
            return nil
        }
    }

    /// Text being written: spaces collapsed, pending breaks resolved when the next word arrives.
    struct Output {
        var text = ""
        /// 0: none, 1: a line break, 2: a blank line.
        var pendingBreak = 0
        var pendingSpace = false
        var pendingBullet = false

        mutating func paragraph() { pendingBreak = max(pendingBreak, 2); pendingBullet = false }
        mutating func lineBreak() { pendingBreak = max(pendingBreak, 1) }
        mutating func bullet() {
            pendingBreak = max(pendingBreak, 1)
            pendingBullet = true
        }

        func endsWith(_ s: String) -> Bool { text.hasSuffix(s) }

        mutating func text(_ s: String, pre: Bool, glue: Bool = false) {
            for c in s.unicodeScalars {
                let space = c == " " || c == "\t" || c == "\n" || c == "\r"
                if space && !pre {
                    pendingSpace = true
                    continue
                }
                if pre && c == "\n" { emitBreaks(); text += "\n"; continue }
                emitBreaks()
                if pendingSpace && !text.isEmpty && !text.hasSuffix("\n") && !text.hasSuffix(" ") { text += " " }
                pendingSpace = false
                text.unicodeScalars.append(c)
            }
            _ = glue
        }

        private mutating func emitBreaks() {
            if !text.isEmpty && pendingBreak > 0 {
                while text.hasSuffix(" ") { text.removeLast() }
                text += pendingBreak >= 2 ? "\n\n" : "\n"
                pendingSpace = false
            }
            pendingBreak = 0
            if pendingBullet {
                text += "• "
                pendingBullet = false
                pendingSpace = false
            }
        }

        func result() -> String {
            HTMLText.tidy(text).trimmedWhitespace
        }
    }
}

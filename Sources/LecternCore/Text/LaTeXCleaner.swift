import Foundation

/// Turns the LaTeX found in titles and abstracts into readable text: accents, math symbols,
/// sub- and superscripts, font commands, and URLs. Unknown commands are kept as written.
public enum LaTeXCleaner {
    /// The readable text, without attributes.
    public static func clean(_ text: String) -> String {
        render(text).map(\.text).joined()
    }

    /// The readable text as spans carrying bold, italic and URL attributes; adjacent spans with
    /// the same attributes are joined.
    public static func render(_ text: String) -> [TextSpan] {
        guard mayNeedParsing(text) else { return text.isEmpty ? [] : [TextSpan(text)] }
        return parsed(text)
    }

    /// What the parser makes of `text`, without the check that skips it.
    static func parsed(_ text: String) -> [TextSpan] {
        var parser = Parser(Array(text))
        return parser.parseAll()
    }

    /// Whether `text` holds anything the parser changes: `\\`, `$`, `~`, a brace, `--`, or what
    /// starts a URL (`http`, `www.`). One pass over the bytes; a text without any of them is its own
    /// readable form.
    static func mayNeedParsing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                switch b[i] {
                case 0x5C, 0x24, 0x7E, 0x7B, 0x7D: return true // \ $ ~ { }
                case 0x2D: if i + 1 < n, b[i + 1] == 0x2D { return true } // --
                case 0x68: // http
                    if i + 3 < n, b[i + 1] == 0x74, b[i + 2] == 0x74, b[i + 3] == 0x70 { return true }
                case 0x77: // www.
                    if i + 3 < n, b[i + 1] == 0x77, b[i + 2] == 0x77, b[i + 3] == 0x2E { return true }
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// The URLs found in `text`, in order, without trailing punctuation.
    public static func urls(in text: String) -> [String] {
        render(text).compactMap(\.url)
    }

    /// Strips punctuation that ends a sentence rather than a URL; keeps a closing bracket that balances one inside.
    public static func trimURL(_ raw: String) -> String {
        var url = raw
        while let last = url.last {
            if ".,;:!?'\"".contains(last) {
                url.removeLast()
            } else if last == ")", url.filter({ $0 == "(" }).count < url.filter({ $0 == ")" }).count {
                url.removeLast()
            } else if last == "]", url.filter({ $0 == "[" }).count < url.filter({ $0 == "]" }).count {
                url.removeLast()
            } else {
                break
            }
        }
        return url
    }

    /// The current font inside a group.
    private struct Style {
        var bold = false
        var italic = false
    }

    /// A recursive-descent reader over the characters of one text.
    private struct Parser {
        let c: [Character]
        var i = 0
        var math = false

        init(_ c: [Character]) { self.c = c }

        mutating func parseAll() -> [TextSpan] {
            var out: [TextSpan] = []
            while i < c.count {
                let before = i
                append(parseSequence(Style(), inGroup: false), to: &out)
                if i < c.count, i == before { // a stray closing brace: keep it
                    emit("}", Style(), into: &out)
                    i += 1
                }
            }
            return out
        }

        // MARK: output helpers

        func append(_ spans: [TextSpan], to out: inout [TextSpan]) {
            for s in spans where !s.text.isEmpty {
                if let last = out.last, last.hasSameAttributes(as: s), s.url == nil {
                    out[out.count - 1].text += s.text
                } else {
                    out.append(s)
                }
            }
        }

        func emit(_ text: String, _ style: Style, into out: inout [TextSpan]) {
            append([TextSpan(text, bold: style.bold, italic: style.italic)], to: &out)
        }

        func plain(_ spans: [TextSpan]) -> String { spans.map(\.text).joined() }

        func peek(_ offset: Int = 0) -> Character? { i + offset < c.count ? c[i + offset] : nil }

        func startsWith(_ s: String) -> Bool {
            var k = i
            for ch in s {
                guard k < c.count, c[k] == ch else { return false }
                k += 1
            }
            return true
        }

        // MARK: grammar

        /// Reads until the end of input or, inside a group, its closing brace (consumed).
        mutating func parseSequence(_ initial: Style, inGroup: Bool) -> [TextSpan] {
            var style = initial
            var out: [TextSpan] = []
            while i < c.count {
                let ch = c[i]
                switch ch {
                case "}":
                    if inGroup { i += 1 }
                    return out
                case "{":
                    i += 1
                    append(parseSequence(style, inGroup: true), to: &out)
                case "$":
                    if math {
                        math = false
                        i += startsWith("$$") ? 2 : 1
                    } else if closingDollar() {
                        math = true
                        i += startsWith("$$") ? 2 : 1
                    } else {
                        emit("$", style, into: &out)
                        i += 1
                    }
                case "\\":
                    parseCommand(&style, into: &out)
                case "~":
                    // A tie (`Fig.~3`, `et~al`) becomes a space; elsewhere (`20%~98%`) it is text.
                    let tie = i > 0 && (c[i - 1].isLetter || c[i - 1] == ".") && i + 1 < c.count && (c[i + 1].isLetter || c[i + 1].isNumber)
                    emit(tie ? " " : "~", style, into: &out)
                    i += 1
                case "_" where math, "^" where math:
                    i += 1
                    let arg = plain(readArgument(style))
                    emit(LaTeXCleaner.script(arg, superscript: ch == "^"), style, into: &out)
                case "-" where !math && startsWith("---"):
                    emit("—", style, into: &out)
                    i += 3
                case "-" where !math && startsWith("--") && (i == 0 || c[i - 1] == " " || c[i - 1].isNumber):
                    emit("–", style, into: &out)
                    i += 2
                default:
                    if !math, (ch == "h" || ch == "w"), let url = readURL() {
                        append([url], to: &out)
                    } else {
                        // A run of ordinary characters at once.
                        var run = String(ch)
                        i += 1
                        while i < c.count, !"{}$\\~_^-hw".contains(c[i]) {
                            run.append(c[i])
                            i += 1
                        }
                        emit(run, style, into: &out)
                    }
                }
            }
            return out
        }

        /// Whether an unescaped `$` closes the math opened at `i`.
        func closingDollar() -> Bool {
            var k = i + 1
            if k < c.count, c[k] == "$" { k += 1 }
            while k < c.count {
                if c[k] == "\\" { k += 2; continue }
                if c[k] == "$" { return true }
                k += 1
            }
            return false
        }

        /// One argument: a braced group, a control sequence, or a single character (spaces skipped).
        mutating func readArgument(_ style: Style) -> [TextSpan] {
            while i < c.count, c[i] == " " { i += 1 }
            guard i < c.count else { return [] }
            if c[i] == "{" {
                i += 1
                return parseSequence(style, inGroup: true)
            }
            if c[i] == "\\" {
                var s = style
                var out: [TextSpan] = []
                parseCommand(&s, into: &out)
                return out
            }
            let ch = c[i]
            i += 1
            return [TextSpan(String(ch), bold: style.bold, italic: style.italic)]
        }

        /// A URL starting at `i` (http://, https://, www. at a word start), consumed up to white space.
        mutating func readURL() -> TextSpan? {
            guard startsWith("http://") || startsWith("https://") || startsWith("www.") else { return nil }
            if i > 0, c[i - 1].isLetter || c[i - 1].isNumber { return nil }
            var k = i
            var raw = ""
            while k < c.count, !c[k].isWhitespace, !"{}<>\"".contains(c[k]) {
                if c[k] == "\\", k + 1 < c.count, "_%#&~$".contains(c[k + 1]) {
                    raw.append(c[k + 1])
                    k += 2
                } else {
                    raw.append(c[k])
                    k += 1
                }
            }
            let url = LaTeXCleaner.trimURL(raw)
            guard url.count > (url.hasPrefix("www.") ? 5 : url.hasPrefix("https://") ? 9 : 8) else { return nil }
            // Advance over exactly the characters the trimmed URL used.
            var consumed = 0
            var taken = 0
            let target = url.count
            while taken < target, i + consumed < c.count {
                if c[i + consumed] == "\\", i + consumed + 1 < c.count, "_%#&~$".contains(c[i + consumed + 1]) { consumed += 1 }
                consumed += 1
                taken += 1
            }
            i += consumed
            let target2 = url.hasPrefix("www.") ? "https://" + url : url
            return TextSpan(url, url: target2)
        }

        /// A control sequence at `i` (the backslash).
        mutating func parseCommand(_ style: inout Style, into out: inout [TextSpan]) {
            i += 1
            guard i < c.count else {
                emit("\\", style, into: &out)
                return
            }
            let first = c[i]
            guard first.isASCII, first.isLetter else {
                parseControlSymbol(first, style, into: &out)
                return
            }
            var name = ""
            while i < c.count, c[i].isASCII, c[i].isLetter {
                name.append(c[i])
                i += 1
            }
            parseControlWord(name, &style, into: &out)
        }

        mutating func parseControlSymbol(_ ch: Character, _ style: Style, into out: inout [TextSpan]) {
            i += 1
            switch ch {
            case "(", "[":
                math = true
            case ")", "]":
                math = false
            default:
                if let mark = LaTeXSymbols.accents[String(ch)] {
                    emit(LaTeXCleaner.accent(plain(readArgument(style)), mark), style, into: &out)
                } else if let text = LaTeXSymbols.escapes[ch] {
                    emit(text, style, into: &out)
                } else {
                    emit("\\" + String(ch), style, into: &out)
                }
            }
        }

        mutating func parseControlWord(_ name: String, _ style: inout Style, into out: inout [TextSpan]) {
            let table = LaTeXSymbols.self
            if let mark = table.accents[name], name.count > 1 || peek() == "{" || (peek() == " " && (peek(1)?.isLetter ?? false)) {
                emit(LaTeXCleaner.accent(plain(readArgument(style)), mark), style, into: &out)
            } else if let letter = table.letters[name] {
                if peek() == " " { i += 1 }
                emit(letter, style, into: &out)
            } else if let symbol = table.words[name] {
                emit(symbol, style, into: &out)
            } else if table.boldArgument.contains(name) {
                var s = style
                s.bold = true
                append(readArgument(s), to: &out)
            } else if table.italicArgument.contains(name) {
                var s = style
                s.italic = true
                append(readArgument(s), to: &out)
            } else if table.plainArgument.contains(name) {
                append(readArgument(style), to: &out)
            } else if table.boldSwitch.contains(name) {
                style.bold = true
                skipOneSpace()
            } else if table.italicSwitch.contains(name) {
                style.italic = true
                skipOneSpace()
            } else if table.plainSwitch.contains(name) {
                skipOneSpace()
            } else {
                parseStructural(name, style, into: &out)
            }
        }

        mutating func skipOneSpace() {
            if peek() == " " { i += 1 }
        }

        mutating func parseStructural(_ name: String, _ style: Style, into out: inout [TextSpan]) {
            switch name {
            case "frac", "dfrac", "tfrac":
                let num = plain(readArgument(style))
                let den = plain(readArgument(style))
                emit(LaTeXCleaner.operand(num) + "/" + LaTeXCleaner.operand(den), style, into: &out)
            case "sqrt":
                while peek() == " " { i += 1 }
                var degree = ""
                if peek() == "[" {
                    i += 1
                    while i < c.count, c[i] != "]" { degree.append(c[i]); i += 1 }
                    i += 1
                }
                let arg = plain(readArgument(style))
                let root = degree == "3" ? "∛" : degree == "4" ? "∜" : degree.isEmpty ? "√" : LaTeXCleaner.script(degree, superscript: true) + "√"
                emit(root + LaTeXCleaner.operand(arg), style, into: &out)
            case "mathbb", "mathds", "mathbbm":
                emit(plain(readArgument(style)).map { LaTeXSymbols.blackboard[$0] ?? String($0) }.joined(), style, into: &out)
            case "mathcal", "mathscr":
                emit(plain(readArgument(style)).map { LaTeXSymbols.calligraphic[$0] ?? String($0) }.joined(), style, into: &out)
            case "url":
                let raw = plain(readArgumentVerbatim())
                append([TextSpan(raw, url: raw.hasPrefix("www.") ? "https://" + raw : raw)], to: &out)
            case "href":
                let target = plain(readArgumentVerbatim())
                let label = readArgument(style)
                append(label.map { TextSpan($0.text, bold: $0.bold, italic: $0.italic, url: target) }, to: &out)
            default:
                emit("\\" + name, style, into: &out)
                keepGroupsAsWritten(style, into: &out)
            }
        }

        /// After an unknown command, braced arguments directly following it keep their braces.
        mutating func keepGroupsAsWritten(_ style: Style, into out: inout [TextSpan]) {
            while peek() == "{" {
                i += 1
                emit("{", style, into: &out)
                append(parseSequence(style, inGroup: true), to: &out)
                emit("}", style, into: &out)
            }
        }

        /// A braced argument read without interpretation (for URLs).
        mutating func readArgumentVerbatim() -> [TextSpan] {
            while peek() == " " { i += 1 }
            guard peek() == "{" else { return [] }
            i += 1
            var depth = 1
            var raw = ""
            while i < c.count {
                let ch = c[i]
                i += 1
                if ch == "{" { depth += 1 }
                if ch == "}" {
                    depth -= 1
                    if depth == 0 { break }
                }
                if ch == "\\", i < c.count, "_%#&~$".contains(c[i]) { continue }
                raw.append(ch)
            }
            return [TextSpan(raw)]
        }
    }

    /// Puts a combining mark on the first character of `base` and composes it.
    static func accent(_ base: String, _ mark: Unicode.Scalar) -> String {
        guard let first = base.first else { return String(Character(mark)) }
        var head = String(first)
        if head == "ı" { head = "i" }
        if head == "ȷ" { head = "j" }
        var scalars = String.UnicodeScalarView(head.unicodeScalars)
        scalars.append(mark)
        return (String(scalars) + base.dropFirst()).precomposedStringWithCanonicalMapping
    }

    /// Sub- or superscript digits and letters when Unicode has all of them; otherwise `_x` / `^(xy)`.
    static func script(_ text: String, superscript: Bool) -> String {
        let table = superscript ? LaTeXSymbols.superscripts : LaTeXSymbols.subscripts
        let body = text.filter { $0 != " " }
        guard !body.isEmpty else { return "" }
        let mapped = body.compactMap { table[$0] }
        if mapped.count == body.count { return String(mapped) }
        let mark = superscript ? "^" : "_"
        return body.count == 1 ? mark + body : mark + "(" + body + ")"
    }

    /// Wraps a compound operand of `/` or `√` in parentheses.
    static func operand(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        let simple = t.allSatisfy { !" +-−±×·/=<>≤≥,".contains($0) }
        return simple || (t.hasPrefix("(") && t.hasSuffix(")")) ? t : "(" + t + ")"
    }
}

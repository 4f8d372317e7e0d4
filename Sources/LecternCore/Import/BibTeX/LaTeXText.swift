/// BibTeX field text made readable: accents and special letters decoded (`G{\"o}del` → Gödel,
/// `\ss` → ß), grouping braces dropped, `\&`-style escapes and dashes turned into their characters,
/// font commands (`\emph{x}`) reduced to their text; math (`$...$`, `\(...\)`) is kept as LaTeX.
enum LaTeXText {
    /// Combining marks of the accent commands.
    static let accents: [Character: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "k": "\u{0328}",
        "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}", "t": "\u{0361}",
    ]

    /// Commands that stand for a letter or sign.
    static let letters: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
        "dj": "đ", "DJ": "Đ", "S": "§", "P": "¶", "copyright": "©", "pounds": "£", "dag": "†", "ddag": "‡",
        "textendash": "–", "textemdash": "—", "textquoteright": "’", "textquoteleft": "‘", "ldots": "…",
        "dots": "…", "textregistered": "®", "texttrademark": "™", "LaTeX": "LaTeX", "TeX": "TeX",
        "BibTeX": "BibTeX", "textasciitilde": "~", "textbackslash": "\\", "textunderscore": "_", "euro": "€",
        "textdegree": "°", "textbullet": "•", "guillemotleft": "«", "guillemotright": "»", "textexclamdown": "¡",
        "textquestiondown": "¿", "quad": " ", "qquad": " ", "newline": " ", "par": " ", "relax": "",
    ]

    /// Commands whose argument is shown as plain text.
    static let textCommands: Set<String> = [
        "emph", "textbf", "textit", "textsc", "texttt", "textrm", "textsf", "textsl", "textup", "textnormal",
        "mbox", "hbox", "text", "uppercase", "lowercase", "MakeUppercase", "MakeLowercase", "underline", "url",
        "bf", "it", "em", "sc", "tt", "rm", "sf", "sl", "noopsort", "NoCaseChange", "ensuremath",
    ]

    /// Deepest group nesting decoded; deeper text is kept as it is.
    static let maxDepth = 64

    static func decode(_ text: String) -> String {
        guard needsDecoding(text) else { return PaperCommon.squash(text) }
        var out = ""
        let chars = Array(text)
        var k = 0
        decode(chars, &k, into: &out, depth: 0, stopAtBrace: false)
        return PaperCommon.squash(out)
    }

    /// True when `text` holds something decoding changes: a command, a group, a tie, math, or a
    /// dash (`--`); a lone hyphen, in most abstracts, changes nothing. One pass over the bytes.
    static func needsDecoding(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(needsDecoding) ?? needsDecoding(Array(text.utf8))
    }

    private static func needsDecoding<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previousDash = false
        for b in bytes {
            switch b {
            case 0x5C, 0x7B, 0x7D, 0x7E, 0x24: return true
            case 0x2D:
                if previousDash { return true }
                previousDash = true
            default:
                previousDash = false
            }
        }
        return false
    }

    private static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }

    /// Decodes from `k` until the end, or until the `}` that closes the current group when `stopAtBrace`.
    private static func decode(_ c: [Character], _ k: inout Int, into out: inout String, depth: Int, stopAtBrace: Bool) {
        while k < c.count {
            let ch = c[k]
            switch ch {
            case "}":
                k += 1
                if stopAtBrace { return }
            case "{":
                k += 1
                if depth >= maxDepth {
                    out.append("{")
                } else {
                    decode(c, &k, into: &out, depth: depth + 1, stopAtBrace: true)
                }
            case "$":
                copyMath(c, &k, into: &out)
            case "~":
                out.append(" ")
                k += 1
            case "-":
                var n = 0
                while k < c.count, c[k] == "-" { n += 1; k += 1 }
                out += n == 2 ? "–" : n == 3 ? "—" : String(repeating: "-", count: n)
            case "\\":
                command(c, &k, into: &out, depth: depth)
            default:
                out.append(ch)
                k += 1
            }
        }
    }

    /// `$...$` or `$$...$$` copied as it is.
    private static func copyMath(_ c: [Character], _ k: inout Int, into out: inout String) {
        let double = k + 1 < c.count && c[k + 1] == "$"
        let open = double ? 2 : 1
        var j = k + open
        while j < c.count {
            if c[j] == "\\", j + 1 < c.count { j += 2; continue }
            if c[j] == "$" {
                if !double { break }
                if j + 1 < c.count, c[j + 1] == "$" { break }
            }
            j += 1
        }
        let end = min(c.count, j + open)
        out += String(c[k..<end])
        k = end
    }

    /// One `\command` and what it applies to.
    private static func command(_ c: [Character], _ k: inout Int, into out: inout String, depth: Int) {
        k += 1
        guard k < c.count else { out.append("\\"); return }
        let first = c[k]
        // \( ... \) and \[ ... \]: math, kept.
        if first == "(" || first == "[" {
            let close: Character = first == "(" ? ")" : "]"
            var j = k + 1
            while j + 1 < c.count, !(c[j] == "\\" && c[j + 1] == close) { j += 1 }
            let end = min(c.count, j + 2)
            out += "\\" + String(c[k..<end])
            k = end
            return
        }
        if let mark = accents[first], !(isLetter(first) && k + 1 < c.count && isLetter(c[k + 1])) {
            k += 1
            while k < c.count, c[k] == " ", isLetter(first) { k += 1 }
            var base = ""
            if k < c.count, c[k] == "{" {
                k += 1
                var inner = ""
                decode(c, &k, into: &inner, depth: depth + 1, stopAtBrace: true)
                base = inner
            } else if k < c.count, c[k] == "\\" {
                var inner = ""
                command(c, &k, into: &inner, depth: depth)
                base = inner
            } else if k < c.count {
                base = String(c[k])
                k += 1
            }
            if base == "i" || base == "ı" { base = "i" }
            if base == "j" || base == "ȷ" { base = "j" }
            var scalars = String.UnicodeScalarView()
            var marked = false
            for s in base.unicodeScalars {
                scalars.append(s)
                if !marked { scalars.append(mark); marked = true }
            }
            if !marked { scalars.append(mark) }
            out += String(scalars).precomposedStringWithCanonicalMapping
            return
        }
        if !isLetter(first) {
            // \& \% \$ \# \_ \{ \} and friends: the character itself; "\\" is a line break.
            k += 1
            switch first {
            case "\\": out.append(" ")
            case " ", ",", ";", ":", "!", "/": out.append(first == "/" ? "" : " ")
            case "-": break
            default: out.append(first)
            }
            return
        }
        var j = k
        while j < c.count, isLetter(c[j]) { j += 1 }
        let name = String(c[k..<j])
        k = j
        if let letter = letters[name] {
            // The space ending a command name is not text ("\ss e" → "ße"), nor an empty group ("\o{}").
            while k < c.count, c[k] == " " { k += 1 }
            if k + 1 < c.count, c[k] == "{", c[k + 1] == "}" { k += 2 }
            out += letter
            return
        }
        if textCommands.contains(name) {
            while k < c.count, c[k] == " " { k += 1 }
            return // the group that follows (or the rest of the current one) is decoded as text
        }
        // Unknown commands are kept as written, so nothing is silently lost.
        out += "\\" + name
    }
}

import Foundation

/// BibTeX: `@inproceedings` per talk with authors (booktitle from `ConferenceName`), `@misc` per
/// paper and per talk without authors (no style requires a field of `@misc`). Q&A slots are left
/// out: they have nothing to cite. Keys are `lastnameYEARword` (`a`, `b`... on collisions); an
/// entry without authors has a `key` field (the title) for the styles that sort and label by it.
/// Months are the macros (`month = jul`); words with capitals after the first letter are braced
/// (`{ResNet}`); LaTeX in titles and abstracts is kept only where LaTeX itself defines it.
public enum BibTeXExporter {
    public static func render(_ input: ExportInput, booktitle: String? = nil) -> ExportResult {
        var used: [String: Int] = [:]
        var entries: [String] = []
        var qa = 0
        for item in input.items {
            if item.kind == .qa {
                qa += 1
                continue
            }
            let session = input.session(of: item)
            let year = item.start.map { $0.wallClock.year } ?? session.map { $0.start.wallClock.year } ?? item.date.flatMap(Self.year)
            var key = citationKey(authors: item.authors, year: year, title: item.title)
            let n = used[key, default: 0]
            used[key] = n + 1
            if n > 0 { key += suffix(n) }
            // (name, value, braced): a month is a macro, written bare.
            var fields: [(String, String, Bool)] = [("title", protectCapitals(escapeKeepingLaTeX(item.title)), true)]
            if item.authors.isEmpty {
                fields.append(("key", escape(sortKey(item.title)), true))
            } else {
                fields.append(("author", item.authors.map { escape($0) }.joined(separator: " and "), true))
            }
            let type: String
            if let session, !item.authors.isEmpty {
                type = "inproceedings"
                fields.append(("booktitle", escape(booktitle ?? ConferenceName.infer(for: session) ?? session.title), true))
            } else {
                type = "misc"
                if let session { fields.append(("howpublished", escape(booktitle ?? ConferenceName.infer(for: session) ?? session.title), true)) }
            }
            if let year { fields.append(("year", String(year), true)) }
            if let start = item.start {
                // BibTeX's month macros jan, feb, …: styles print the month's name in their language.
                fields.append(("month", CalendarNames.month(start.wallClock.month).lowercased(), false))
            }
            if !item.abstract.isEmpty { fields.append(("abstract", escapeKeepingLaTeX(item.abstract), true)) }
            var note: [String] = []
            if let session { note.append("Session: " + session.title) }
            if let b = input.bookmarks[item.id] {
                note.append("Priority: " + b.priority.label)
                if let text = b.nonEmptyNote { note.append(text) }
            }
            if !note.isEmpty { fields.append(("note", escape(note.joined(separator: ". ")), true)) }
            let body = fields.map { "  \($0.0) = " + ($0.2 ? "{\($0.1)}" : $0.1) }.joined(separator: ",\n")
            entries.append("@\(type){\(key),\n\(body)\n}\n")
        }
        var notes: [String] = []
        if qa > 0 {
            notes.append("\(qa) Q&A slot\(qa == 1 ? " has" : "s have") nothing to cite and \(qa == 1 ? "was" : "were") left out")
        }
        if !input.missing.isEmpty {
            notes.append("\(input.missing.count) bookmark\(input.missing.count == 1 ? " is" : "s are") missing from the corpus and left out")
        }
        var text = entries.joined(separator: "\n")
        if let query = input.query {
            // BibTeX ignores text outside entries; `@comment` says so to every reader. Braces and
            // line breaks are left out so the comment cannot end early.
            let safe = ExportText.lines(query).joined(separator: " ").filter { $0 != "{" && $0 != "}" && $0 != "@" }
            text = "@comment{lectern search: \(safe)}\n\n" + text
        }
        return ExportResult(text: text, notes: notes, count: entries.count)
    }

    /// An entry's `key` (what styles sort and label by when there is no author): the title as
    /// readable ASCII text (`End-to-End Neural Network Compression via l1/l2 …`).
    static func sortKey(_ title: String) -> String {
        let plain = LaTeXCleaner.clean(title).applyingTransform(.toLatin, reverse: false).flatMap { $0.applyingTransform(.stripDiacritics, reverse: false) } ?? title
        let ascii = String(String.UnicodeScalarView(plain.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            if s.isASCII { return s }
            if let digit = s.properties.numericType != nil ? s.properties.numericValue : nil, digit >= 0, digit < 10, digit == digit.rounded() {
                return Unicode.Scalar(UInt8(48 + Int(digit)))
            }
            if s == "ℓ" { return "l" }
            return nil
        }))
        return ascii.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The year of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date.
    static func year(_ date: String) -> Int? {
        let digits = date.prefix(4)
        return digits.count == 4 && digits.allSatisfy(\.isASCII) ? Int(digits) : nil
    }

    /// Braces each word that has a capital after its first letter (`{TableSense}`, `{ResNet}`,
    /// `{Q\&A}`, `{GANs}`), so that styles which lower-case titles keep it; math and words that
    /// already hold braces are left as they are.
    public static func protectCapitals(_ title: String) -> String {
        var inMath = false
        return title.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let dollars = word.filter { $0 == "$" }.count
            defer { if dollars % 2 == 1 { inMath.toggle() } }
            guard !inMath, dollars == 0, !word.contains("{"), !word.contains("}") else { return String(word) }
            let letters = word.filter(\.isLetter)
            guard letters.dropFirst().contains(where: \.isUppercase) else { return String(word) }
            return "{" + word + "}"
        }.joined(separator: " ")
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

    /// `lastnameYEARword`, ASCII letters and digits only; the word is the title's first significant
    /// word, whole: `What's in the Box?` gives `box` (a contraction's `'s` is not a word, and
    /// `Self-Normalizing` is one word).
    public static func citationKey(authors: [String], year: Int?, title: String) -> String {
        let last = authors.first.flatMap { $0.split(separator: " ").last.map(String.init) }.map(asciiFold) ?? ""
        let words = LaTeXCleaner.clean(title).split(whereSeparator: \.isWhitespace).map { word -> String in
            var w = String(word)
            for suffix in ["'s", "’s", "'t", "’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d"] where w.lowercased().hasSuffix(suffix) {
                w.removeLast(suffix.count)
                break
            }
            return asciiFold(w)
        }.filter { !$0.isEmpty }
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
            default: out += unicodeCommand(c) ?? String(c)
            }
        }
        return out
    }

    /// The LaTeX for a symbol that pdflatex's UTF-8 input does not set up (arrows, Greek letters,
    /// math signs); nil for a character it reads as it is (Latin letters, dashes, quotes).
    static func unicodeCommand(_ c: Character) -> String? {
        guard let scalar = c.unicodeScalars.first, scalar.value > 0x17F, c.unicodeScalars.count == 1 else { return nil }
        return unicodeMath[scalar].map { "\\ensuremath{" + $0 + "}" }
    }

    static let unicodeMath: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [
            "→": "\\rightarrow", "←": "\\leftarrow", "↔": "\\leftrightarrow", "⇒": "\\Rightarrow", "⇐": "\\Leftarrow",
            "−": "-", "√": "\\surd", "≤": "\\leq", "≥": "\\geq", "≠": "\\neq", "≈": "\\approx", "∼": "\\sim",
            "∞": "\\infty", "∈": "\\in", "∑": "\\sum", "∏": "\\prod", "∫": "\\int", "∂": "\\partial", "∇": "\\nabla",
            "⋅": "\\cdot", "∘": "\\circ", "ℓ": "\\ell", "ℝ": "\\mathbf{R}", "≪": "\\ll", "≫": "\\gg", "⊂": "\\subset",
            "∪": "\\cup", "∩": "\\cap", "∀": "\\forall", "∃": "\\exists", "⊕": "\\oplus", "⊗": "\\otimes",
        ]
        let greek = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
                     "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"]
        for (n, name) in greek.enumerated() where name != "o" {
            if let s = Unicode.Scalar(0x3B1 + n) { table[s] = "\\" + name }
        }
        for (scalar, name) in [(0x393, "Gamma"), (0x394, "Delta"), (0x398, "Theta"), (0x39B, "Lambda"), (0x39E, "Xi"),
                               (0x3A0, "Pi"), (0x3A3, "Sigma"), (0x3A6, "Phi"), (0x3A8, "Psi"), (0x3A9, "Omega")] {
            if let s = Unicode.Scalar(scalar) { table[s] = "\\" + name }
        }
        return table
    }()

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
                    if j == i + 1 {
                        out += "\\textbackslash{}"
                        i += 1
                    } else {
                        out += command(String(chars[(i + 1)..<j]), inMath: inMath && mathOK)
                        i = j
                    }
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
                out += unicodeCommand(c) ?? String(c)
            }
            i += 1
        }
        return out
    }

    /// A command as LaTeX itself (no package) can typeset it where it stands: a command it defines
    /// for that mode is kept, a math command in text is put in `\ensuremath` (`\deg`, written for a
    /// degree sign, becomes `\textdegree`), and any other (a macro of the paper's own, `\inerf`)
    /// becomes its name as text, or upright in math.
    static func command(_ name: String, inMath: Bool) -> String {
        if inMath {
            return mathCommands.contains(name) || textCommands.contains(name) ? "\\" + name : "\\mathrm{" + name + "}"
        }
        if textCommands.contains(name) { return "\\" + name }
        if name == "deg" { return "\\textdegree{}" }
        if mathCommands.contains(name) { return "\\ensuremath{\\" + name + "}" }
        return name
    }

    /// Text-mode commands of the LaTeX kernel and the standard classes.
    static let textCommands: Set<String> = [
        "emph", "textbf", "textit", "textsl", "textsc", "texttt", "textrm", "textsf", "textup", "textmd", "textnormal",
        "bf", "it", "sl", "sc", "tt", "rm", "sf", "em", "underline", "mbox", "ensuremath",
        "c", "v", "u", "H", "k", "r", "d", "b", "t", "i", "j", "l", "L", "o", "O", "ss", "ae", "AE", "oe", "OE", "aa", "AA",
        "ldots", "dots", "textendash", "textemdash", "textdegree", "textquoteleft", "textquoteright", "textquotedblleft",
        "textquotedblright", "textbackslash", "textbraceleft", "textbraceright", "textasciitilde", "textasciicircum",
        "textbar", "textless", "textgreater", "textunderscore", "S", "P", "copyright", "pounds", "dag", "ddag", "LaTeX", "TeX",
        "ref", "cite", "footnote", "url", "newline", "quad", "qquad", "hspace", "space",
    ]

    /// Math-mode commands of the LaTeX kernel (no amsmath or amssymb).
    static let mathCommands: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi",
        "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
        "frac", "sqrt", "sum", "prod", "int", "oint", "lim", "log", "ln", "exp", "min", "max", "sup", "inf", "arg", "det",
        "deg", "dim", "sin", "cos", "tan", "ker", "Pr", "ell", "infty", "partial", "nabla", "cdot", "cdots", "ldots", "vdots",
        "ddots", "times", "div", "pm", "mp", "leq", "le", "geq", "ge", "neq", "ne", "approx", "sim", "simeq", "equiv", "propto",
        "in", "notin", "ni", "subset", "subseteq", "supset", "supseteq", "cup", "cap", "setminus", "emptyset", "forall",
        "exists", "neg", "wedge", "vee", "to", "rightarrow", "leftarrow", "Rightarrow", "Leftarrow", "leftrightarrow",
        "mapsto", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "left", "right", "big", "Big", "bigg", "Bigg",
        "mathbf", "mathrm", "mathit", "mathcal", "mathsf", "mathtt", "hat", "bar", "tilde", "vec", "dot", "ddot", "widehat",
        "widetilde", "overline", "underline", "circ", "star", "ast", "bullet", "prime", "perp", "parallel", "mid", "top",
        "bot", "odot", "oplus", "otimes", "ll", "gg", "dagger", "hbar", "imath", "jmath", "Re", "Im", "aleph", "wp",
        "quad", "qquad", "mbox", "choose", "over", "limits",
    ]

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

    /// A line break (LF, CRLF or CR), controls and bidirectional formatting characters become one
    /// space each (a field has no line break).
    static func clean(_ text: String) -> String {
        let joined = ExportText.lines(text).joined(separator: " ")
        return String(String.UnicodeScalarView(joined.unicodeScalars.map { TerminalSafe.isControlOrBidi($0) ? " " : $0 }))
    }
}

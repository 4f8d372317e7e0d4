/// How many terminal columns text takes, in pure Swift (no curses, no locale).
///
/// A grapheme cluster is measured as one unit: combining marks, format characters and
/// zero-width joiner sequences add nothing; East Asian Wide and Fullwidth characters and emoji
/// shown in emoji presentation take two columns; everything else takes one. Control characters
/// take no column and are reported by `needsSanitizing`: run text through `TerminalSafe.sanitize`
/// before drawing it.
public enum DisplayWidth {
    /// Columns taken by one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Fast path: a lone printable scalar below the combining marks (ASCII, Latin-1, Latin Extended).
        if first.value < 0x300, scalars.count == 1 {
            let v = first.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xAD ? 0 : 1
        }
        if isControl(first) { return 0 }
        var regionalIndicators = 0
        var visible = false
        for s in scalars {
            if isZeroWidth(s) {
                // U+FE0F asks for emoji presentation of the preceding symbol.
                if s.value == 0xFE0F, first.properties.isEmoji { return 2 }
                continue
            }
            if !visible, isWide(s) { return 2 }
            if (0x1F1E6...0x1F1FF).contains(s.value) { regionalIndicators += 1 }
            visible = true
        }
        if regionalIndicators >= 2 { return 2 }
        return visible ? 1 : 0
    }

    /// Columns taken by a whole string.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for c in text { total += of(c) }
        return total
    }

    /// True when the grapheme holds a control character (C0, DEL, C1) that must never reach the
    /// terminal as is.
    public static func needsSanitizing(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isControl)
    }

    /// `text` cut to at most `width` columns, ending with `ellipsis` when something was cut.
    /// Never splits a grapheme cluster; a wide character that would straddle the limit is left out.
    /// Reads no further than the cut: a megabyte title costs what the screen shows.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let room = width - of(ellipsis)
        var used = 0
        var keep = text.startIndex      // the end of what fits in `room`
        var i = text.startIndex
        while i < text.endIndex {
            let w = of(text[i])
            if used + w > width {
                // Cut: keep what fits before the ellipsis.
                guard room >= 0 else { return String(repeating: ".", count: width) }
                var out = String(text[..<keep])
                while let last = out.last, last == " " { out.removeLast() }
                return out + ellipsis
            }
            used += w
            i = text.index(after: i)
            if used <= room { keep = i }
        }
        return text
    }

    /// `text` cut to `width` columns in the middle: its start, `ellipsis`, and its end, so a
    /// distinguishing end (`… 6`, `… II`) stays visible.
    public static func truncateMiddle(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room >= 2 else { return truncate(text, to: width, ellipsis: ellipsis) }
        let tailRoom = room / 2, headRoom = room - tailRoom
        var head = String(split(Substring(text), atWidth: headRoom).head)
        while let last = head.last, last == " " { head.removeLast() }
        var tail = ""
        var used = 0
        for c in text.reversed() {
            let w = of(c)
            if used + w > tailRoom { break }
            tail.insert(c, at: tail.startIndex)
            used += w
        }
        while let first = tail.first, first == " " { tail.removeFirst() }
        return head + ellipsis + tail
    }

    /// `text` cut to `width` columns so that it stays told apart from `others` (the titles shown
    /// beside it): the end is cut, unless another text would then read the same, in which case
    /// the middle is.
    public static func truncateDistinct(_ text: String, among others: [String], to width: Int, ellipsis: String = "…") -> String {
        let end = truncate(text, to: width, ellipsis: ellipsis)
        guard end != text else { return end }
        let clash = others.contains { $0 != text && truncate($0, to: width, ellipsis: ellipsis) == end }
        guard clash else { return end }
        let middle = truncateMiddle(text, to: width, ellipsis: ellipsis)
        let stillClashes = others.contains { $0 != text && truncateMiddle($0, to: width, ellipsis: ellipsis) == middle }
        return stillClashes ? end : middle
    }

    /// The prefix of `text` that fits in `width` columns, and the rest (no ellipsis).
    public static func split(_ text: Substring, atWidth width: Int) -> (head: Substring, tail: Substring) {
        var used = 0
        var i = text.startIndex
        while i < text.endIndex {
            let w = of(text[i])
            if used + w > width { break }
            used += w
            i = text.index(after: i)
        }
        if i == text.startIndex, i < text.endIndex, width > 0 {
            // A single character wider than the whole width: take it anyway so wrapping progresses.
            i = text.index(after: i)
        }
        return (text[text.startIndex..<i], text[i...])
    }

    /// Word-wraps `text` to lines of at most `width` columns. Spaces separate words; a word longer
    /// than a line is broken by width. Newlines start new lines; an empty input gives one empty line.
    /// One pass over the text, each character measured once. With `maxLines`, wrapping stops once
    /// that many lines are made (what a screen can show): the rest of the text is not even read.
    public static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        var wrapper = LineWrapper(width: width, maxLines: maxLines)
        wrapper.feed(text[...])
        return wrapper.lines
    }

    /// The state of one wrap: the lines made, the open line, and the word being read.
    struct LineWrapper {
        let width: Int
        let maxLines: Int
        private(set) var lines: [String] = []
        /// True once `maxLines` lines are made.
        private(set) var full = false
        private var line = ""
        private var lineWidth = 0
        private var paragraphStart = 0

        init(width: Int, maxLines: Int) {
            self.width = max(1, width)
            self.maxLines = max(1, maxLines)
        }

        /// Wraps `text` as one more run of paragraphs (a final newline-free part ends a paragraph).
        mutating func feed(_ text: Substring) {
            var i = text.startIndex
            var wordStart = i
            var wordWidth = 0
            // A word wider than a line is cut as it is read: `pieceStart` is where its open piece starts.
            var pieceStart: String.Index? = nil
            while i < text.endIndex, !full {
                let c = text[i]
                if c == " " || c == "\n" {
                    endWord(text, wordStart..<i, width: wordWidth, piece: pieceStart)
                    if c == "\n", !full { endParagraph() }
                    i = text.index(after: i)
                    wordStart = i
                    wordWidth = 0
                    pieceStart = nil
                    continue
                }
                let cw = DisplayWidth.of(c)
                if let start = pieceStart {
                    if wordWidth + cw > width, i > start {
                        emit(String(text[start..<i]))
                        pieceStart = i
                        wordWidth = 0
                    }
                } else if wordWidth + cw > width {
                    // Longer than a line: it starts a line of its own.
                    if lineWidth > 0 { emit(line); line = ""; lineWidth = 0 }
                    if !full, i > wordStart {
                        emit(String(text[wordStart..<i]))
                        wordWidth = 0
                    }
                    pieceStart = i
                }
                wordWidth += cw
                i = text.index(after: i)
            }
            guard !full else { return }
            endWord(text, wordStart..<i, width: wordWidth, piece: pieceStart)
            if !full { endParagraph() }
        }

        private mutating func endWord(_ text: Substring, _ range: Range<String.Index>, width w: Int, piece: String.Index?) {
            guard !full, !range.isEmpty else { return }
            if let piece {
                // The last piece of a long word stays open for the words after it.
                line = String(text[piece..<range.upperBound])
                lineWidth = w
                return
            }
            if lineWidth > 0, lineWidth + 1 + w > width {
                emit(line)
                line = ""
                lineWidth = 0
                if full { return }
            }
            if lineWidth > 0 { line.append(" "); lineWidth += 1 }
            line += text[range]
            lineWidth += w
        }

        private mutating func endParagraph() {
            if !line.isEmpty || lines.count == paragraphStart { emit(line) }
            line = ""
            lineWidth = 0
            paragraphStart = lines.count
        }

        private mutating func emit(_ made: String) {
            lines.append(made)
            if lines.count >= maxLines { full = true }
        }
    }

    // MARK: classification

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value)
    }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F, 0xFEFF, 0xE0100...0xE01EF:
            return true
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: // Hangul medial vowels and final consonants
            return true
        case 0x1F3FB...0x1F3FF: // emoji skin-tone modifiers follow their base
            return true
        default:
            break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return false
        }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        switch v {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            // Inside the emoji blocks only symbols with default emoji presentation are wide.
            if (0x1F300...0x1FAFF).contains(v) { return s.properties.isEmojiPresentation }
            return true
        default:
            return s.properties.isEmojiPresentation
        }
    }
}

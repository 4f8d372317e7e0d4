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

    /// The columns of `text`, counted only up to `limit + 1`: enough to tell whether it fits.
    static func columns(of text: Substring, upTo limit: Int) -> Int {
        var total = 0
        for c in text {
            total += of(c)
            if total > limit { return total }
        }
        return total
    }

    /// Word-wraps `text` to lines of at most `width` columns. Spaces separate words; a word longer
    /// than a line is broken by width. Newlines start new lines; an empty input gives one empty line.
    /// Linear in the text: each character is measured a bounded number of times. With `maxLines`,
    /// wrapping stops once that many lines are made (what a screen can show).
    public static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        let width = max(1, width)
        let maxLines = max(1, maxLines)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            let paragraphStart = lines.count
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let w = columns(of: word, upTo: width)
                if w <= width {
                    if lineWidth > 0, lineWidth + 1 + w > width {
                        lines.append(line)
                        if lines.count >= maxLines { return lines }
                        line = ""
                        lineWidth = 0
                    }
                    if lineWidth > 0 { line.append(" "); lineWidth += 1 }
                    line += word
                    lineWidth += w
                    continue
                }
                // Longer than a line: it starts a line of its own and is cut by width in one walk;
                // its last piece stays open for the words after it.
                if lineWidth > 0 {
                    lines.append(line)
                    if lines.count >= maxLines { return lines }
                }
                var pieceStart = word.startIndex
                var pieceWidth = 0
                var i = word.startIndex
                while i < word.endIndex {
                    let cw = of(word[i])
                    if pieceWidth + cw > width, i > pieceStart {
                        lines.append(String(word[pieceStart..<i]))
                        if lines.count >= maxLines { return lines }
                        pieceStart = i
                        pieceWidth = 0
                    }
                    pieceWidth += cw
                    i = word.index(after: i)
                }
                line = String(word[pieceStart...])
                lineWidth = pieceWidth
            }
            if !line.isEmpty || lines.count == paragraphStart {
                lines.append(line)
                if lines.count >= maxLines { return lines }
            }
        }
        return lines
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

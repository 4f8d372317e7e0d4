/// An abstract made readable (LaTeX cleaned, sanitized) and word-wrapped, with the character
/// ranges of each line that the LaTeX asked to be bold (`\textbf{…}`, `{\bf …}`) and that belong
/// to a link (`http://`, `https://`, up to the next space, without a sentence's closing mark).
/// A link is a word like any other: it moves to the next line whole, and only one longer than the
/// line is cut (by width, anywhere); its pieces on every line are link.
public struct WrappedAbstract: Hashable, Sendable {
    public var lines: [String]
    /// Per line, the bold ranges as character offsets into that line.
    public var bold: [[Range<Int>]]
    /// Per line, the ranges of links as character offsets into that line.
    public var links: [[Range<Int>]]
    /// False when wrapping stopped at a line limit with text left over: `lines` is then the start.
    public var complete: Bool
    /// How many lines the whole text makes: exact when `complete`, otherwise estimated from how
    /// much of the text the lines made so far took (always more than `lines.count`).
    public var estimatedLineCount: Int

    public init(lines: [String], bold: [[Range<Int>]], links: [[Range<Int>]] = [], complete: Bool = true, estimatedLineCount: Int? = nil) {
        self.lines = lines
        self.bold = bold.count == lines.count ? bold : Array(repeating: [], count: lines.count)
        self.links = links.count == lines.count ? links : Array(repeating: [], count: lines.count)
        self.complete = complete
        self.estimatedLineCount = complete ? lines.count : max(lines.count + 1, estimatedLineCount ?? 0)
    }

    /// Texts up to this many bytes are always wrapped whole, whatever the screen shows: that costs
    /// microseconds and gives an exact line count (the details pane's "7-22/46").
    public static let wrapWholeBelow = 32_768

    /// The lines to ask of a text of `text` when `needed` lines show: all of a short text.
    public static func limit(_ needed: Int, for text: String) -> Int {
        text.utf8.count <= wrapWholeBelow ? .max : needed
    }

    /// One-line text (a title) sanitized and wrapped at `width`, at most `maxLines` lines of it.
    public init(plain text: String, width: Int, maxLines: Int = .max) {
        let safe = TerminalSafe.sanitize(text)
        let (lines, complete) = WrappedAbstract.wrap(safe, width: width, maxLines: maxLines)
        self.init(lines: lines, bold: [], complete: complete,
                  estimatedLineCount: WrappedAbstract.estimate(lines, total: safe.utf8.count))
    }

    /// Cleans, sanitizes and wraps `abstract` at `width`. With `maxLines`, only the first lines are
    /// wrapped (what a screen shows), and `complete` says whether that was all.
    public init(abstract: String, width: Int, maxLines: Int = .max) {
        let spans = LaTeXCleaner.render(abstract)
        let cleaned = spans.map(\.text).joined()
        var lines: [String] = []
        var complete = true
        if !cleaned.isEmpty {
            // Paragraph by paragraph, each sanitized only when it is reached.
            var rest = cleaned[...]
            while true {
                let end = rest.firstIndex(of: "\n") ?? rest.endIndex
                let budget = maxLines == .max ? .max : maxLines - lines.count
                let (made, whole) = WrappedAbstract.wrap(TerminalSafe.sanitize(String(rest[..<end])), width: width, maxLines: budget)
                lines += made
                if !whole || (end < rest.endIndex && lines.count >= maxLines) {
                    complete = false
                    break
                }
                guard end < rest.endIndex else { break }
                rest = rest[rest.index(after: end)...]
            }
        }
        self.init(lines: lines, bold: [], complete: complete,
                  estimatedLineCount: WrappedAbstract.estimate(lines, total: cleaned.utf8.count))
        let hasBold = spans.contains(where: \.bold), hasLink = cleaned.contains("http")
        guard hasBold || hasLink, TerminalSafe.sanitizeMultiline(cleaned) == cleaned else { return }
        // Wrapping only drops and re-inserts spaces, so the other characters of the lines are the
        // cleaned text's characters in order: walk both in step and carry each one's flags over.
        var boldFlags: [Bool] = []
        var source: [Character] = []
        for span in spans {
            for c in span.text {
                source.append(c)
                boldFlags.append(span.bold)
            }
        }
        let linkFlags = WrappedAbstract.linkFlags(source)
        guard let b = WrappedAbstract.ranges(lines, source: source, flags: boldFlags, joinSpaces: true),
              let l = WrappedAbstract.ranges(lines, source: source, flags: linkFlags, joinSpaces: false) else { return }
        if hasBold { bold = b }
        links = l
    }

    /// At most `maxLines` lines of `text` wrapped at `width`, and whether they are all of it.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> (lines: [String], complete: Bool) {
        guard maxLines < .max else { return (DisplayWidth.wrap(text, width: width), true) }
        // One line more than asked tells whether anything is left.
        var lines = DisplayWidth.wrap(text, width: width, maxLines: maxLines + 1)
        guard lines.count > maxLines else { return (lines, true) }
        lines.removeLast()
        return (lines, false)
    }

    /// The lines the whole text would make, from the share of its bytes that `lines` hold.
    static func estimate(_ lines: [String], total: Int) -> Int {
        let used = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        guard used > 0 else { return lines.count + 1 }
        return Int((Double(lines.count) * Double(total) / Double(used)).rounded(.up))
    }

    /// Per character of `source`, whether it is part of a link.
    static func linkFlags(_ source: [Character]) -> [Bool] {
        var flags = Array(repeating: false, count: source.count)
        var i = 0
        while i < source.count {
            let rest = source[i...]
            guard rest.starts(with: "https://") || rest.starts(with: "http://"),
                  i == 0 || !(source[i - 1].isLetter || source[i - 1].isNumber) else { i += 1; continue }
            var end = i
            while end < source.count, !source[end].isWhitespace { end += 1 }
            let url = LaTeXCleaner.trimURL(String(source[i..<end]))
            for k in i..<min(end, i + url.count) { flags[k] = true }
            i = end
        }
        return flags
    }

    /// The flagged characters of `source` as ranges into each line; nil when the lines are not
    /// the source's characters in order. `joinSpaces`: a single space between two flagged
    /// characters belongs to the run.
    static func ranges(_ lines: [String], source: [Character], flags: [Bool], joinSpaces: Bool) -> [[Range<Int>]]? {
        var p = 0
        var found: [[Range<Int>]] = []
        for line in lines {
            var ranges: [Range<Int>] = []
            let chars = Array(line)
            for (offset, c) in chars.enumerated() where c != " " {
                while p < source.count, source[p] == " " || source[p] == "\n" { p += 1 }
                guard p < source.count, source[p] == c else { return nil }
                if flags[p] {
                    if let last = ranges.last,
                       last.upperBound == offset || (joinSpaces && last.upperBound == offset - 1 && chars[offset - 1] == " ") {
                        ranges[ranges.count - 1] = last.lowerBound..<(offset + 1)
                    } else {
                        ranges.append(offset..<(offset + 1))
                    }
                }
                p += 1
            }
            found.append(ranges)
        }
        return found
    }
}

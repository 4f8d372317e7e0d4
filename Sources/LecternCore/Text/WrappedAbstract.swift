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

    public init(lines: [String], bold: [[Range<Int>]], links: [[Range<Int>]] = []) {
        self.lines = lines
        self.bold = bold
        self.links = links.count == lines.count ? links : Array(repeating: [], count: lines.count)
    }

    /// Cleans, sanitizes and wraps `abstract` at `width`.
    public init(abstract: String, width: Int) {
        let spans = LaTeXCleaner.render(abstract)
        let cleaned = spans.map(\.text).joined()
        lines = cleaned.isEmpty ? [] : cleaned.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            DisplayWidth.wrap(TerminalSafe.sanitize(String($0)), width: width)
        }
        bold = Array(repeating: [], count: lines.count)
        links = Array(repeating: [], count: lines.count)
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

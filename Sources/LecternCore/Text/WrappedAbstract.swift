/// An abstract made readable (LaTeX cleaned, sanitized) and word-wrapped, with the character
/// ranges of each line that the LaTeX asked to be bold (`\textbf{…}`, `{\bf …}`).
public struct WrappedAbstract: Hashable, Sendable {
    public var lines: [String]
    /// Per line, the bold ranges as character offsets into that line.
    public var bold: [[Range<Int>]]

    public init(lines: [String], bold: [[Range<Int>]]) {
        self.lines = lines
        self.bold = bold
    }

    /// Cleans, sanitizes and wraps `abstract` at `width`.
    public init(abstract: String, width: Int) {
        let spans = LaTeXCleaner.render(abstract)
        let cleaned = spans.map(\.text).joined()
        lines = cleaned.isEmpty ? [] : cleaned.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
            DisplayWidth.wrap(TerminalSafe.sanitize(String($0)), width: width)
        }
        bold = Array(repeating: [], count: lines.count)
        guard spans.contains(where: \.bold), TerminalSafe.sanitizeMultiline(cleaned) == cleaned else { return }
        // Wrapping only drops and re-inserts spaces, so the other characters of the lines are the
        // cleaned text's characters in order: walk both in step and carry each one's boldness over.
        var flags: [Bool] = []
        var source: [Character] = []
        for span in spans {
            for c in span.text {
                source.append(c)
                flags.append(span.bold)
            }
        }
        var p = 0
        var found: [[Range<Int>]] = []
        for line in lines {
            var ranges: [Range<Int>] = []
            let chars = Array(line)
            for (offset, c) in chars.enumerated() where c != " " {
                while p < source.count, source[p] == " " || source[p] == "\n" { p += 1 }
                guard p < source.count, source[p] == c else { return }
                if flags[p] {
                    // A single space between two bold characters is part of the bold run.
                    if let last = ranges.last, last.upperBound == offset || (last.upperBound == offset - 1 && chars[offset - 1] == " ") {
                        ranges[ranges.count - 1] = last.lowerBound..<(offset + 1)
                    } else {
                        ranges.append(offset..<(offset + 1))
                    }
                }
                p += 1
            }
            found.append(ranges)
        }
        bold = found
    }
}

/// Finds where a query matches inside a piece of text, for highlighting in lists and the details
/// pane: the query's words (as prefixes) and phrases, never excluded words or filter syntax.
/// Matching is folding-aware, so "cifka" highlights "Cífka" in the original text.
public struct MatchHighlighter: Sendable {
    /// Folded words of the query that highlight as prefixes (or whole words when quoted).
    public let words: [String]
    private let terms: [(bytes: [UInt8], prefix: Bool)]
    /// Phrases as folded words; with `prefix`, the last word may be the start of a longer one.
    private let phrases: [(words: [[UInt8]], prefix: Bool)]

    /// `fields`: the fields the highlighted text belongs to; a word or phrase the query restricts
    /// to other fields (`title:"self normalizing"` in an abstract) is not highlighted there. Nil
    /// highlights every word and phrase.
    public init(query: String, fields: Set<SearchField>? = nil) {
        func applies(_ restricted: [SearchField]?) -> Bool {
            guard let fields, let restricted else { return true }
            return !fields.isDisjoint(with: restricted)
        }
        var terms: [(bytes: [UInt8], prefix: Bool)] = []
        var phrases: [(words: [[UInt8]], prefix: Bool)] = []
        var words: [String] = []
        for clause in Query(parsing: query).clauses where !clause.negated {
            for alt in clause.alternatives {
                switch alt {
                case .word(let w, let prefix, let restricted):
                    guard applies(restricted) else { continue }
                    terms.append((Array(w.utf8), prefix))
                    words.append(w)
                case .phrase(let ws, let prefix, let restricted):
                    guard applies(restricted) else { continue }
                    phrases.append((ws.map { Array($0.utf8) }, prefix))
                    words += ws
                default:
                    continue
                }
            }
        }
        self.terms = terms
        self.phrases = phrases
        self.words = words
    }

    public var isEmpty: Bool { terms.isEmpty && phrases.isEmpty }

    /// Ranges of `text` to highlight, sorted and non-overlapping.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !isEmpty else { return [] }
        let tokens = Tokenizer.tokenRanges(in: text)
        var found: [Range<String.Index>] = []
        for (i, token) in tokens.enumerated() {
            var best: String.Index?
            for term in terms {
                if token.folded == term.bytes {
                    best = token.range.upperBound
                    break
                }
                if term.prefix, token.folded.count > term.bytes.count, token.folded.starts(with: term.bytes) {
                    let end = prefixEnd(text, token.range, foldedLength: term.bytes.count)
                    if best == nil || end > (best ?? end) { best = end }
                }
            }
            if let best { found.append(token.range.lowerBound..<best) }
            for (phrase, prefix) in phrases where i + phrase.count <= tokens.count {
                let n = phrase.count
                var k = 0
                while k < n - 1 && tokens[i + k].folded == phrase[k] { k += 1 }
                guard k == n - 1 else { continue }
                let last = tokens[i + k]
                if last.folded == phrase[k] {
                    found.append(token.range.lowerBound..<last.range.upperBound)
                } else if prefix, last.folded.starts(with: phrase[k]) {
                    found.append(token.range.lowerBound..<prefixEnd(text, last.range, foldedLength: phrase[k].count))
                }
            }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<String.Index>] = []
        for r in found {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }

    /// Where, inside `range`, the folded text reaches `foldedLength` bytes (plus trailing combining marks).
    private func prefixEnd(_ text: String, _ range: Range<String.Index>, foldedLength: Int) -> String.Index {
        let scalars = text.unicodeScalars
        var i = range.lowerBound
        var buffer: [UInt8] = []
        while i < range.upperBound && buffer.count < foldedLength {
            _ = TextFolding.append(scalars[i].value, to: &buffer)
            i = scalars.index(after: i)
        }
        while i < range.upperBound {
            var probe: [UInt8] = []
            _ = TextFolding.append(scalars[i].value, to: &probe)
            guard probe.isEmpty else { break }
            i = scalars.index(after: i)
        }
        return i
    }
}

import Foundation

/// Finds where a query matches inside a piece of text, for highlighting in lists and the details pane.
/// (Placeholder: case-insensitive occurrences of each query word.)
public struct MatchHighlighter: Sendable {
    public let words: [String]

    public init(query: String) {
        words = query.lowercased().split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Ranges of `text` to highlight, sorted and non-overlapping.
    public func ranges(in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        for word in words {
            var start = text.startIndex
            while start < text.endIndex, let r = text.range(of: word, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex) {
                found.append(r)
                start = r.upperBound
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
}

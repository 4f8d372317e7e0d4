import Foundation

/// Stable ids from titles: lowercase ASCII, words joined by hyphens, at most 60 characters.
public enum Slug {
    public static let maxLength = 60

    /// Letters that do not decompose into an ASCII letter plus marks.
    private static let folds: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d",
        "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ł": "l", "Ł": "l", "ı": "i", "ħ": "h", "Ħ": "h",
        "ŋ": "ng", "ſ": "s", "&": " and ",
    ]

    /// The slug of a title, cut to `limit` characters at a hyphen where possible; `item` when nothing is left.
    public static func make(_ title: String, limit: Int = maxLength) -> String {
        var folded = ""
        for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let replacement = folds[scalar] {
                folded += replacement
            } else if scalar.isASCII {
                folded.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark
                        || scalar.properties.generalCategory == .spacingMark
                        || scalar.properties.generalCategory == .enclosingMark {
                continue
            } else {
                folded += " "
            }
        }
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.lowercased().unicodeScalars {
            let isAlnum = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isAlnum {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue // "What's" → "whats"
            } else {
                pendingHyphen = true
            }
        }
        return cut(slug.isEmpty ? "item" : slug, to: max(1, limit))
    }

    /// Cuts a slug to at most `limit` characters, at a hyphen boundary when there is one.
    static func cut(_ slug: String, to limit: Int) -> String {
        guard slug.count > limit else { return slug }
        let chars = Array(slug)
        if chars[limit] == "-" { return String(chars[0..<limit]) }
        let head = chars[0..<limit]
        if let hyphen = head.lastIndex(of: "-"), hyphen > 0 { return String(chars[0..<hyphen]) }
        var cut = String(head)
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut
    }
}

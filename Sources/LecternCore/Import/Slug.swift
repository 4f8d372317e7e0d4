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
    ///
    /// Linear in the title and stops once the slug is one character past `limit` (the cut depends
    /// on no more), so a megabyte title costs what its first words do.
    public static func make(_ title: String, limit: Int = maxLength) -> String {
        let limit = max(1, limit)
        return asciiSlug(title, limit: limit) ?? general(title, limit: limit)
    }

    /// `make` scalar by scalar, for any title.
    static func general(_ title: String, limit: Int) -> String {
        var slug = ""
        var length = 0
        var pendingHyphen = false
        func take(_ scalar: Unicode.Scalar) {
            // The folded text is ASCII: lowercasing it scalar by scalar is lowercasing it whole.
            let lower = scalar >= "A" && scalar <= "Z" ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
            let isAlnum = (lower >= "a" && lower <= "z") || (lower >= "0" && lower <= "9")
            if isAlnum {
                if pendingHyphen && !slug.isEmpty {
                    slug += "-"
                    length += 1
                }
                pendingHyphen = false
                slug.unicodeScalars.append(lower)
                length += 1
            } else if lower == "'" {
                return // "What's" → "whats"
            } else {
                pendingHyphen = true
            }
        }
        func fold(_ scalar: Unicode.Scalar) {
            if let replacement = folds[scalar] {
                replacement.unicodeScalars.forEach(take)
            } else if scalar.isASCII {
                take(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark
                        || scalar.properties.generalCategory == .spacingMark
                        || scalar.properties.generalCategory == .enclosingMark {
                return
            } else {
                take(" ")
            }
        }
        // Character by character (canonical decomposition never crosses a grapheme), only the
        // non-ASCII ones decomposed.
        for character in title {
            if length > limit { break }
            if character.isASCII {
                character.unicodeScalars.forEach(fold)
            } else {
                String(character).decomposedStringWithCanonicalMapping.unicodeScalars.forEach(fold)
            }
        }
        return cut(slug.isEmpty ? "item" : slug, to: limit)
    }

    /// `make` of an ASCII title whose slug needs no cut, byte by byte; nil for anything else (a
    /// non-ASCII byte, an `&`, a slug longer than `limit`), which `make` then takes.
    static func asciiSlug(_ title: String, limit: Int) -> String? {
        guard limit >= 4 else { return nil }
        var title = title
        return title.withUTF8 { u -> String? in
            guard u.count <= 4 * limit else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(u.count)
            var pending = false
            for b in u {
                guard b < 0x80, b != UInt8(ascii: "&") else { return nil }
                let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pending && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                    pending = false
                    out.append(lower)
                    if out.count > limit { return nil }
                } else if lower != UInt8(ascii: "'") {
                    pending = true
                }
            }
            return out.isEmpty ? "item" : String(decoding: out, as: UTF8.self)
        }
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

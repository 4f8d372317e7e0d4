extension String {
    /// The text without leading and trailing white space and line breaks: the same result as
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`, without its copies through
    /// UTF-16 (text with nothing to trim is returned as it is).
    var trimmedWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !first.isTrimmedWhitespace, !last.isTrimmedWhitespace { return self }
        return Substring(self).trimmedWhitespace
    }
}

extension Substring {
    /// The text without leading and trailing white space (not line breaks), as Foundation's
    /// `trimmingCharacters(in: .whitespaces)`.
    var trimmedSpaces: String {
        var scalars = unicodeScalars[...]
        while let first = scalars.first, first.isTrimmedWhitespace, !first.isLineBreak { scalars.removeFirst() }
        while let last = scalars.last, last.isTrimmedWhitespace, !last.isLineBreak { scalars.removeLast() }
        return String(Substring(scalars))
    }
}

extension Substring {
    /// The text without leading and trailing white space and line breaks, as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (scalar by scalar, so a combining mark
    /// after a space is kept).
    var trimmedWhitespace: String {
        var scalars = unicodeScalars[...]
        while let first = scalars.first, first.isTrimmedWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isTrimmedWhitespace { scalars.removeLast() }
        return String(Substring(scalars))
    }
}

extension Unicode.Scalar {
    /// A member of Foundation's `CharacterSet.whitespacesAndNewlines`.
    var isTrimmedWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A line break of Foundation's `CharacterSet.newlines`.
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

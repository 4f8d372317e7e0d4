import Foundation

/// Steps shared by the paper readers: ids from source keys, whitespace, names, dates.
enum PaperCommon {
    /// Longest id made from a source key.
    static let idLength = 96

    /// The id a paper asks for: `prefix-key` as a slug (`arxiv-2202-12139`).
    static func id(_ prefix: String, _ key: String) -> String {
        Slug.make(prefix.isEmpty ? key : "\(prefix) \(key)", limit: idLength)
    }

    /// Text with runs of whitespace (newlines included) made one space, and ends trimmed.
    static func squash(_ text: String) -> String {
        text.utf8.withContiguousStorageIfAvailable(squash) ?? squashByScalars(text)
    }

    /// `squash` scalar by scalar.
    static func squashByScalars(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pending = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pending = !out.isEmpty
            } else {
                if pending { out.append(0x20); pending = false }
                if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `squash` on valid UTF-8, byte by byte: only the lead bytes of the non-ASCII spaces (C2,
    /// E1, E2, E3) make it look at a whole scalar.
    private static func squash(_ u: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var pending = false
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x80, b > 0x20 {
                // The common case, a run of visible ASCII characters (a word), appended at once.
                if pending { out.append(0x20); pending = false }
                var end = i + 1
                while end < u.count, u[end] < 0x80, u[end] > 0x20 { end += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<end]))
                i = end
                continue
            }
            var length = 1
            var space = false
            if b < 0x80 {
                space = b == 0x20 || (0x09...0x0D).contains(b) || b == 0
            } else {
                length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                if b == 0xC2 || (0xE1...0xE3).contains(b), i + length <= u.count {
                    var value = UInt32(b) & (length == 2 ? 0x1F : 0x0F)
                    for k in 1..<length { value = value << 6 | UInt32(u[i + k] & 0x3F) }
                    space = Unicode.Scalar(value).map(isSpace) ?? false
                }
            }
            if space {
                pending = !out.isEmpty
            } else {
                if pending { out.append(0x20); pending = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[i..<min(u.count, i + length)]))
            }
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Unicode's White_Space characters and NUL, without a property lookup per character (the
    /// lookup made whitespace the larger part of a snapshot import).
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) || v == 0 }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `2024-01-31` from an ISO time or date (`2024-01-31T10:00:00Z`), nil when it is not one.
    static func date(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        for length in [10, 7, 4] where t.utf8.count >= length {
            let head = String(t.prefix(length))
            let rest = t.dropFirst(length)
            if Item.isPaperDate(head), rest.isEmpty || rest.first == "T" || rest.first == " " || length == 10 { return head }
        }
        return nil
    }

    /// The date of a Unix time in milliseconds (OpenReview's `cdate`, `pdate`), in UTC.
    static func date(milliseconds: Double) -> String? {
        guard milliseconds.isFinite, abs(milliseconds) < 1e15 else { return nil }
        let t = Timestamp(epochSeconds: Int64((milliseconds / 1000).rounded(.down)), utcOffsetSeconds: 0)
        return String(t.iso8601.prefix(10))
    }

    /// A list, or nil when empty (optional fields are left out of the corpus when they have nothing).
    static func nonEmpty<T>(_ list: [T]) -> [T]? { list.isEmpty ? nil : list }

    /// A string, or nil when empty.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}

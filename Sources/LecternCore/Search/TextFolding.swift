import Foundation

/// Case- and diacritic-insensitive folding shared by indexing, querying and highlighting:
/// canonical decomposition, combining marks dropped, lowercase, and a few letters that do not
/// decompose (ø→o, ß→ss, ł→l, đ→d, æ→ae, œ→oe, þ→th, ð→d, ı→i).
public enum TextFolding {
    /// Folded UTF-8 for scalars U+0080..<U+0250 (Latin-1, Latin Extended-A and B), computed once;
    /// `nil` entries are separators. Other scalars are folded on demand (kept small for start-up time).
    private static let tableStart: UInt32 = 0x80
    private static let tableEnd: UInt32 = 0x250
    private static let table: [[UInt8]?] = {
        var out: [[UInt8]?] = []
        out.reserveCapacity(Int(tableEnd - tableStart))
        for v in tableStart..<tableEnd {
            guard let s = Unicode.Scalar(v) else { out.append(nil); continue }
            out.append(computeFold(s))
        }
        return out
    }()

    private static let special: [UInt32: String] = [
        0xF8: "o", 0xD8: "o", 0xDF: "ss", 0x1E9E: "ss", 0x142: "l", 0x141: "l", 0x111: "d", 0x110: "d",
        0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xFE: "th", 0xDE: "th", 0xF0: "d", 0xD0: "d",
        0x131: "i", 0x127: "h", 0x126: "h", 0x167: "t", 0x166: "t", 0x138: "k", 0x14B: "ng", 0x14A: "ng",
    ]

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Folded bytes of one scalar: empty for a combining mark (dropped), nil for a separator.
    private static func computeFold(_ s: Unicode.Scalar) -> [UInt8]? {
        if let sp = special[s.value] { return Array(sp.utf8) }
        if isMark(s) { return [] }
        var out: [UInt8] = []
        var sawWordChar = false
        for d in String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars {
            if isMark(d) { continue }
            if let sp = special[d.value] { out += Array(sp.utf8); sawWordChar = true; continue }
            let p = d.properties
            guard p.isAlphabetic || p.numericType != nil else { continue }
            sawWordChar = true
            out += Array(p.lowercaseMapping.utf8)
        }
        return sawWordChar ? out : nil
    }

    /// Appends the folded form of scalar `v` to `buffer`; returns false when `v` separates words.
    @inline(__always)
    static func append(_ v: UInt32, to buffer: inout [UInt8]) -> Bool {
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 { buffer.append(UInt8(v)); return true }
            if v >= 0x41 && v <= 0x5A { buffer.append(UInt8(v + 32)); return true }
            return false
        }
        if v < tableEnd {
            guard let f = table[Int(v - tableStart)] else { return false }
            buffer.append(contentsOf: f)
            return true
        }
        guard let s = Unicode.Scalar(v), let f = computeFold(s) else { return false }
        buffer.append(contentsOf: f)
        return true
    }

    /// The folded form of a whole string, separators kept as single spaces.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for s in text.unicodeScalars {
            let before = out.count
            if append(s.value, to: &out) {
                if pendingSpace && before > 0 {
                    out.insert(0x20, at: before)
                }
                if out.count > before { pendingSpace = false }
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

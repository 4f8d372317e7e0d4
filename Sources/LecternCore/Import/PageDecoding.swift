import Foundation

/// Lenient decoding of a page's bytes: invalid UTF-8 becomes U+FFFD, with a warning naming the
/// file, the line, the column and the byte offset, so that one bad byte never loses a whole page.
public enum PageDecoding {
    /// Lines with invalid UTF-8 that get their own warning; the rest are counted in a last one.
    public static let maxWarnedLines = 20

    /// The text of `data`, each maximal invalid UTF-8 subpart replaced by one U+FFFD (as
    /// `String(decoding:as:)` does), and one warning per line that had invalid bytes, such as
    /// `page.txt:12:40: invalid UTF-8 at byte offset 1234 replaced by U+FFFD (3 on this line)`.
    public static func decodeUTF8(data: Data, fileName: String) -> (text: String, warnings: [String]) {
        if let text = String(validating: data, as: UTF8.self) { return (text, []) }
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var warnings: [String] = []
        var warnedLines = 0
        var extraLines = 0
        var line = 1
        var column = 1
        // The first problem on the current line: (column, byte offset), and how many there were.
        var first: (column: Int, offset: Int)?
        var count = 0

        func flushLine() {
            guard let f = first else { return }
            if warnedLines < maxWarnedLines {
                let more = count > 1 ? " (\(count) on this line)" : ""
                warnings.append("\(fileName):\(line):\(f.column): invalid UTF-8 at byte offset \(f.offset) replaced by U+FFFD\(more)")
                warnedLines += 1
            } else {
                extraLines += 1
            }
            first = nil
            count = 0
        }

        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b)
                if b == 0x0A {
                    flushLine()
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
                continue
            }
            let length = validSequenceLength(bytes, at: i)
            if length.valid {
                out.append(contentsOf: bytes[i..<(i + length.count)])
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                if first == nil { first = (column, i) }
                count += 1
            }
            column += 1
            i += length.count
        }
        flushLine()
        if extraLines > 0 {
            warnings.append("\(fileName): invalid UTF-8 replaced by U+FFFD on \(extraLines) more line\(extraLines == 1 ? "" : "s")")
        }
        return (String(decoding: out, as: UTF8.self), warnings)
    }

    /// Parses a page like `PageImporter.parse`, but decodes it leniently first: the decoding warnings
    /// come first in the result's warnings.
    public static func parse(data: Data, fileName: String, year: Int = 2021) throws -> PageImport {
        let decoded = decodeUTF8(data: data, fileName: fileName)
        if decoded.warnings.isEmpty {
            return try PageImporter.parse(data: data, fileName: fileName, year: year)
        }
        var page = try PageImporter.parse(data: Data(decoded.text.utf8), fileName: fileName, year: year)
        page.warnings = decoded.warnings + page.warnings
        return page
    }

    /// The length of the UTF-8 sequence starting at `i` (a non-ASCII byte), or of its maximal
    /// invalid subpart when it is not valid (at least 1).
    static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> (valid: Bool, count: Int) {
        let b = bytes[i]
        let need: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; high = 0x9F
        case 0xF0: need = 3; low = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; high = 0x8F
        default: return (false, 1)
        }
        var j = 1
        while j <= need {
            guard i + j < bytes.count else { return (false, j) }
            let c = bytes[i + j]
            let lo: UInt8 = j == 1 ? low : 0x80
            let hi: UInt8 = j == 1 ? high : 0xBF
            guard c >= lo && c <= hi else { return (false, j) }
            j += 1
        }
        return (true, need + 1)
    }
}

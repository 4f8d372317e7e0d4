/// A BibTeX parser: `@string` macros, `#` concatenation, braced and quoted values with nested
/// braces, `@comment` and `@preamble` skipped, `%` comment lines between fields, entry types and
/// field names in any case, `{}` or `()` around an entry. An entry that does not close is reported
/// with its line and parsing resumes at the next line starting with `@`.
struct BibTeXParser {
    private let b: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private(set) var entries: [BibTeXEntry] = []
    private(set) var problems: [(line: Int, column: Int, expected: String, found: String?)] = []
    private(set) var undefinedMacros: [(name: String, line: Int)] = []
    private var macros: [String: String] = BibTeXParser.months

    /// The macros every BibTeX style defines: the months.
    static let months: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    /// Deepest brace nesting taken in a value.
    static let maxDepth = 200

    private struct Failure: Error {
        var line: Int
        var column: Int
        var expected: String
        var found: String?
    }

    init(_ bytes: [UInt8]) {
        b = bytes
    }

    static func parse(_ bytes: [UInt8]) -> BibTeXParser {
        var parser = BibTeXParser(bytes)
        parser.run()
        return parser
    }

    private mutating func run() {
        while let at = nextAt() {
            let startLine = line
            let startColumn = at - lineStart + 1
            i = at + 1
            do {
                try item(startLine: startLine)
            } catch let failure as Failure {
                problems.append((failure.line, failure.column, failure.expected, failure.found))
                // Resume at the next line that starts with `@` after the entry's own.
                resume(after: at, startLine: startLine)
            } catch {
                problems.append((startLine, startColumn, "a BibTeX entry", nil))
                resume(after: at, startLine: startLine)
            }
        }
    }

    /// The offset of the next `@` outside entries (text between entries is a comment), counting lines.
    private mutating func nextAt() -> Int? {
        while i < b.count {
            let c = b[i]
            if c == 0x40 { return i }
            advance()
        }
        return nil
    }

    private mutating func advance() {
        if b[i] == 0x0A { line += 1; lineStart = i + 1 }
        i += 1
    }

    /// Moves to the first line after `at`'s that begins (after blanks) with `@`.
    private mutating func resume(after at: Int, startLine: Int) {
        var k = at
        var l = startLine
        while k < b.count && b[k] != 0x0A { k += 1 }
        while k < b.count {
            // k is at a newline
            k += 1
            l += 1
            let start = k
            while k < b.count && (b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D) { k += 1 }
            if k < b.count && b[k] == 0x40 {
                i = k
                line = l
                lineStart = start
                return
            }
            while k < b.count && b[k] != 0x0A { k += 1 }
        }
        i = b.count
    }

    private var column: Int { i - lineStart + 1 }

    private func fail(_ expected: String) -> Failure {
        Failure(line: line, column: column, expected: expected, found: i < b.count ? foundText() : "the end of the file")
    }

    private func foundText() -> String {
        var end = i
        while end < b.count && end - i < 24 && b[end] != 0x0A && b[end] != 0x0D { end += 1 }
        return String(decoding: b[i..<max(end, min(i + 1, b.count))], as: UTF8.self)
    }

    private mutating func skipSpace(comments: Bool = true) {
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                advance()
            } else if comments && c == 0x25 { // % to the end of the line
                while i < b.count && b[i] != 0x0A { i += 1 }
            } else {
                return
            }
        }
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        // Anything BibTeX allows in a type, key, field or macro name.
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x21, 0x24, 0x26, 0x2A, 0x2B, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3C, 0x3E, 0x3F, 0x40, 0x5B, 0x5D, 0x5E, 0x5F, 0x60, 0x7C, 0x7E:
            return true
        default: return c >= 0x80
        }
    }

    private mutating func name() -> String {
        let start = i
        while i < b.count && BibTeXParser.isNameByte(b[i]) && b[i] != 0x40 { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    /// True when the `@` at `at` is the first thing on its line.
    private func opensLine(_ at: Int) -> Bool {
        var k = at
        while k > 0, b[k - 1] == 0x20 || b[k - 1] == 0x09 { k -= 1 }
        return k == 0 || b[k - 1] == 0x0A || b[k - 1] == 0x0D || (k == 3 && b[0] == 0xEF)
    }

    private mutating func item(startLine: Int) throws {
        let atLineStart = opensLine(i - 1)
        skipSpace(comments: false)
        let type = name().lowercased()
        guard !type.isEmpty else {
            // A stray `@` (an address in a comment between entries) is text, as BibTeX takes it.
            return
        }
        if type == "comment" {
            skipSpace(comments: false)
            if i < b.count, b[i] == 0x7B || b[i] == 0x28 {
                _ = try balanced(open: b[i], close: b[i] == 0x7B ? 0x7D : 0x29, startLine: startLine, guardEntries: false)
            }
            return
        }
        skipSpace()
        guard i < b.count, b[i] == 0x7B || b[i] == 0x28 else {
            // An `@` inside a line of text between entries (an address) is text, as BibTeX takes it.
            if !atLineStart { return }
            throw Failure(line: line, column: column, expected: "\"{\" after @\(type)",
                          found: i < b.count ? foundText() : "the end of the file")
        }
        let close: UInt8 = b[i] == 0x7B ? 0x7D : 0x29
        i += 1
        switch type {
        case "preamble":
            skipSpace()
            _ = try value(startLine: startLine)
            skipSpace()
            try expectClose(close, type: type, startLine: startLine)
        case "string":
            skipSpace()
            while i < b.count && b[i] != close {
                let (macro, text) = try assignment(startLine: startLine, noName: "a macro name in @string", of: "macro")
                macros[macro] = text
                skipSpace()
                if i < b.count, b[i] == 0x2C { i += 1; skipSpace() }
            }
            try expectClose(close, type: type, startLine: startLine)
        default:
            try entry(type: type, close: close, startLine: startLine)
        }
    }

    private mutating func expectClose(_ close: UInt8, type: String, startLine: Int) throws {
        guard i < b.count, b[i] == close else {
            throw unclosed(type: type, startLine: startLine)
        }
        i += 1
    }

    private func unclosed(type: String, startLine: Int) -> Failure {
        Failure(line: startLine, column: 1, expected: "the @\(type) entry opened on line \(startLine) to close before line \(line)",
                found: i < b.count ? foundText() : "the end of the file")
    }

    /// A braced or quoted value still open where the next entry starts, or at the end of the file.
    private func unclosedValue(startLine: Int) -> Failure {
        let place = i < b.count ? "the next entry on line \(line + 1)" : "the end of the file"
        return Failure(line: startLine, column: 1,
                       expected: "the entry opened on line \(startLine) to close (a value in it is still open at \(place))", found: nil)
    }

    private mutating func entry(type: String, close: UInt8, startLine: Int) throws {
        skipSpace()
        // The key runs to the first comma (or the closing brace of an entry with no fields).
        let keyStart = i
        while i < b.count && b[i] != 0x2C && b[i] != close && b[i] != 0x0A && b[i] != 0x0D && b[i] != 0x20 && b[i] != 0x09 && b[i] != 0x7D {
            i += 1
        }
        let key = String(decoding: b[keyStart..<i], as: UTF8.self)
        skipSpace()
        var fields: [String: String] = [:]
        var order: [String] = []
        if i < b.count, b[i] == 0x2C { i += 1 }
        while true {
            skipSpace()
            guard i < b.count else { throw unclosed(type: type, startLine: startLine) }
            if b[i] == close { i += 1; break }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == 0x40 { throw unclosed(type: type, startLine: startLine) }
            let (field, text) = try assignment(
                startLine: startLine, noName: "a field name, \",\" or the entry's closing \"\(Character(Unicode.Scalar(close)))\"", of: "field")
            if fields[field] == nil { order.append(field) }
            fields[field] = text
            skipSpace()
            guard i < b.count else { throw unclosed(type: type, startLine: startLine) }
            if b[i] == 0x2C { i += 1; continue }
            if b[i] == close { i += 1; break }
            if b[i] == 0x40 || BibTeXParser.isNameByte(b[i]) { throw unclosed(type: type, startLine: startLine) }
            throw fail("\",\" or the entry's closing \"\(Character(Unicode.Scalar(close)))\" after the field \(field)")
        }
        entries.append(BibTeXEntry(type: type, key: key, fields: fields, order: order, line: startLine))
    }

    /// `name = value` in an entry or an `@string`: the name lowercased, and the value.
    private mutating func assignment(startLine: Int, noName: @autoclosure () -> String, of what: String) throws -> (String, String) {
        let key = name().lowercased()
        guard !key.isEmpty else { throw fail(noName()) }
        skipSpace()
        guard i < b.count, b[i] == 0x3D else { throw fail("\"=\" after the \(what) name \(key)") }
        i += 1
        skipSpace()
        return (key, try value(startLine: startLine))
    }

    /// A value: pieces joined by `#`, each braced, quoted, a number or a macro name.
    private mutating func value(startLine: Int) throws -> String {
        var out = ""
        while true {
            guard i < b.count else { throw fail("a value") }
            let c = b[i]
            if c == 0x7B {
                out += try balanced(open: 0x7B, close: 0x7D, startLine: startLine)
            } else if c == 0x22 {
                out += try quoted(startLine: startLine)
            } else if c >= 0x30 && c <= 0x39 {
                let start = i
                while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                out += String(decoding: b[start..<i], as: UTF8.self)
            } else if BibTeXParser.isNameByte(c) && c != 0x40 {
                let macroLine = line
                let macro = name()
                if let text = macros[macro.lowercased()] {
                    out += text
                } else {
                    undefinedMacros.append((macro, macroLine))
                    out += macro
                }
            } else {
                throw fail("a value: {text}, \"text\", a number or a @string name")
            }
            skipSpace()
            guard i < b.count, b[i] == 0x23 else { return out }
            i += 1
            skipSpace()
        }
    }

    /// True when the line beginning at `k` starts a new entry (`@type{` or `@type(`): a value still
    /// open there is taken as an entry that never closed.
    private func startsEntry(at k: Int) -> Bool {
        var j = k
        while j < b.count && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
        guard j < b.count, b[j] == 0x40 else { return false }
        j += 1
        let start = j
        while j < b.count && ((b[j] | 0x20) >= 0x61 && (b[j] | 0x20) <= 0x7A) { j += 1 }
        guard j > start else { return false }
        while j < b.count && (b[j] == 0x20 || b[j] == 0x09) { j += 1 }
        return j < b.count && (b[j] == 0x7B || b[j] == 0x28)
    }

    /// A `{...}` (or `(...)` for @comment) group's inside, nested braces kept.
    private mutating func balanced(open: UInt8, close: UInt8, startLine: Int, guardEntries: Bool = true) throws -> String {
        i += 1
        let start = i
        var depth = 1
        while i < b.count {
            let c = b[i]
            if c == 0x5C, i + 1 < b.count, b[i + 1] == 0x7B || b[i + 1] == 0x7D { i += 2; continue }
            if c == open {
                depth += 1
                if depth > BibTeXParser.maxDepth { throw fail("braces nested at most \(BibTeXParser.maxDepth) deep") }
            } else if c == close {
                depth -= 1
                if depth == 0 {
                    let text = String(decoding: b[start..<i], as: UTF8.self)
                    i += 1
                    return text
                }
            } else if c == 0x0A, guardEntries, startsEntry(at: i + 1) {
                throw unclosedValue(startLine: startLine)
            }
            advance()
        }
        throw unclosedValue(startLine: startLine)
    }

    /// A `"..."` value's inside: ends at a quote outside braces.
    private mutating func quoted(startLine: Int) throws -> String {
        i += 1
        let start = i
        var depth = 0
        while i < b.count {
            let c = b[i]
            if c == 0x5C, i + 1 < b.count, b[i + 1] == 0x7B || b[i + 1] == 0x7D || b[i + 1] == 0x22 { i += 2; continue }
            if c == 0x7B {
                depth += 1
                if depth > BibTeXParser.maxDepth { throw fail("braces nested at most \(BibTeXParser.maxDepth) deep") }
            } else if c == 0x7D {
                depth -= 1
                if depth < 0 { throw fail("a closing quote before \"}\"") }
            } else if c == 0x22, depth == 0 {
                let text = String(decoding: b[start..<i], as: UTF8.self)
                i += 1
                return text
            } else if c == 0x0A, startsEntry(at: i + 1) {
                throw unclosedValue(startLine: startLine)
            }
            advance()
        }
        throw unclosedValue(startLine: startLine)
    }
}

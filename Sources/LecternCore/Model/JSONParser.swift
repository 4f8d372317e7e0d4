import Foundation

/// A small, strict JSON parser (RFC 8259) over bytes that records the line and column of every value
/// and, on malformed or truncated input, reports exactly where it broke and what was expected there.
/// It never crashes: nesting is limited and every index is checked.
public struct JSONParser {
    /// Where and why the text is not JSON.
    public struct SyntaxError: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var expected: String
        public var found: String
    }

    public static let maxDepth = 256

    /// Where `bytes` stop being JSON, or nil when they are a JSON document: for messages about
    /// files decoded otherwise (the bookmark file), which must still say line and column.
    public static func syntaxError(in bytes: [UInt8]) -> SyntaxError? {
        if case .failure(let error) = parse(bytes) { return error }
        return nil
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON document (a leading UTF-8 BOM is allowed; nothing but whitespace may follow).
    public static func parse(_ bytes: [UInt8]) -> Result<JSONValue, SyntaxError> {
        var parser = JSONParser(bytes)
        do {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
            parser.skipSpace()
            let value = try parser.value()
            parser.skipSpace()
            if parser.index < bytes.count {
                throw parser.error("the end of the document")
            }
            return .success(value)
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(SyntaxError(line: parser.line, column: parser.column, expected: "JSON", found: "\(error)"))
        }
    }

    // MARK: - Scanning

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        guard index < bytes.count else { return }
        let b = bytes[index]
        index += 1
        if b == 0x0A {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1 // count characters, not UTF-8 continuation bytes
        }
    }

    private mutating func skipSpace() {
        while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { advance() }
    }

    private func describeCurrent() -> String {
        guard let b = current else { return "the end of the file" }
        switch b {
        case 0x22: return "'\"'"
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(b)))'"
        default: return "byte 0x\(String(b, radix: 16, uppercase: true))"
        }
    }

    private func error(_ expected: String) -> SyntaxError {
        SyntaxError(line: line, column: column, expected: expected, found: describeCurrent())
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard current == byte else { throw error(what) }
        advance()
    }

    // MARK: - Values

    private mutating func value() throws -> JSONValue {
        let (l, c) = (line, column)
        guard let b = current else { throw error("a value") }
        switch b {
        case UInt8(ascii: "{"): return JSONValue(kind: try object(), line: l, column: c)
        case UInt8(ascii: "["): return JSONValue(kind: try array(), line: l, column: c)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try string()), line: l, column: c)
        case UInt8(ascii: "t"): try literal("true"); return JSONValue(kind: .bool(true), line: l, column: c)
        case UInt8(ascii: "f"): try literal("false"); return JSONValue(kind: .bool(false), line: l, column: c)
        case UInt8(ascii: "n"): try literal("null"); return JSONValue(kind: .null, line: l, column: c)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: try number(), line: l, column: c)
        default:
            throw error("a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard current == byte else { throw error("'\(word)'") }
            advance()
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONParser.maxDepth { throw error("at most \(JSONParser.maxDepth) levels of nesting") }
    }

    private mutating func object() throws -> JSONValue.Kind {
        try enter()
        defer { depth -= 1 }
        advance() // {
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if current == UInt8(ascii: "}") {
            advance()
            return .object(members)
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else {
                throw error(members.isEmpty ? "a member name in double quotes or '}'" : "a member name in double quotes")
            }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "':' after the member name \"\(key)\"")
            skipSpace()
            let v = try value()
            members.append((key, v))
            if try closes(UInt8(ascii: "}"), "',' or '}' after the value of \"\(key)\"") { return .object(members) }
        }
    }

    private mutating func array() throws -> JSONValue.Kind {
        try enter()
        defer { depth -= 1 }
        advance() // [
        var elements: [JSONValue] = []
        skipSpace()
        if current == UInt8(ascii: "]") {
            advance()
            return .array(elements)
        }
        while true {
            skipSpace()
            elements.append(try value())
            if try closes(UInt8(ascii: "]"), "',' or ']' after an array element") { return .array(elements) }
        }
    }

    /// After a member or an element: true at the closing bracket, false after a comma (both consumed).
    private mutating func closes(_ close: UInt8, _ expected: @autoclosure () -> String) throws -> Bool {
        skipSpace()
        if current == UInt8(ascii: ",") {
            advance()
            return false
        }
        if current == close {
            advance()
            return true
        }
        throw error(expected())
    }

    private mutating func hex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current else { throw error("four hex digits after \\u") }
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("four hex digits after \\u")
            }
            v = v * 16 + d
            advance()
        }
        return v
    }

    private mutating func string() throws -> String {
        advance() // opening quote
        var out: [UInt8] = []
        while true {
            guard let b = current else { throw error("'\"' to close the string") }
            switch b {
            case UInt8(ascii: "\""):
                advance()
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw error("UTF-8 text in the string before this point")
                }
                // A byte-order mark that begins a string is dropped, as Foundation's decoding did.
                return out.starts(with: [0xEF, 0xBB, 0xBF]) ? String(text.unicodeScalars.dropFirst()) : text
            case UInt8(ascii: "\\"):
                advance()
                guard let e = current else { throw error("an escape character after '\\'") }
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e); advance()
                case UInt8(ascii: "b"): out.append(0x08); advance()
                case UInt8(ascii: "f"): out.append(0x0C); advance()
                case UInt8(ascii: "n"): out.append(0x0A); advance()
                case UInt8(ascii: "r"): out.append(0x0D); advance()
                case UInt8(ascii: "t"): out.append(0x09); advance()
                case UInt8(ascii: "u"):
                    advance()
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard current == UInt8(ascii: "\\") else { throw error("a low surrogate '\\uDC00'...'\\uDFFF'") }
                        advance()
                        guard current == UInt8(ascii: "u") else { throw error("a low surrogate '\\uDC00'...'\\uDFFF'") }
                        advance()
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("a low surrogate '\\uDC00'...'\\uDFFF'") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw error("a high surrogate before a low surrogate")
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("a valid Unicode code point") }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw error("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after '\\'")
                }
            case 0x00...0x1F:
                throw error(b == 0x0A ? "'\"' to close the string before the end of the line" : "an escaped control character (\\n, \\t, \\u0000...)")
            default:
                // A run of plain bytes at once: no line ends in it, so only the column moves.
                let start = index
                var characters = 0
                while index < bytes.count {
                    let c = bytes[index]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                    if c & 0xC0 != 0x80 { characters += 1 }
                    index += 1
                }
                out.append(contentsOf: bytes[start..<index])
                column += characters
            }
        }
    }

    private mutating func number() throws -> JSONValue.Kind {
        let start = index
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
        if current == UInt8(ascii: "-") { advance() }
        if current == UInt8(ascii: "0") {
            advance()
        } else if isDigit(current) {
            while isDigit(current) { advance() }
        } else {
            throw error("a digit")
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard isDigit(current) else { throw error("a digit after the decimal point") }
            while isDigit(current) { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard isDigit(current) else { throw error("a digit in the exponent") }
            while isDigit(current) { advance() }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return .number(text, Double(text) ?? .nan)
    }
}

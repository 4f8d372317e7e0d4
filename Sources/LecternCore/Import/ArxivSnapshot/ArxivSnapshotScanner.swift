/// The happy path of reading one snapshot line: one pass over the bytes that checks the whole line
/// is JSON as strictly as `JSONParser` does while decoding only the members a paper needs, with no
/// tree and no line or column bookkeeping. At anything it does not handle (a syntax error, a member
/// name with an escape or a non-ASCII byte, a string that begins with a byte-order mark, deep
/// nesting) it gives up and returns nil; the caller then runs `JSONParser`, which reads the line or
/// places its error. So it accepts a subset of what the parser accepts, and must find exactly the
/// same fields in it.
struct ArxivSnapshotScanner {
    private struct GiveUp: Error {}

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0
    private var scratch: [UInt8] = []

    /// Deepest nesting followed here (the parser allows more, and takes those lines).
    static let maxDepth = 64

    private init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
    }

    /// The fields of `line`, or nil when the parser has to read it.
    static func fields(_ line: UnsafeBufferPointer<UInt8>) -> ArxivSnapshotFields? {
        var s = ArxivSnapshotScanner(line)
        return try? s.document()
    }

    private enum Member: Int {
        case id, categories, updateDate, title, authors, doi, abstract, comments, journalRef, versions, authorsParsed
    }

    private mutating func document() throws -> ArxivSnapshotFields {
        if p.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        skipSpace()
        guard i < p.count, p[i] == UInt8(ascii: "{") else { throw GiveUp() }
        var f = ArxivSnapshotFields()
        var seen: UInt32 = 0
        try object { s, key in
            guard let member = s.member(key), seen & (1 << member.rawValue) == 0 else {
                try s.skipValue()
                return
            }
            seen |= 1 << member.rawValue
            switch member {
            case .id: f.id = try s.stringOrSkip()
            case .categories: f.categories = try s.stringOrSkip()
            case .updateDate: f.updateDate = try s.stringOrSkip()
            case .title: f.title = try s.stringOrSkip()
            case .authors: f.authors = try s.stringOrSkip()
            case .doi: f.doi = try s.stringOrSkip()
            case .abstract: f.abstract = try s.stringOrSkip()
            case .comments: f.comments = try s.stringOrSkip()
            case .journalRef: f.journalRef = try s.stringOrSkip()
            case .versions: f.firstCreated = try s.versions()
            case .authorsParsed: f.authorsParsed = try s.authorsParsed()
            }
        }
        skipSpace()
        guard i == p.count else { throw GiveUp() }
        return f
    }

    /// The member a name stands for, nil for the others (`key` is a range of plain ASCII bytes).
    private func member(_ key: Range<Int>) -> Member? { Self.member(UnsafeBufferPointer(rebasing: p[key])) }

    private static func member(_ k: UnsafeBufferPointer<UInt8>) -> Member? {
        func equals(_ s: StaticString) -> Bool {
            s.utf8CodeUnitCount == k.count && k.elementsEqual(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }
        switch k.count {
        case 2: return equals("id") ? .id : nil
        case 3: return equals("doi") ? .doi : nil
        case 5: return equals("title") ? .title : nil
        case 7: return equals("authors") ? .authors : nil
        case 8: return equals("abstract") ? .abstract : equals("versions") ? .versions : equals("comments") ? .comments : nil
        case 10: return equals("categories") ? .categories : nil
        case 11: return equals("update_date") ? .updateDate : equals("journal-ref") ? .journalRef : nil
        case 14: return equals("authors_parsed") ? .authorsParsed : nil
        default: return nil
        }
    }

    // MARK: - Members

    /// `versions[0].created` when `versions` is an array whose first element is an object with a
    /// string `created` (its first); the rest is checked and skipped.
    private mutating func versions() throws -> String? {
        guard p[i] == UInt8(ascii: "[") else { try skipValue(); return nil }
        var created: String?
        var first = true
        try array { s in
            if first, s.p[s.i] == UInt8(ascii: "{") {
                var found = false
                try s.object { s, key in
                    if !found, s.isCreated(key) {
                        found = true
                        created = try s.stringOrSkip()
                    } else {
                        try s.skipValue()
                    }
                }
            } else {
                try s.skipValue()
            }
            first = false
        }
        return created
    }

    private func isCreated(_ key: Range<Int>) -> Bool {
        let word: [UInt8] = [0x63, 0x72, 0x65, 0x61, 0x74, 0x65, 0x64] // created
        return key.count == word.count && zip(p[key], word).allSatisfy { $0 == $1 }
    }

    /// `authors_parsed` when an array: each name's first three parts.
    private mutating func authorsParsed() throws -> [[String]]? {
        guard p[i] == UInt8(ascii: "[") else { try skipValue(); return nil }
        var names: [[String]] = []
        try array { s in
            guard s.p[s.i] == UInt8(ascii: "[") else {
                try s.skipValue()
                names.append([])
                return
            }
            var parts: [String] = []
            try s.array { s in
                if parts.count < 3 {
                    parts.append(try s.stringOrSkip() ?? "")
                } else {
                    try s.skipValue()
                }
            }
            names.append(parts)
        }
        return names
    }

    // MARK: - JSON, checked as `JSONParser` checks it

    @inline(__always)
    private mutating func skipSpace() {
        while i < p.count {
            let b = p[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw GiveUp() }
    }

    /// An object at `i`; `member` is called at each value with its name (plain ASCII, or give up).
    private mutating func object(_ member: (inout ArxivSnapshotScanner, Range<Int>) throws -> Void) throws {
        try enter()
        i += 1 // {
        skipSpace()
        guard i < p.count else { throw GiveUp() }
        if p[i] == UInt8(ascii: "}") { i += 1; depth -= 1; return }
        while true {
            skipSpace()
            guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw GiveUp() }
            i += 1
            let start = i
            while i < p.count, p[i] != UInt8(ascii: "\"") {
                let b = p[i]
                // Escapes, controls and non-ASCII names are left to the parser.
                guard b >= 0x20, b < 0x80, b != UInt8(ascii: "\\") else { throw GiveUp() }
                i += 1
            }
            guard i < p.count else { throw GiveUp() }
            let key = start..<i
            i += 1
            skipSpace()
            guard i < p.count, p[i] == UInt8(ascii: ":") else { throw GiveUp() }
            i += 1
            skipSpace()
            guard i < p.count else { throw GiveUp() }
            try member(&self, key)
            if try closes(UInt8(ascii: "}")) { depth -= 1; return }
        }
    }

    /// An array at `i`; `element` is called at each element.
    private mutating func array(_ element: (inout ArxivSnapshotScanner) throws -> Void) throws {
        try enter()
        i += 1 // [
        skipSpace()
        guard i < p.count else { throw GiveUp() }
        if p[i] == UInt8(ascii: "]") { i += 1; depth -= 1; return }
        while true {
            skipSpace()
            guard i < p.count else { throw GiveUp() }
            try element(&self)
            if try closes(UInt8(ascii: "]")) { depth -= 1; return }
        }
    }

    private mutating func closes(_ close: UInt8) throws -> Bool {
        skipSpace()
        guard i < p.count else { throw GiveUp() }
        if p[i] == UInt8(ascii: ",") { i += 1; return false }
        if p[i] == close { i += 1; return true }
        throw GiveUp()
    }

    /// Any value at `i` (not at the end), checked and passed over.
    private mutating func skipValue() throws {
        switch p[i] {
        case UInt8(ascii: "{"): try object { s, _ in try s.skipValue() }
        case UInt8(ascii: "["): try array { s in try s.skipValue() }
        case UInt8(ascii: "\""): _ = try string(decode: false)
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw GiveUp()
        }
    }

    /// The string at `i`, or nil after passing over a value of another type.
    private mutating func stringOrSkip() throws -> String? {
        guard p[i] == UInt8(ascii: "\"") else { try skipValue(); return nil }
        return try string(decode: true)
    }

    private mutating func literal(_ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        guard p.count - i >= n, p[i..<(i + n)].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: n)) else { throw GiveUp() }
        i += n
    }

    @inline(__always)
    private func isDigit(_ k: Int) -> Bool { k < p.count && p[k] >= UInt8(ascii: "0") && p[k] <= UInt8(ascii: "9") }

    /// A number as RFC 8259 writes it.
    private mutating func number() throws {
        if p[i] == UInt8(ascii: "-") { i += 1 }
        if i < p.count, p[i] == UInt8(ascii: "0") {
            i += 1
        } else if isDigit(i) {
            while isDigit(i) { i += 1 }
        } else {
            throw GiveUp()
        }
        if i < p.count, p[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { throw GiveUp() }
            while isDigit(i) { i += 1 }
        }
        if i < p.count, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            if i < p.count, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { throw GiveUp() }
            while isDigit(i) { i += 1 }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard let v = JSONHex.value(p, at: i) else { throw GiveUp() }
        i += 4
        return v
    }

    /// The string at `i` (its opening quote): checked as the parser checks it (escapes, surrogate
    /// pairs, no raw control character, valid UTF-8) and, when `decode`, made a `String`.
    private mutating func string(decode: Bool) throws -> String? {
        i += 1
        let start = i
        var high: UInt8 = 0
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
            high |= b
            i += 1
        }
        guard i < p.count, p[i] != UInt8(ascii: "\\") else {
            guard i < p.count else { throw GiveUp() }
            return try escaped(from: start, decode: decode)
        }
        guard p[i] == UInt8(ascii: "\"") else { throw GiveUp() } // a raw control character
        let raw = UnsafeBufferPointer(rebasing: p[start..<i])
        i += 1
        if high < 0x80 { return decode ? String(decoding: raw, as: UTF8.self) : nil }
        // A byte-order mark at the start is dropped by the parser: left to it.
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { throw GiveUp() }
        guard let text = String(validating: raw, as: UTF8.self) else { throw GiveUp() }
        return decode ? text : nil
    }

    /// The rest of a string that holds an escape: decoded byte by byte into `scratch`.
    private mutating func escaped(from start: Int, decode: Bool) throws -> String? {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
        while true {
            guard i < p.count else { throw GiveUp() }
            let b = p[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                if scratch.count >= 3, scratch[0] == 0xEF, scratch[1] == 0xBB, scratch[2] == 0xBF { throw GiveUp() }
                guard let text = String(validating: scratch, as: UTF8.self) else { throw GiveUp() }
                return decode ? text : nil
            case UInt8(ascii: "\\"):
                i += 1
                guard i < p.count else { throw GiveUp() }
                let e = p[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard p.count - i >= 2, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(code) {
                        throw GiveUp()
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw GiveUp() }
                    UTF8.encode(scalar) { scratch.append($0) }
                default:
                    throw GiveUp()
                }
            case 0x00...0x1F:
                throw GiveUp()
            default:
                let from = i
                while i < p.count {
                    let c = p[i]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                    i += 1
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[from..<i]))
            }
        }
    }
}

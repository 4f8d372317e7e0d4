/// A small, strict XML reader for schedule files: elements, attributes, character data, CDATA,
/// comments, processing instructions and the five predefined entities plus character references.
/// It refuses any DTD (so no entity can be declared, expanded or fetched): no file is read and no
/// expansion can grow. Malformed XML is an error with its line and column. Iterative, so deep
/// nesting cannot exhaust the stack; depth is bounded all the same.
public struct XMLReader {
    /// A problem in the XML, at a 1-based line and column.
    public struct Failure: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var expected: String
        public var found: String?
    }

    public static let maxDepth = 512

    private let b: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0

    private init(_ bytes: [UInt8]) {
        b = bytes
    }

    /// The document's root element.
    public static func parse(_ bytes: [UInt8]) -> Result<XMLElement, Failure> {
        var reader = XMLReader(bytes)
        do { return .success(try reader.document()) } catch let f as Failure { return .failure(f) } catch {
            return .failure(Failure(line: 1, column: 1, expected: "XML"))
        }
    }

    /// The column of `i`, counted in characters (continuation bytes do not count).
    private var column = 1

    private func fail(_ expected: String, found: String? = nil) -> Failure {
        Failure(line: line, column: column, expected: expected, found: found ?? foundHere())
    }

    private func foundHere() -> String {
        guard i < b.count else { return "the end of the file" }
        let end = min(b.count, i + 20)
        let cut = String(decoding: b[i..<end], as: UTF8.self)
        return String(cut.prefix(while: { $0 != "\n" }))
    }

    @inline(__always) private mutating func advance() {
        if b[i] == 0x0A { line += 1; lineStart = i + 1; column = 1 } else if b[i] & 0xC0 != 0x80 { column += 1 }
        i += 1
    }

    private func at(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        return true
    }

    private mutating func skip(_ n: Int) { for _ in 0..<n where i < b.count { advance() } }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { advance() }
    }

    // MARK: - Structure

    private final class Open {
        let name: String
        let attributes: [(name: String, value: String)]
        var children: [XMLElement] = []
        var text = ""
        let line: Int
        let column: Int
        init(name: String, attributes: [(name: String, value: String)], line: Int, column: Int) {
            self.name = name; self.attributes = attributes; self.line = line; self.column = column
        }
    }

    private mutating func document() throws -> XMLElement {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3; lineStart = 3 }
        if String(validating: b, as: UTF8.self) == nil {
            // Place the first invalid byte.
            var (l, c, k) = (1, 1, 0)
            while k < b.count {
                if b[k] < 0x80 {
                    if b[k] == 0x0A { l += 1; c = 1 } else { c += 1 }
                    k += 1
                    continue
                }
                let length = PageDecoding.validSequenceLength(b, at: k)
                guard length.valid else { throw Failure(line: l, column: c, expected: "UTF-8 text", found: "a byte that is not UTF-8") }
                c += 1
                k += length.count
            }
        }
        try misc(prolog: true)
        guard i < b.count, b[i] == UInt8(ascii: "<") else { throw fail("the root element, such as <schedule>") }
        var stack: [Open] = []
        var root: XMLElement?
        while i < b.count {
            if b[i] == UInt8(ascii: "<") {
                if at("</") {
                    let (l, c) = (line, column)
                    skip(2)
                    let name = try self.name()
                    skipSpace()
                    guard i < b.count, b[i] == UInt8(ascii: ">") else { throw fail("\">\" closing </\(name)") }
                    advance()
                    guard let open = stack.popLast() else { throw Failure(line: l, column: c, expected: "an element to close", found: "</\(name)>") }
                    guard open.name == name else {
                        throw Failure(line: l, column: c, expected: "</\(open.name)> closing <\(open.name)> from line \(open.line)", found: "</\(name)>")
                    }
                    let element = XMLElement(name: open.name, attributes: open.attributes, children: open.children,
                                             text: open.text, line: open.line, column: open.column)
                    if let parent = stack.last { parent.children.append(element) } else { root = element; break }
                } else if at("<!--") {
                    try comment()
                } else if at("<![CDATA[") {
                    guard let top = stack.last else { throw fail("an element") }
                    skip(9)
                    let start = i
                    while i < b.count, !at("]]>") { advance() }
                    guard i < b.count else { throw fail("\"]]>\" ending the CDATA section") }
                    top.text += String(decoding: b[start..<i], as: UTF8.self)
                    skip(3)
                } else if at("<?") {
                    try processingInstruction()
                } else if at("<!") {
                    throw fail("no DTD or declaration (lectern does not read them)", found: String(foundHere().prefix(12)))
                } else {
                    let (l, c) = (line, column)
                    advance()
                    let name = try self.name()
                    var attributes: [(name: String, value: String)] = []
                    while true {
                        let before = i
                        skipSpace()
                        guard i < b.count else { throw fail("\">\" ending <\(name)") }
                        if b[i] == UInt8(ascii: ">") { advance(); break }
                        if at("/>") { skip(2); break }
                        guard i > before else { throw fail("a space before the next attribute of <\(name)>") }
                        let (al, ac) = (line, column)
                        let attr = try self.name()
                        skipSpace()
                        guard i < b.count, b[i] == UInt8(ascii: "=") else { throw fail("\"=\" after the attribute \(attr)") }
                        advance()
                        skipSpace()
                        let value = try quoted()
                        if attributes.contains(where: { $0.name == attr }) {
                            throw Failure(line: al, column: ac, expected: "each attribute once", found: attr)
                        }
                        attributes.append((attr, value))
                    }
                    let selfClosing = b[i - 2] == UInt8(ascii: "/")
                    if selfClosing {
                        let element = XMLElement(name: name, attributes: attributes, children: [], text: "", line: l, column: c)
                        if let parent = stack.last { parent.children.append(element) } else { root = element; break }
                    } else {
                        guard stack.count < XMLReader.maxDepth else {
                            throw Failure(line: l, column: c, expected: "elements nested at most \(XMLReader.maxDepth) deep", found: "<\(name)>")
                        }
                        stack.append(Open(name: name, attributes: attributes, line: l, column: c))
                    }
                }
            } else {
                guard let top = stack.last else { throw fail("the root element") }
                top.text += try characterData()
            }
        }
        if let open = stack.last {
            throw Failure(line: line, column: column, expected: "</\(open.name)> closing <\(open.name)> from line \(open.line)", found: "the end of the file")
        }
        guard let root else { throw fail("the root element") }
        try misc(prolog: false)
        guard i == b.count else { throw fail("nothing after the root element </\(root.name)>") }
        return root
    }

    /// Space, comments and processing instructions before or after the root; a DTD is refused.
    private mutating func misc(prolog: Bool) throws {
        while true {
            skipSpace()
            if at("<?") { try processingInstruction() }
            else if at("<!--") { try comment() }
            else if at("<!DOCTYPE") || at("<!doctype") {
                throw fail("no DTD (lectern reads no document type declarations or external entities)", found: "<!DOCTYPE")
            } else { return }
        }
    }

    private mutating func comment() throws {
        skip(4)
        while i < b.count, !at("-->") { advance() }
        guard i < b.count else { throw fail("\"-->\" ending the comment") }
        skip(3)
    }

    private mutating func processingInstruction() throws {
        skip(2)
        while i < b.count, !at("?>") { advance() }
        guard i < b.count else { throw fail("\"?>\" ending the processing instruction") }
        skip(2)
    }

    private mutating func name() throws -> String {
        let start = i
        while i < b.count {
            let c = b[i]
            let ok = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c == 0x3A || c >= 0x80
                || (i > start && ((c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E))
            guard ok else { break }
            advance()
        }
        guard i > start else { throw fail("a name") }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    private mutating func quoted() throws -> String {
        guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else { throw fail("a quoted attribute value") }
        let q = b[i]
        advance()
        var out: [UInt8] = []
        while i < b.count, b[i] != q {
            if b[i] == UInt8(ascii: "<") { throw fail("no \"<\" inside an attribute value") }
            if b[i] == UInt8(ascii: "&") { out += try reference() } else {
                // Attribute values normalise whitespace characters to spaces.
                out.append(b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D ? 0x20 : b[i])
                advance()
            }
        }
        guard i < b.count else { throw fail("the closing quote of the attribute value") }
        advance()
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func characterData() throws -> String {
        var out: [UInt8] = []
        while i < b.count, b[i] != UInt8(ascii: "<") {
            if b[i] == UInt8(ascii: "&") { out += try reference() }
            else if b[i] == 0x0D { advance(); if i < b.count, b[i] == 0x0A { continue }; out.append(0x0A) }
            else { out.append(b[i]); advance() }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `&name;` or `&#...;` at `i`: the predefined five and character references; any other name is an
    /// error (no DTD can declare one).
    private mutating func reference() throws -> [UInt8] {
        let start = i
        var k = i + 1
        while k < b.count, k - start < 40, b[k] != UInt8(ascii: ";"), b[k] != UInt8(ascii: "<"), b[k] != UInt8(ascii: "&"),
              b[k] > 0x20 { k += 1 }
        guard k < b.count, b[k] == UInt8(ascii: ";") else {
            throw fail("an entity reference such as &amp; (a bare & must be written &amp;)")
        }
        let name = String(decoding: b[(start + 1)..<k], as: UTF8.self)
        let value: String?
        switch name {
        case "amp": value = "&"
        case "lt": value = "<"
        case "gt": value = ">"
        case "quot": value = "\""
        case "apos": value = "'"
        default:
            if name.hasPrefix("#"), let v = Entities.reference(Substring(name)),
               let scalar = v.unicodeScalars.first, scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                value = v
            } else {
                value = nil
            }
        }
        guard let value else {
            throw fail("one of the entities &amp; &lt; &gt; &quot; &apos; or a character reference", found: "&\(name);")
        }
        while i <= k { advance() }
        return Array(value.utf8)
    }
}

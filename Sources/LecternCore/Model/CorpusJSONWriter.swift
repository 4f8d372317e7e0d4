/// Writes a corpus as `StableJSON` does (sorted keys, two-space pretty printing, unescaped
/// slashes, absent optionals left out, a trailing newline), byte for byte, without going through
/// `Encodable`: a corpus of thousands of items is written in a fraction of the time.
struct CorpusJSONWriter {
    var bytes: [UInt8] = []
    private var depth = 0
    /// Per open container: whether it has a member yet.
    private var hasMember: [Bool] = []

    static func data(_ corpus: Corpus) -> [UInt8] {
        var w = CorpusJSONWriter()
        w.bytes.reserveCapacity(4096 + corpus.items.count * 1024)
        w.corpus(corpus)
        w.bytes.append(0x0A)
        return w.bytes
    }

    /// One item's bytes as `data` writes it inside a corpus's items array (at depth 2), for a
    /// streamed corpus whose items are written on several threads.
    static func itemBytes(_ item: Item) -> [UInt8] {
        var w = CorpusJSONWriter()
        w.depth = CorpusStreamWriter.itemDepth
        w.item(item)
        return w.bytes
    }

    // MARK: - the model, keys in sorted order

    private mutating func corpus(_ c: Corpus) {
        object {
            if let conferences = c.conferences { $0.key("conferences"); $0.array(conferences) { $0.conference($1) } }
            $0.key("items"); $0.array(c.items) { $0.item($1) }
            $0.key("sessions"); $0.array(c.sessions) { $0.session($1) }
            $0.key("sources"); $0.array(c.sources) { $0.string($1) }
            $0.key("version"); $0.int(c.version)
        }
    }

    mutating func conference(_ c: Conference) {
        object {
            $0.field("acronym", c.acronym)
            $0.field("end", c.end)
            $0.field("format", c.format)
            $0.field("id", c.id)
            $0.field("start", c.start)
            $0.field("timeZone", c.timeZone)
            $0.field("title", c.title)
        }
    }

    mutating func item(_ i: Item) {
        object {
            $0.field("abstract", i.abstract)
            $0.strings("authors", i.authors)
            $0.strings("categories", i.categories)
            $0.field("comment", i.comment)
            $0.field("conference", i.conference)
            $0.field("date", i.date)
            $0.field("doi", i.doi)
            $0.field("end", i.end?.iso8601)
            $0.field("id", i.id)
            $0.field("journalRef", i.journalRef)
            $0.strings("keywords", i.keywords)
            $0.field("kind", i.kind.rawValue)
            if let inferred = i.kindInferred { $0.key("kindInferred"); $0.bytes += Array((inferred ? "true" : "false").utf8) }
            $0.field("language", i.language)
            if let links = i.links {
                $0.key("links")
                $0.array(links) { w, link in w.object { $0.field("title", link.title); $0.field("url", link.url) } }
            }
            $0.field("room", i.room)
            $0.field("sessionId", i.sessionId)
            $0.key("source"); $0.provenance(i.source)
            $0.field("start", i.start?.iso8601)
            $0.field("subtitle", i.subtitle)
            $0.field("title", i.title)
            $0.field("track", i.track)
            $0.field("type", i.type)
            $0.field("updated", i.updated)
            $0.field("venue", i.venue)
        }
    }

    mutating func session(_ s: Session) {
        object {
            $0.field("conference", s.conference)
            $0.field("end", s.end.iso8601)
            $0.field("id", s.id)
            $0.field("moderator", s.moderator)
            $0.field("room", s.room)
            $0.key("source"); $0.provenance(s.source)
            $0.field("start", s.start.iso8601)
            $0.field("timeZone", s.timeZone)
            $0.field("title", s.title)
            $0.field("zoneAbbreviation", s.zoneAbbreviation)
        }
    }

    private mutating func provenance(_ p: Provenance) {
        object {
            $0.field("file", p.file)
            $0.key("line"); $0.int(p.line)
        }
    }

    // MARK: - JSON as Foundation's pretty printer writes it

    private mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    private mutating func strings(_ name: String, _ values: [String]?) {
        guard let values else { return }
        key(name)
        array(values) { $0.string($1) }
    }

    mutating func object(_ body: (inout CorpusJSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        open()
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<T>(_ values: [T], _ element: (inout CorpusJSONWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        open()
        for value in values {
            separate()
            element(&self, value)
        }
        close(UInt8(ascii: "]"))
    }

    mutating func open() {
        depth += 1
        hasMember.append(false)
    }

    /// `,` after the previous member, then a new line at this depth.
    mutating func separate() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    /// An empty container is written with an empty line inside, as Foundation does.
    mutating func close(_ bracket: UInt8) {
        let empty = !(hasMember.popLast() ?? false)
        depth -= 1
        if empty { bytes.append(0x0A) }
        newline()
        bytes.append(bracket)
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    mutating func key(_ name: String) {
        separate()
        string(name)
        bytes += [0x20, UInt8(ascii: ":"), 0x20]
    }

    mutating func int(_ value: Int) {
        bytes += Array(String(value).utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let copied: Void? = value.utf8.withContiguousStorageIfAvailable { u in
            // Runs of bytes that need no escape are copied at once.
            var start = 0
            for (i, b) in u.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                escape(b)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start...]))
        }
        if copied == nil { for b in value.utf8 { escape(b) } }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
            switch b {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x00...0x1F:
                bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]]
            default: bytes.append(b)
            }
    }
}

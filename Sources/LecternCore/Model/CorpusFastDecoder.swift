/// The happy path of `CorpusDecoder`: one pass over the bytes that decodes a valid corpus straight
/// into the model, with no intermediate tree and no line or column bookkeeping. At the first thing
/// it does not expect (any syntax or schema problem, and a few rare but valid forms such as escaped
/// member names or numbers written with a fraction) it gives up and returns nil; the caller then
/// runs the full parser and schema, which find and place every problem. So it only has to accept a
/// subset of what the full decoder accepts, and must build exactly the same `Corpus` for it.
struct CorpusFastDecoder {
    private struct GiveUp: Error {}

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var scratch: [UInt8] = []

    private init(_ p: UnsafeBufferPointer<UInt8>) {
        self.p = p
    }

    /// Parts to read the items array in; nil: one per core when the array is large.
    private var itemParts: Int?

    /// The corpus in `bytes`, or nil when the full decoder has to look (it may still accept it).
    /// `itemParts` forces the number of parallel parts for the items array (for tests).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, itemParts: Int? = nil) -> Corpus? {
        var d = CorpusFastDecoder(bytes)
        d.itemParts = itemParts
        return try? d.document()
    }

    // MARK: - Document

    private mutating func document() throws -> Corpus {
        if p.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        var version: Int?
        var sources: [String]?
        var sessions: [Session]?
        var items: [Item]?
        var conferences: [Conference]?
        try object { d, key in
            if d.key(key, "version"), version == nil {
                version = try d.integer()
            } else if d.key(key, "sources"), sources == nil {
                sources = try d.stringArray()
            } else if d.key(key, "sessions"), sessions == nil {
                var list: [Session] = []
                try d.array { d in list.append(try d.session()) }
                sessions = list
            } else if d.key(key, "items"), items == nil {
                items = try d.items()
            } else if d.key(key, "conferences"), conferences == nil {
                var list: [Conference] = []
                try d.array { d in list.append(try d.conference()) }
                conferences = list
            } else {
                throw GiveUp()
            }
        }
        skipSpace()
        guard i == p.count, version == Corpus.schemaVersion, let sources, let sessions, let items else { throw GiveUp() }
        var sessionIds = Set<String>(minimumCapacity: sessions.count)
        for s in sessions { guard sessionIds.insert(s.id).inserted else { throw GiveUp() } }
        var conferenceIds = Set<String>()
        for c in conferences ?? [] { guard conferenceIds.insert(c.id).inserted else { throw GiveUp() } }
        for s in sessions { if let c = s.conference, !conferenceIds.contains(c) { throw GiveUp() } }
        var itemIds = Set<String>(minimumCapacity: items.count)
        for item in items {
            guard itemIds.insert(item.id).inserted else { throw GiveUp() }
            if let sid = item.sessionId, !sessionIds.contains(sid) { throw GiveUp() }
            if let c = item.conference, !conferenceIds.contains(c) { throw GiveUp() }
        }
        return Corpus(version: Corpus.schemaVersion, sources: sources, sessions: sessions, items: items, conferences: conferences)
    }

    private mutating func session() throws -> Session {
        var id: String?, title: String?, moderator: String??, start: Timestamp?, end: Timestamp?
        var zone: String?, abbreviation: String??, source: Provenance?, conference: String??, room: String??
        try object { d, key in
            if d.key(key, "id"), id == nil { id = try d.string(nonEmpty: true) }
            else if d.key(key, "title"), title == nil { title = try d.string() }
            else if d.key(key, "moderator"), moderator == nil { moderator = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "start"), start == nil { start = try d.timestamp() }
            else if d.key(key, "end"), end == nil { end = try d.timestamp() }
            else if d.key(key, "timeZone"), zone == nil { zone = try d.string(nonEmpty: true) }
            else if d.key(key, "zoneAbbreviation"), abbreviation == nil {
                abbreviation = .some(try d.nullOr { try $0.string() })
            } else if d.key(key, "source"), source == nil { source = try d.provenance() }
            else if d.key(key, "conference"), conference == nil { conference = .some(try d.nullOr { try $0.string(nonEmpty: true) }) }
            else if d.key(key, "room"), room == nil { room = .some(try d.nullOr { try $0.string() }) }
            else { throw GiveUp() }
        }
        guard let id, let title, let start, let end, let zone, let source, !(end < start) else { throw GiveUp() }
        return Session(id: id, title: title, moderator: moderator ?? nil, start: start, end: end, timeZone: zone,
                       zoneAbbreviation: abbreviation ?? nil, source: source, conference: conference ?? nil, room: room ?? nil)
    }

    private mutating func item() throws -> Item {
        var id: String?, kind: ItemKind?, inferred: Bool??, title: String?, authors: [String]?, abstract: String?
        var sessionId: String??, start: Timestamp??, end: Timestamp??, source: Provenance?
        var conference: String??, subtitle: String??, room: String??, track: String??, type: String??, language: String??
        var links: [ItemLink]??
        var date: String??, updated: String??, venue: String??, categories: [String]??, keywords: [String]??
        var doi: String??, comment: String??, journalRef: String??
        try object { d, key in
            if d.key(key, "id"), id == nil { id = try d.string(nonEmpty: true) }
            else if d.key(key, "kind"), kind == nil {
                guard let k = ItemKind(rawValue: try d.string()) else { throw GiveUp() }
                kind = k
            } else if d.key(key, "kindInferred"), inferred == nil { inferred = .some(try d.nullOr { try $0.bool() }) }
            else if d.key(key, "title"), title == nil { title = try d.string() }
            else if d.key(key, "authors"), authors == nil { authors = try d.stringArray() }
            else if d.key(key, "abstract"), abstract == nil { abstract = try d.string() }
            else if d.key(key, "sessionId"), sessionId == nil { sessionId = .some(try d.nullOr { try $0.string(nonEmpty: true) }) }
            else if d.key(key, "start"), start == nil { start = .some(try d.nullOr { try $0.timestamp() }) }
            else if d.key(key, "end"), end == nil { end = .some(try d.nullOr { try $0.timestamp() }) }
            else if d.key(key, "source"), source == nil { source = try d.provenance() }
            else if d.key(key, "conference"), conference == nil { conference = .some(try d.nullOr { try $0.string(nonEmpty: true) }) }
            else if d.key(key, "subtitle"), subtitle == nil { subtitle = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "room"), room == nil { room = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "track"), track == nil { track = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "type"), type == nil { type = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "language"), language == nil { language = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "links"), links == nil {
                links = .some(try d.nullOr { d in
                    var list: [ItemLink] = []
                    try d.array { d in list.append(try d.link()) }
                    return list
                })
            }
            else if d.key(key, "date"), date == nil { date = .some(try d.nullOr { try $0.paperDate() }) }
            else if d.key(key, "updated"), updated == nil { updated = .some(try d.nullOr { try $0.paperDate() }) }
            else if d.key(key, "venue"), venue == nil { venue = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "categories"), categories == nil { categories = .some(try d.nullOr { try $0.stringArray() }) }
            else if d.key(key, "keywords"), keywords == nil { keywords = .some(try d.nullOr { try $0.stringArray() }) }
            else if d.key(key, "doi"), doi == nil { doi = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "comment"), comment == nil { comment = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "journalRef"), journalRef == nil { journalRef = .some(try d.nullOr { try $0.string() }) }
            else { throw GiveUp() }
        }
        guard let id, let kind, let title, let authors, let abstract, let source else { throw GiveUp() }
        // Start and end come together (a key given as null still counts as given, as in the schema).
        guard (start == nil) == (end == nil) else { throw GiveUp() }
        if kind != .paper, sessionId == nil || start == nil || end == nil { throw GiveUp() }
        let s = start ?? nil, e = end ?? nil
        if let s, let e, e < s { throw GiveUp() }
        return Item(id: id, kind: kind, kindInferred: inferred ?? nil, title: title, authors: authors, abstract: abstract,
                    sessionId: sessionId ?? nil, start: s, end: e, source: source, conference: conference ?? nil,
                    subtitle: subtitle ?? nil, room: room ?? nil, track: track ?? nil, type: type ?? nil,
                    language: language ?? nil, links: links ?? nil, date: date ?? nil, updated: updated ?? nil,
                    venue: venue ?? nil, categories: categories ?? nil, keywords: keywords ?? nil, doi: doi ?? nil,
                    comment: comment ?? nil, journalRef: journalRef ?? nil)
    }

    private mutating func paperDate() throws -> String {
        let text = try string()
        guard Item.isPaperDate(text) else { throw GiveUp() }
        return text
    }

    private mutating func link() throws -> ItemLink {
        var title: String?, url: String?
        try object { d, key in
            if d.key(key, "title"), title == nil { title = try d.string() }
            else if d.key(key, "url"), url == nil { url = try d.string(nonEmpty: true) }
            else { throw GiveUp() }
        }
        guard let title, let url else { throw GiveUp() }
        return ItemLink(title: title, url: url)
    }

    private mutating func conference() throws -> Conference {
        var id: String?, title: String?, acronym: String??, start: String?, end: String?, zone: String?, format: String??
        try object { d, key in
            if d.key(key, "id"), id == nil { id = try d.string(nonEmpty: true) }
            else if d.key(key, "title"), title == nil { title = try d.string() }
            else if d.key(key, "acronym"), acronym == nil { acronym = .some(try d.nullOr { try $0.string() }) }
            else if d.key(key, "start"), start == nil { start = try d.string() }
            else if d.key(key, "end"), end == nil { end = try d.string() }
            else if d.key(key, "timeZone"), zone == nil { zone = try d.string(nonEmpty: true) }
            else if d.key(key, "format"), format == nil { format = .some(try d.nullOr { try $0.string() }) }
            else { throw GiveUp() }
        }
        guard let id, let title, let start, let end, let zone, Conference.isDate(start), Conference.isDate(end), !(end < start)
        else { throw GiveUp() }
        return Conference(id: id, title: title, acronym: acronym ?? nil, start: start, end: end, timeZone: zone, format: format ?? nil)
    }

    /// Item arrays of at least this many bytes are read in parallel parts.
    static let parallelBytes = 4 << 20

    /// The items array. A large one is read in parallel parts, each starting at a guessed item
    /// boundary; a guess holds when the part before it ends exactly there. If any does not, the
    /// array is read again in one pass, so the result never depends on the guesses.
    private mutating func items() throws -> [Item] {
        let start = i
        let parts = itemParts ?? (p.count - i >= CorpusFastDecoder.parallelBytes ? Parallel.width : 1)
        if parts > 1, let list = parallelItems(parts: parts) { return list }
        i = start
        var list: [Item] = []
        try array { d in list.append(try d.item()) }
        return list
    }

    private mutating func parallelItems(parts: Int) -> [Item]? {
        skipSpace()
        guard i < p.count, p[i] == UInt8(ascii: "[") else { return nil }
        var starts = [i + 1]
        for k in 1..<parts {
            guard let last = starts.last, let b = itemBoundary(after: max(last + 1, i + (p.count - i) * k / parts)) else { return nil }
            starts.append(b)
        }
        let bytes = Parallel.UncheckedSendable(p)
        let read: [(items: [Item], end: Int)?] = Parallel.map(parts) { k in
            var d = CorpusFastDecoder(bytes.value)
            d.i = starts[k]
            let stop = k + 1 < parts ? starts[k + 1] : nil
            return try? d.itemsUntil(stop)
        }
        var list: [Item] = []
        for part in read {
            guard let part else { return nil }
            list.append(contentsOf: part.items)
        }
        guard let end = read.last??.end else { return nil }
        i = end
        return list
    }

    /// Items from here: up to exactly `stop` (the next part's first item), or to the array's end.
    private mutating func itemsUntil(_ stop: Int?) throws -> (items: [Item], end: Int) {
        var list: [Item] = []
        while true {
            skipSpace()
            list.append(try item())
            skipSpace()
            guard i < p.count else { throw GiveUp() }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                skipSpace()
                if let stop, i >= stop {
                    guard i == stop else { throw GiveUp() }
                    return (list, i)
                }
                continue
            }
            guard p[i] == UInt8(ascii: "]"), stop == nil else { throw GiveUp() }
            i += 1
            return (list, i)
        }
    }

    /// The first place at or after `from` that looks like the start of an item: `}`, a comma, then
    /// `{` and a member name's quote (whitespace allowed between). It may still be inside a string.
    private func itemBoundary(after from: Int) -> Int? {
        var k = from
        @inline(__always) func space(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        while k < p.count {
            guard p[k] == UInt8(ascii: "}") else { k += 1; continue }
            var j = k + 1
            while j < p.count, space(p[j]) { j += 1 }
            guard j < p.count, p[j] == UInt8(ascii: ",") else { k += 1; continue }
            j += 1
            while j < p.count, space(p[j]) { j += 1 }
            guard j < p.count, p[j] == UInt8(ascii: "{") else { k += 1; continue }
            var q = j + 1
            while q < p.count, space(p[q]) { q += 1 }
            if q < p.count, p[q] == UInt8(ascii: "\"") { return j }
            k += 1
        }
        return nil
    }

    private mutating func provenance() throws -> Provenance {
        var file: String?, line: Int?
        try object { d, key in
            if d.key(key, "file"), file == nil { file = try d.string() }
            else if d.key(key, "line"), line == nil { line = try d.integer() }
            else { throw GiveUp() }
        }
        guard let file, let line, line >= 1 else { throw GiveUp() }
        return Provenance(file: file, line: line)
    }

    // MARK: - Values

    @inline(__always)
    private mutating func skipSpace() {
        while i < p.count {
            let b = p[i]
            guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
            i += 1
        }
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws {
        skipSpace()
        guard i < p.count, p[i] == byte else { throw GiveUp() }
        i += 1
    }

    /// Whether the member name at `range` is exactly `name` (ASCII).
    private func key(_ range: Range<Int>, _ name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        let s = name.utf8Start
        var k = 0
        while k < range.count {
            if p[range.lowerBound + k] != s[k] { return false }
            k += 1
        }
        return true
    }

    /// Calls `member` for each member of an object, with the raw bytes of its name (names with
    /// escapes are left to the full decoder).
    private mutating func object(_ member: (inout CorpusFastDecoder, Range<Int>) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if i < p.count, p[i] == UInt8(ascii: "}") { i += 1; return }
        while true {
            try expect(UInt8(ascii: "\""))
            let start = i
            while i < p.count, p[i] != UInt8(ascii: "\""), p[i] != UInt8(ascii: "\\"), p[i] >= 0x20 { i += 1 }
            guard i < p.count, p[i] == UInt8(ascii: "\"") else { throw GiveUp() }
            let name = start..<i
            i += 1
            try expect(UInt8(ascii: ":"))
            skipSpace()
            try member(&self, name)
            skipSpace()
            guard i < p.count else { throw GiveUp() }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "}") { i += 1; return }
            throw GiveUp()
        }
    }

    private mutating func array(_ element: (inout CorpusFastDecoder) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        skipSpace()
        if i < p.count, p[i] == UInt8(ascii: "]") { i += 1; return }
        while true {
            skipSpace()
            try element(&self)
            skipSpace()
            guard i < p.count else { throw GiveUp() }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "]") { i += 1; return }
            throw GiveUp()
        }
    }

    /// nil for a JSON null, else the value read by `read`.
    private mutating func nullOr<T>(_ read: (inout CorpusFastDecoder) throws -> T) throws -> T? {
        skipSpace()
        if i + 4 <= p.count, p[i] == UInt8(ascii: "n"), p[i + 1] == UInt8(ascii: "u"), p[i + 2] == UInt8(ascii: "l"),
           p[i + 3] == UInt8(ascii: "l") {
            i += 4
            return nil
        }
        return try read(&self)
    }

    private mutating func bool() throws -> Bool {
        skipSpace()
        if i + 4 <= p.count, p[i] == UInt8(ascii: "t"), p[i + 1] == UInt8(ascii: "r"), p[i + 2] == UInt8(ascii: "u"),
           p[i + 3] == UInt8(ascii: "e") {
            i += 4
            return true
        }
        if i + 5 <= p.count, p[i] == UInt8(ascii: "f"), p[i + 1] == UInt8(ascii: "a"), p[i + 2] == UInt8(ascii: "l"),
           p[i + 3] == UInt8(ascii: "s"), p[i + 4] == UInt8(ascii: "e") {
            i += 5
            return false
        }
        throw GiveUp()
    }

    /// A plain integer (`-?(0|[1-9][0-9]*)`, at most 15 digits); fractions and exponents give up.
    private mutating func integer() throws -> Int {
        skipSpace()
        var negative = false
        if i < p.count, p[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        let start = i
        var v = 0
        while i < p.count, p[i] >= UInt8(ascii: "0"), p[i] <= UInt8(ascii: "9") {
            // Give up before the value can overflow: longer numbers are the full decoder's to judge.
            guard i - start < 15 else { throw GiveUp() }
            v = v * 10 + Int(p[i] - UInt8(ascii: "0"))
            i += 1
        }
        let digits = i - start
        guard digits >= 1, digits <= 15, !(digits > 1 && p[start] == UInt8(ascii: "0")) else { throw GiveUp() }
        if i < p.count, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") { throw GiveUp() }
        if negative && v == 0 { throw GiveUp() }
        return negative ? -v : v
    }

    private mutating func string(nonEmpty: Bool = false) throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = i
        var ascii = true
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 { break }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        guard i < p.count, p[i] >= 0x20 else { throw GiveUp() }
        let text: String
        if p[i] == UInt8(ascii: "\"") {
            let run = UnsafeBufferPointer(rebasing: p[start..<i])
            i += 1
            text = try CorpusFastDecoder.text(run, ascii: ascii)
        } else {
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<i]))
            try escapedRest()
            text = try scratch.withUnsafeBufferPointer { buffer in
                try CorpusFastDecoder.text(buffer, ascii: !buffer.contains { $0 >= 0x80 })
            }
        }
        if nonEmpty && text.isEmpty { throw GiveUp() }
        return text
    }

    /// A string from UTF-8 bytes; non-ASCII text must be valid UTF-8 and not start with a byte order mark.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) throws -> String {
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { throw GiveUp() }
        guard let s = String(validating: bytes, as: UTF8.self) else { throw GiveUp() }
        return s
    }

    /// Decodes the rest of a string with escapes into `scratch`, up to and past the closing quote.
    private mutating func escapedRest() throws {
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") { i += 1; return }
            if b < 0x20 { throw GiveUp() }
            if b != UInt8(ascii: "\\") { scratch.append(b); i += 1; continue }
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
                    guard i + 1 < p.count, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(code) {
                    throw GiveUp()
                }
                guard let scalar = Unicode.Scalar(code) else { throw GiveUp() }
                scratch.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw GiveUp()
            }
        }
        throw GiveUp()
    }

    private mutating func hex4() throws -> UInt32 {
        guard let v = JSONHex.value(p, at: i) else { throw GiveUp() }
        i += 4
        return v
    }

    private mutating func timestamp() throws -> Timestamp {
        guard let t = Timestamp(iso8601: try string()) else { throw GiveUp() }
        return t
    }

    private mutating func stringArray() throws -> [String] {
        var out: [String] = []
        try array { d in out.append(try d.string()) }
        return out
    }
}

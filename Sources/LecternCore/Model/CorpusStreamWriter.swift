/// Writes a corpus a piece at a time, items as they come, in exactly the bytes `CorpusJSONWriter`
/// writes for the whole corpus: the conferences, then every item, then the sessions, sources and
/// version (keys in sorted order put the items before the sessions). `take()` hands over what has
/// been written so far, so memory holds one item's bytes, never the file.
public struct CorpusStreamWriter: Sendable {
    private var w = CorpusJSONWriter()
    private var closed = false
    /// Items written so far.
    public private(set) var itemCount = 0

    /// Starts the corpus: its conferences (nil: none, the key left out) and the items array.
    public init(conferences: [Conference]?) {
        w.bytes.append(UInt8(ascii: "{"))
        w.open()
        if let conferences { w.key("conferences"); w.array(conferences) { $0.conference($1) } }
        w.key("items")
        w.bytes.append(UInt8(ascii: "["))
        w.open()
    }

    /// Appends one item.
    public mutating func add(_ item: Item) {
        precondition(!closed, "an item after finish")
        w.separate()
        w.item(item)
        itemCount += 1
    }

    /// Appends one item already written by `CorpusJSONWriter.itemBytes`.
    mutating func add(written bytes: [UInt8]) {
        precondition(!closed, "an item after finish")
        w.separate()
        w.bytes.append(contentsOf: bytes)
        itemCount += 1
    }

    /// The depth of an item's object: inside the corpus object and its items array.
    static let itemDepth = 2

    /// Closes the items and writes the rest of the corpus, then its trailing newline.
    public mutating func finish(sessions: [Session], sources: [String], version: Int = Corpus.schemaVersion) {
        precondition(!closed, "finish twice")
        closed = true
        w.close(UInt8(ascii: "]"))
        w.key("sessions"); w.array(sessions) { $0.session($1) }
        w.key("sources"); w.array(sources) { $0.string($1) }
        w.key("version"); w.int(version)
        w.close(UInt8(ascii: "}"))
        w.bytes.append(0x0A)
    }

    /// Bytes written since the last call.
    public var pendingCount: Int { w.bytes.count }

    /// The bytes written since the last call, handed over.
    public mutating func take() -> [UInt8] {
        let out = w.bytes
        w.bytes.removeAll(keepingCapacity: true)
        return out
    }
}

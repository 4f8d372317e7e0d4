/// An import whose arXiv snapshots are streamed: every other source is read whole into a
/// `CorpusBuilder` as `SourceImport` reads it, a snapshot only has its place kept, and `write`
/// then produces the corpus `CorpusBuilder.build` would, byte for byte, while the snapshots' lines
/// arrive: each paper kept is given its id (the same rules: pages, schedules, then paper sources
/// in input order, colliding ids -2, -3) and written at once. Memory holds the ids and the
/// whole-read sources, never a snapshot or its papers. No I/O here: chunks come from, and bytes go
/// to, the caller's closures.
public struct CorpusStreamImport {
    public private(set) var builder: CorpusBuilder
    /// The snapshots, in input order: their name, their place among the paper sources and where
    /// their skipped lines go among the messages.
    private var snapshots: [(origin: SourceName, paperIndex: Int, messageIndex: Int)] = []
    /// Bytes gathered before the writer hands them over.
    public static let flushSize = 1 << 20

    public init(options: ImportOptions) {
        builder = CorpusBuilder(options: options)
    }

    /// Reads a whole source, as `SourceImport.read` does.
    public mutating func read(_ bytes: [UInt8], origin: SourceName) throws(ImportError) {
        try SourceImport.read(bytes, origin: origin, into: &builder)
    }

    /// Keeps the place of a snapshot to be streamed by `write` (the `snapshotCount`-th, from 0).
    public mutating func addSnapshot(origin: SourceName) {
        snapshots.append((origin, builder.paperSources.count, builder.messages.count))
        builder.add(papers: PaperImport(papers: []))
    }

    public var snapshotCount: Int { snapshots.count }

    /// What `write` found: the messages in the order the sources gave them, and the items' tally.
    public struct Outcome: Sendable {
        public var messages: [ImportMessage]
        public var tally: CorpusTally
        public var conferences: [Conference]?
        public var sessions: [Session]
    }

    /// Writes the corpus: `chunk(k)` gives the next bytes of the k-th snapshot (nil at its end),
    /// `write` takes the corpus's bytes in order, `parts` is how many threads read a chunk's lines, `observe` sees each item as written. Throws
    /// what the closures throw, and an `ImportError` for a snapshot with no readable line.
    public func write(sources: [String], parts: Int? = nil, chunk: (Int) throws -> [UInt8]?, write: ([UInt8]) throws -> Void,
                      observe: (Item) -> Void = { _ in }) throws -> Outcome {
        var ids = IdAllocator()
        let scheduled = builder.buildScheduled(sources: sources, ids: &ids)
        var out = CorpusStreamWriter(conferences: scheduled.conferences)
        var tally = CorpusTally()
        var sessions = scheduled.sessions
        var messages = builder.messages
        func emit(_ item: Item, written: [UInt8]? = nil) throws {
            if let written { out.add(written: written) } else { out.add(item) }
            tally.count(item)
            observe(item)
            if out.pendingCount >= Self.flushSize { try write(out.take()) }
        }
        /// A snapshot's paper with its id claimed, written on its reading thread's bytes unless the
        /// id had to change.
        func emitWritten(_ paper: Item, _ bytes: [UInt8]) throws {
            var paper = paper
            let id = ids.claim(paper.id)
            if id == paper.id { return try emit(paper, written: bytes) }
            paper.id = id
            try emit(paper)
        }
        for item in scheduled.items { try emit(item) }
        var inserted = 0
        for (k, source) in builder.paperSources.enumerated() {
            if let s = snapshots.firstIndex(where: { $0.paperIndex == k }) {
                let place = snapshots[s]
                var stream = ArxivSnapshotStream(origin: place.origin, options: builder.options, parts: parts)
                stream.writes = true
                while let bytes = try chunk(s) {
                    stream.feed(bytes[...])
                    for (paper, bytes) in stream.takeWritten() { try emitWritten(paper, bytes) }
                }
                let skipped = try stream.finishStreaming()
                for (paper, bytes) in stream.takeWritten() { try emitWritten(paper, bytes) }
                messages.insert(contentsOf: skipped.map(ImportMessage.skipped), at: min(messages.count, place.messageIndex + inserted))
                inserted += skipped.count
            } else {
                let (more, papers) = CorpusBuilder.claim(source, ids: &ids)
                sessions += more
                for paper in papers { try emit(paper) }
            }
        }
        out.finish(sessions: sessions, sources: sources)
        try write(out.take())
        return Outcome(messages: messages, tally: tally, conferences: scheduled.conferences, sessions: sessions)
    }
}

/// The arXiv metadata snapshot (JSON Lines, one paper a line) read as it arrives: `feed` takes any
/// chunk of bytes, each complete line is read and kept only when it passes the import's category and
/// date filters, so memory holds one line and the papers kept, never the file.
public struct ArxivSnapshotStream: Sendable {
    public let origin: SourceName
    public let options: ImportOptions
    private var pending: [UInt8] = []
    private var line = 0
    private(set) var papers: [Item] = []
    /// With `writes`: each paper's bytes in a corpus (`CorpusJSONWriter.itemBytes`), made on the
    /// thread that read its line.
    private(set) var written: [[UInt8]] = []
    /// Whether kept papers are also written (for a streamed corpus).
    public var writes = false
    private(set) var skipped: [ImportError] = []
    /// Papers kept so far (taken or not).
    public private(set) var keptCount = 0
    /// Lines read, kept or not.
    public private(set) var linesRead = 0

    /// Parts a large chunk's lines are read in at once (1: one after the other).
    public var parts: Int

    public init(origin: SourceName, options: ImportOptions, parts: Int? = nil) {
        self.origin = origin
        self.options = options
        self.parts = max(1, parts ?? Parallel.width)
    }

    /// Reads every complete line in `chunk` (with what was left of the previous one). The lines of
    /// a large chunk are read in `parts` contiguous parts at once, their papers kept in line order.
    public mutating func feed(_ chunk: ArraySlice<UInt8>) {
        var start = chunk.startIndex
        if !pending.isEmpty {
            guard let nl = chunk.firstIndex(of: 0x0A) else {
                pending += chunk
                return
            }
            pending += chunk[start..<nl]
            let whole = pending
            pending = []
            take(whole[...])
            start = nl + 1
        }
        var lines: [Range<Int>] = []
        while let nl = chunk[start...].firstIndex(of: 0x0A) {
            lines.append(start..<nl)
            start = nl + 1
        }
        if parts > 1, lines.count >= 2 * Self.linesPerPart {
            let first = line
            let origin = origin, options = options, writes = writes
            // More pieces than threads, so a thread the machine holds back is made up for by the others.
            let pieces = min(parts * 4, lines.count / Self.linesPerPart)
            let outcomes = Parallel.map(pieces) { [lines] p -> [(ArxivSnapshotRecord.Outcome?, [UInt8])] in
                let range = Parallel.chunks(lines.count, parts: pieces)[p]
                return range.map { k in
                    let outcome = Self.read(chunk[lines[k]], line: first + k + 1, origin: origin, options: options)
                    if writes, case .kept(let paper)? = outcome { return (outcome, CorpusJSONWriter.itemBytes(paper)) }
                    return (outcome, [])
                }
            }
            line += lines.count
            for (outcome, bytes) in outcomes.joined() { keep(outcome, written: bytes) }
        } else {
            for range in lines { take(chunk[range]) }
        }
        pending += chunk[start...]
    }

    /// Fewest lines worth a part of their own.
    static let linesPerPart = 64

    /// Reads the last line (one with no newline) and adds the papers to `builder`.
    public mutating func finish(into builder: inout CorpusBuilder) throws(ImportError) {
        if !pending.isEmpty {
            let last = pending
            pending = []
            take(last[...])
        }
        for problem in skipped { builder.skip(problem) }
        if papers.isEmpty, linesRead > 0, skipped.count == linesRead {
            throw ImportError(file: origin.file, line: 1, column: 1, expected: "at least one readable line of the arXiv metadata snapshot")
        }
        builder.add(papers: PaperImport(papers: papers))
        papers = []
    }

    /// The papers kept since the last call, handed over (a streamed import writes them at once).
    public mutating func takePapers() -> [Item] {
        let out = papers
        papers = []
        written = []
        return out
    }

    /// The papers kept since the last call with their bytes (`writes` must be set), handed over.
    mutating func takeWritten() -> [(paper: Item, bytes: [UInt8])] {
        let out = Array(zip(papers, written))
        papers = []
        written = []
        return out
    }

    /// Reads the last line and returns the lines skipped, for a streamed import whose papers were
    /// all taken with `takePapers`; throws when no line at all could be read.
    public mutating func finishStreaming() throws(ImportError) -> [ImportError] {
        if !pending.isEmpty {
            let last = pending
            pending = []
            take(last[...])
        }
        if keptCount == 0, linesRead > 0, skipped.count == linesRead {
            throw ImportError(file: origin.file, line: 1, column: 1, expected: "at least one readable line of the arXiv metadata snapshot")
        }
        let out = skipped
        skipped = []
        return out
    }

    private mutating func take(_ bytes: ArraySlice<UInt8>) {
        line += 1
        let outcome = Self.read(bytes, line: line, origin: origin, options: options)
        if writes, case .kept(let paper)? = outcome {
            keep(outcome, written: CorpusJSONWriter.itemBytes(paper))
        } else {
            keep(outcome, written: [])
        }
    }

    private mutating func keep(_ outcome: ArxivSnapshotRecord.Outcome?, written bytes: [UInt8]) {
        guard let outcome else { return }
        linesRead += 1
        switch outcome {
        case .kept(let paper):
            papers.append(paper)
            if writes { written.append(bytes) }
            keptCount += 1
        case .filtered: break
        case .failed(let error): skipped.append(error)
        }
    }

    /// What line number `line` holds: nil when it is blank.
    static func read(_ bytes: ArraySlice<UInt8>, line: Int, origin: SourceName, options: ImportOptions) -> ArxivSnapshotRecord.Outcome? {
        var text = bytes
        if line == 1, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        while let last = text.last, last == 0x0D || last == 0x20 || last == 0x09 { text = text.dropLast() }
        guard text.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        if let fields = text.withUnsafeBufferPointer(ArxivSnapshotScanner.fields) {
            return ArxivSnapshotRecord.paper(fields, line: line, origin: origin, options: options)
        }
        return ArxivSnapshotRecord.parsedPaper(Array(text), line: line, origin: origin, options: options)
    }
}

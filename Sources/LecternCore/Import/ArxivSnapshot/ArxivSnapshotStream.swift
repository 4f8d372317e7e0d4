/// The arXiv metadata snapshot (JSON Lines, one paper a line) read as it arrives: `feed` takes any
/// chunk of bytes, each complete line is read and kept only when it passes the import's category and
/// date filters, so memory holds one line and the papers kept, never the file.
public struct ArxivSnapshotStream: Sendable {
    public let origin: SourceName
    public let options: ImportOptions
    private var pending: [UInt8] = []
    private var line = 0
    private(set) var papers: [Item] = []
    private(set) var skipped: [ImportError] = []
    /// Lines read, kept or not.
    public private(set) var linesRead = 0

    public init(origin: SourceName, options: ImportOptions) {
        self.origin = origin
        self.options = options
    }

    /// Reads every complete line in `chunk` (with what was left of the previous one).
    public mutating func feed(_ chunk: ArraySlice<UInt8>) {
        var start = chunk.startIndex
        while let nl = chunk[start...].firstIndex(of: 0x0A) {
            if pending.isEmpty {
                take(chunk[start..<nl])
            } else {
                pending += chunk[start..<nl]
                let whole = pending
                pending = []
                take(whole[...])
            }
            start = nl + 1
        }
        pending += chunk[start...]
    }

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

    private mutating func take(_ bytes: ArraySlice<UInt8>) {
        line += 1
        var text = bytes
        if line == 1, text.starts(with: [0xEF, 0xBB, 0xBF]) { text = text.dropFirst(3) }
        while let last = text.last, last == 0x0D || last == 0x20 || last == 0x09 { text = text.dropLast() }
        guard text.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
        linesRead += 1
        switch ArxivSnapshotRecord.paper(Array(text), line: line, origin: origin, options: options) {
        case .kept(let paper): papers.append(paper)
        case .filtered: break
        case .failed(let error): skipped.append(error)
        }
    }
}

/// The arXiv metadata snapshot, JSON Lines with one paper a line (`id`, `authors_parsed`, `versions`...),
/// filtered by the import's `categories` and `since`. Given whole here (standard input); the command
/// line streams files through `ArxivSnapshotStream` in chunks.
public enum ArxivSnapshotReader: SourceReader {
    public static let formatName = "arXiv metadata snapshot (JSON Lines)"

    public static func recognises(_ head: ArraySlice<UInt8>) -> Bool {
        var bytes = head
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "{") else {
            return false
        }
        let firstLine = bytes.prefix { $0 != 0x0A }
        let text = String(decoding: firstLine, as: UTF8.self)
        return text.contains("\"id\"") && (text.contains("\"authors_parsed\"")
            || (text.contains("\"submitter\"") && text.contains("\"categories\"")))
    }

    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        var stream = ArxivSnapshotStream(origin: origin, options: builder.options)
        stream.feed(bytes[...])
        try stream.finish(into: &builder)
    }
}

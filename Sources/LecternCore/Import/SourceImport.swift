/// Imports sources of any supported format: each is given to the first reader that recognises its
/// first bytes, and all of them are assembled into one corpus.
public enum SourceImport {
    /// The readers, most specific first (the plain-text page layouts last).
    public static let readers: [any SourceReader.Type] = [
        FrabXMLReader.self, FrabJSONReader.self, ICalendarReader.self, ArxivAtomReader.self, OpenReviewReader.self, MiniConfCalendarReader.self,
        ArxivSnapshotReader.self, BibTeXReader.self, MiniConfPapersReader.self, SessionPageReader.self, PaperListingReader.self,
    ]

    /// How many first bytes detection looks at.
    public static let headLength = 4096

    /// The formats lectern reads, for messages: `frab schedule XML, ... or trending-paper listing`.
    public static var expectedFormats: String {
        let names = readers.map { $0.formatName }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// The reader for these bytes, or nil when no format recognises them.
    public static func reader(for bytes: [UInt8]) -> (any SourceReader.Type)? {
        let head = bytes.prefix(headLength)
        return readers.first { $0.recognises(head) }
    }

    /// Reads one source into `builder`; an unknown format is an error at 1:1 naming the formats expected.
    public static func read(_ bytes: [UInt8], origin: SourceName, into builder: inout CorpusBuilder) throws(ImportError) {
        guard let reader = reader(for: bytes) else {
            throw ImportError(file: origin.file, line: 1, column: 1, expected: "a file in a supported format (\(expectedFormats))",
                              found: describe(bytes))
        }
        try reader.read(bytes, origin: origin, into: &builder)
    }

    /// Imports sources in order into one corpus, its sources named as given.
    public static func importSources(_ sources: [(name: String, bytes: [UInt8])],
                                     options: ImportOptions = ImportOptions()) throws(ImportError) -> (corpus: Corpus, messages: [ImportMessage]) {
        var builder = CorpusBuilder(options: options)
        for source in sources {
            try read(source.bytes, origin: SourceName(source.name), into: &builder)
        }
        return (builder.build(sources: sources.map(\.name)), builder.messages)
    }

    /// A few words on what unrecognised bytes look like, for the error message.
    static func describe(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "an empty file" }
        let head = bytes.prefix(headLength)
        if head.allSatisfy({ $0 == 0 }) { return "only zero bytes" }
        if bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]) { return "an executable (ELF)" }
        if PageText.lines(head) == nil { return "binary data" }
        let first = PageText.lines(head)?.first(where: { !$0.isEmpty }) ?? ""
        return first
    }
}

/// One conference (or set of pages) in the library, as its manifest lists it.
public struct LibraryEntry: Codable, Equatable, Sendable {
    /// The entry's short name (`fosdem-2021`), used by `library remove` and `conf:`.
    public var name: String
    public var title: String
    /// First and last day, `YYYY-MM-DD`, when the entry has dates.
    public var start: String?
    public var end: String?
    public var items: Int
    public var talks: Int
    public var papers: Int
    /// The files the entry was imported from (names only; `-` for standard input).
    public var sources: [String]
    /// The format they were in, e.g. `frab schedule XML`.
    public var format: String
    /// The ids of the conferences the entry holds.
    public var conferences: [String]
    /// The corpus file in the library folder; nil for the bundled sample.
    public var file: String?
    /// When it was added, ISO-8601 in UTC; nil for the bundled sample.
    public var added: String?
    /// The file holding what changed against the import it replaced (`LibraryChanges`); nil when
    /// it replaced none.
    public var changes: String?

    public init(name: String, title: String, start: String?, end: String?, items: Int, talks: Int, papers: Int,
                sources: [String], format: String, conferences: [String], file: String?, added: String?, changes: String? = nil) {
        self.name = name
        self.title = title
        self.start = start
        self.end = end
        self.items = items
        self.talks = talks
        self.papers = papers
        self.sources = sources
        self.format = format
        self.conferences = conferences
        self.file = file
        self.added = added
        self.changes = changes
    }
}

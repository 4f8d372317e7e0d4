/// A talk (with a session and time slot) or a paper (with neither).
public struct Item: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: ItemKind
    /// True when the kind was inferred from the slot length rather than printed on the page.
    public var kindInferred: Bool?
    public var title: String
    public var authors: [String]
    public var abstract: String
    public var sessionId: String?
    public var start: Timestamp?
    public var end: Timestamp?
    public var source: Provenance
    /// The conference a scheduled item belongs to (`Corpus.conferences`); nil for the ICML pages.
    public var conference: String?
    public var subtitle: String?
    public var room: String?
    public var track: String?
    /// The source's own event type: "Talk", "Workshop", "lightning"...
    public var type: String?
    /// The language the talk is given in, as the source writes it (`en`, `de`).
    public var language: String?
    public var links: [ItemLink]?
    /// When a paper was published (`YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the source says no more).
    public var date: String?
    /// When a paper was last revised, same form as `date`.
    public var updated: String?
    /// Where a paper appeared: proceedings, journal or venue name ("ICML 2024 Oral").
    public var venue: String?
    /// Subject categories, primary first (arXiv's `cs.LG`).
    public var categories: [String]?
    /// The authors' keywords.
    public var keywords: [String]?
    /// The paper's DOI, without a resolver (`10.1109/ICSTW55395.2022.00035`).
    public var doi: String?
    /// The authors' comment on a preprint ("12 pages, 3 figures").
    public var comment: String?
    /// Where a preprint was published, as its authors cite it.
    public var journalRef: String?

    public init(id: String, kind: ItemKind, kindInferred: Bool? = nil, title: String, authors: [String],
                abstract: String, sessionId: String? = nil, start: Timestamp? = nil, end: Timestamp? = nil,
                source: Provenance, conference: String? = nil, subtitle: String? = nil, room: String? = nil,
                track: String? = nil, type: String? = nil, language: String? = nil, links: [ItemLink]? = nil,
                date: String? = nil, updated: String? = nil, venue: String? = nil, categories: [String]? = nil,
                keywords: [String]? = nil, doi: String? = nil, comment: String? = nil, journalRef: String? = nil) {
        self.id = id
        self.kind = kind
        self.kindInferred = kindInferred
        self.title = title
        self.authors = authors
        self.abstract = abstract
        self.sessionId = sessionId
        self.start = start
        self.end = end
        self.source = source
        self.conference = conference
        self.subtitle = subtitle
        self.room = room
        self.track = track
        self.type = type
        self.language = language
        self.links = links
        self.date = date
        self.updated = updated
        self.venue = venue
        self.categories = categories
        self.keywords = keywords
        self.doi = doi
        self.comment = comment
        self.journalRef = journalRef
    }

    /// True for a paper date as items hold it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public static func isPaperDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        switch b.count {
        case 4: return digits(0..<4)
        case 7: return digits(0..<4) && b[4] == 45 && digits(5..<7) && (1...12).contains(Int(text.suffix(2)) ?? 0)
        case 10: return Conference.isDate(text)
        default: return false
        }
    }
}

extension Item {
    /// The title as the explorer shows it: its LaTeX made readable (`$\ell_1$` reads `ℓ₁`), as the
    /// abstract's is.
    public var displayTitle: String { LaTeXCleaner.clean(title) }

    /// The title as lists show it: a Q&A slot, titled only "Q&A" in its schedule, is named after
    /// its session (`Q&A: Deep Learning Architectures`), so four of them are told apart.
    public func displayTitle(session: Session?) -> String {
        LaTeXCleaner.clean(namedTitle(session: session))
    }

    /// The title as written, but a bare "Q&A" slot named after its session (exports that keep
    /// the text as written, such as iCalendar's SUMMARY).
    public func namedTitle(session: Session?) -> String {
        guard kind == .qa, let session, title.trimmingCharacters(in: .whitespaces).lowercased() == "q&a" else { return title }
        return "Q&A: " + session.title
    }
}
